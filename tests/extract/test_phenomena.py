"""One invented text per phenomenon of real news, and texts where two or three of them stack.

Each case: language, text (one or a few sentences, written for this test), facts that must be
found as (subject, relation, object[, {attribute: value}]) and facts that must not. Companies
here are real names, but the sentences are ours; several cases use names no lexicon knows
(Veltrix, Norsilica, Quorvane) to check that the layers find what they were never told about.
"""
from __future__ import annotations

import pytest

from objects import same_object as _same_object

CASES = [
    # --- constructions -------------------------------------------------------------------------
    ("supply-svo", "en", "Micron supplies HBM3E to Nvidia.",
     [("Micron", "supplies", "Nvidia", {"product": "HBM3E"})], []),
    ("supply-svo", "fr", "SK Hynix fournit des puces HBM3E à AMD depuis mars.",
     [("SK Hynix", "supplies", "AMD", {"product": "HBM3E"})], []),
    ("seller-side-order", "en", "Tokyo Electron has orders for etch tools from Kioxia and Rapidus.",
     [("Kioxia", "ordered", "etch tool"), ("Tokyo Electron", "supplies", "Kioxia"), ("Tokyo Electron", "supplies", "Rapidus")],
     [("Kioxia", "supplies", "Tokyo Electron"), ("Tokyo Electron", "ordered", "etch tool")]),
    ("seller-side-order", "en", "Applied Materials won a large order from Intel for deposition equipment.",
     [("Applied Materials", "supplies", "Intel"), ("Intel", "ordered", "deposition tool")],
     [("Intel", "supplies", "Applied Materials")]),
    ("seller-side-order", "fr", "ASML a décroché une commande de Rapidus pour des machines EUV.",
     [("ASML", "supplies", "Rapidus"), ("Rapidus", "ordered", "EUV lithography machine")], []),
    ("agreement-purchase", "fr", "Tesla a signé un contrat avec Samsung pour l'achat de puces AI6.",
     [("Tesla", "ordered", "AI6", {"supplier": "Samsung"}), ("Samsung", "supplies", "Tesla")],
     [("Tesla", "supplies", "Samsung")]),
    ("agreement-supply", "en", "Hyundai signed a supply agreement with Infineon for SiC power modules.",
     [("Infineon", "supplies", "Hyundai")], [("Hyundai", "supplies", "Infineon")]),
    ("talks-hedged", "fr", "Xiaomi serait en discussions avec MediaTek pour acheter ses puces Dimensity.",
     [("MediaTek", "supplies", "Xiaomi", {"status": "rumoured"})], [("Xiaomi", "supplies", "MediaTek")]),
    ("sourcing-from", "en", "Apple relied on image sensors from Sony and OmniVision.",
     [("Sony", "supplies", "Apple"), ("OmniVision", "supplies", "Apple")], [("Apple", "supplies", "Sony")]),
    ("sourcing-reflexive", "fr", "Nvidia s'approvisionne en HBM3E auprès de SK Hynix et de Micron.",
     [("SK Hynix", "supplies", "Nvidia"), ("Micron", "supplies", "Nvidia")], []),
    ("asked-to-make", "en", "Nvidia asked TSMC to make 300,000 more H20 chips.",
     [("TSMC", "manufactures", "H20"), ("TSMC", "supplies", "Nvidia"), ("Nvidia", "ordered", "H20", {"quantity": 300000})],
     [("Nvidia", "supplies", "TSMC")]),
    ("asked-to-make", "fr", "Nvidia a demandé à TSMC de fabriquer 300 000 puces H20 supplémentaires.",
     [("TSMC", "supplies", "Nvidia"), ("Nvidia", "ordered", "H20")], [("Nvidia", "supplies", "TSMC")]),
    ("make-for", "fr", "Actuellement, Samsung fabrique la puce AI4 pour Tesla.",
     [("Samsung", "manufactures", "AI4"), ("Samsung", "supplies", "Tesla")], []),
    ("foundry-makes-designers-chip", "en", "SMIC manufactured Huawei's Kirin 9000S.",
     [("SMIC", "manufactures", "Kirin 9000S"), ("SMIC", "supplies", "Huawei"), ("Huawei", "manufactures", "Kirin 9000S")],
     []),
    ("passive-maker", "en", "The Kirin 9000S was manufactured by China's largest foundry SMIC.",
     [("SMIC", "manufactures", "Kirin 9000S")], []),
    ("receive-from", "en", "Rapidus will receive equipment from Tokyo Electron next year.",
     [("Tokyo Electron", "delivered", "Rapidus", {"status": "planned"}), ("Tokyo Electron", "supplies", "Rapidus")],
     [("Rapidus", "supplies", "Tokyo Electron")]),
    ("relative-clause", "fr", "Le projet repose sur un partenariat avec Nvidia, qui fournira à Mistral AI quelque 18 000 GPU Blackwell.",
     [("Nvidia", "supplies", "Mistral AI", {"status": "planned"})], []),
    ("award-contract", "en", "EuroHPC awarded the contract for its Jupiter supercomputer to Eviden.",
     [("Eviden", "supplies", "EuroHPC")], [("EuroHPC", "supplies", "Eviden")]),
    # --- making without a trade verb -------------------------------------------------------------
    ("maker-apposition", "fr", "Le fabricant néerlandais de machines de lithographie ASML a publié ses résultats.",
     [("ASML", "manufactures", "lithography machines")], []),
    ("possessive-maker", "en", "Demand for Nvidia's H20 rose in China.", [("Nvidia", "manufactures", "H20")], []),
    ("possessive-maker", "fr", "La demande pour la puce H20 de Nvidia a bondi en Chine.", [("Nvidia", "manufactures", "H20")], []),
    # --- customers and suppliers named by nouns ----------------------------------------------------
    ("customer-copula", "en", "ByteDance is the largest buyer of Nvidia's H20.",
     [("Nvidia", "supplies", "ByteDance"), ("Nvidia", "manufactures", "H20")], [("ByteDance", "supplies", "Nvidia")]),
    ("customer-list", "en", "TSMC expanded its Arizona plant with the support of customers like Apple and AMD.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "supplies", "AMD")], []),
    ("customer-apposition", "en", "AMD, one of TSMC's largest customers, praised the plan.", [("TSMC", "supplies", "AMD")], []),
    ("suppliers-plural-subject", "en", "SK Hynix and Samsung are suppliers to Nvidia.",
     [("SK Hynix", "supplies", "Nvidia"), ("Samsung", "supplies", "Nvidia")], []),
    ("customer-fr", "fr", "Tesla est un client important pour STMicroelectronics.",
     [("STMicroelectronics", "supplies", "Tesla")], [("Tesla", "supplies", "STMicroelectronics")]),
    ("clients-dont", "fr", "ASML compte plusieurs clients chinois, dont SMIC et Hua Hong.",
     [("ASML", "supplies", "SMIC"), ("ASML", "supplies", "Hua Hong")], []),
    # --- discourse -------------------------------------------------------------------------------
    ("plural-group", "en", "Alibaba, Baidu and Tencent expanded their data centres. The three firms ordered 200,000 H20 chips from Nvidia.",
     [("Alibaba", "ordered", "H20"), ("Baidu", "ordered", "H20"), ("Tencent", "ordered", "H20"),
      ("Nvidia", "supplies", "Tencent")], []),
    ("plural-group", "fr", "Renault et Stellantis ont présenté leurs plans. Les deux groupes achèteront des puces de puissance à Infineon.",
     [("Infineon", "supplies", "Renault"), ("Infineon", "supplies", "Stellantis")], []),
    ("description", "en", "Kioxia reported higher sales. The Japanese memory maker will supply NAND flash to Apple next year.",
     [("Kioxia", "supplies", "Apple", {"status": "planned"})], []),
    ("description", "fr", "Samsung a publié ses résultats mardi. Le groupe sud-coréen fournira des puces HBM4 à Nvidia.",
     [("Samsung", "supplies", "Nvidia", {"status": "planned"})], []),
    ("it-main-subject", "en", "Micron told investors on Tuesday that it would ship HBM4 samples to Nvidia.",
     [("Micron", "supplies", "Nvidia")], [("Nvidia", "supplies", "Micron")]),
    ("product-anaphor", "en", "Huawei unveiled the Ascend 910C in May. Baidu has already ordered 5,000 of these chips.",
     [("Baidu", "ordered", "Ascend 910C", {"quantity": 5000}), ("Huawei", "supplies", "Baidu")], []),
    ("product-anaphor", "fr", "Huawei a dévoilé l'Ascend 910C en mai. Baidu a déjà commandé 5 000 de ces puces.",
     [("Baidu", "ordered", "Ascend 910C"), ("Huawei", "supplies", "Baidu")], []),
    ("implicit-goods", "en", "ByteDance ordered more than 100,000 Ascend 910B chips from Huawei this year but received fewer than 30,000 by July.",
     [("ByteDance", "ordered", "Ascend 910B", {"quantity": 100000, "quantity_qualifier": "more_than"}),
      ("Huawei", "delivered", "ByteDance", {"quantity": 30000, "quantity_qualifier": "fewer_than"})], []),
    # --- lists -----------------------------------------------------------------------------------
    ("list-with-descriptors", "en", "Nvidia buys memory from memory makers SK Hynix and Micron.",
     [("SK Hynix", "supplies", "Nvidia"), ("Micron", "supplies", "Nvidia")], []),
    ("list-not-across-clauses", "fr", "Wolfspeed fournit General Motors et Mercedes-Benz, Toyota collabore avec Denso.",
     [("Wolfspeed", "supplies", "General Motors"), ("Wolfspeed", "supplies", "Mercedes-Benz")],
     [("Wolfspeed", "supplies", "Toyota"), ("Mercedes-Benz", "supplies", "Toyota")]),
    # --- products without a model code ---------------------------------------------------------
    ("family-only", "en", "Amazon deployed Trainium chips in its data centres.", [("Amazon", "uses", "Trainium")], []),
    ("variant-spelling", "en", "Samsung began supplying HBM3e to AMD.", [("Samsung", "supplies", "AMD", {"product": "HBM3E"})], []),
    ("tool-name", "en", "Intel received the first EUV High NA tool from ASML in December.",
     [("ASML", "delivered", "Intel")], []),
    ("node-product", "en", "TSMC will make 3nm chips for Qualcomm.",
     [("TSMC", "manufactures", "3nm chips"), ("TSMC", "supplies", "Qualcomm")], []),
    ("node-product", "fr", "TSMC produira des puces 3 nm pour Qualcomm.",
     [("TSMC", "manufactures", "3nm chips"), ("TSMC", "supplies", "Qualcomm")], []),
    ("material-phrase", "fr", "Wolfspeed livrera des plaquettes de carbure de silicium à Infineon.",
     [("Wolfspeed", "delivered", "Infineon", {"product": "SiC wafer"})], []),
    # --- unknown names ---------------------------------------------------------------------------
    ("unknown-companies", "en", "The Chinese firm Veltrix purchased 20,000 accelerators from Quorvane.",
     [("Veltrix", "ordered", "Quorvane accelerators"), ("Quorvane", "supplies", "Veltrix")], []),
    ("unknown-companies", "fr", "La start-up Norsilica a commandé des plaquettes SOI à Soitec.",
     [("Norsilica", "ordered", "SOI wafer"), ("Soitec", "supplies", "Norsilica")], []),
    # --- precision -------------------------------------------------------------------------------
    ("source-not-party", "en", "The Nikkei reported that Sony ordered new lithography tools from Canon.",
     [("Canon", "supplies", "Sony")], [("Nikkei", "ordered", "lithography tools"), ("Canon", "supplies", "Nikkei")]),
    ("acronym-not-party", "en", "Nvidia sells GPUs for AI and HPC.", [], [("Nvidia", "supplies", "AI"), ("Nvidia", "supplies", "HPC")]),
    ("other-sense", "en", "The merger will deliver $5 billion of revenue to AMD.", [], [("AMD", "delivered", "AMD")]),
    ("own-clause", "en", "Intel, which buys tools from ASML, sells chips to Dell.",
     [("ASML", "supplies", "Intel"), ("Intel", "supplies", "Dell")], [("ASML", "supplies", "Dell")]),
    ("seller-side-never-backwards", "en", "Nvidia received orders from Microsoft.",
     [("Nvidia", "supplies", "Microsoft")], [("Microsoft", "supplies", "Nvidia"), ("Microsoft", "delivered", "Nvidia")]),
    ("partnership-is-not-supply", "fr", "STMicroelectronics et Soitec ont annoncé leur coopération dans ce domaine.", [],
     [("Soitec", "supplies", "STMicroelectronics"), ("STMicroelectronics", "supplies", "Soitec")]),
    ("rule-not-company", "en", "The Foreign Direct Product Rules cover HBM made abroad.", [],
     [("Foreign Direct Product Rules", "manufactures", "HBM")]),
    # --- stacked ---------------------------------------------------------------------------------
    ("stack-group-description-family", "en",
     "Alibaba and Tencent met Huawei executives in Shenzhen. The two companies ordered thousands of Ascend chips from the Shenzhen-based company.",
     [("Alibaba", "ordered", "Ascend"), ("Tencent", "ordered", "Ascend"), ("Huawei", "supplies", "Alibaba"), ("Huawei", "supplies", "Tencent")],
     [("Alibaba", "supplies", "Huawei")]),
    ("stack-group-description-deal", "fr",
     "Renault et Stellantis ont présenté leurs plans. Les deux groupes ont signé un contrat d'approvisionnement avec le fabricant franco-italien STMicroelectronics.",
     [("STMicroelectronics", "supplies", "Renault"), ("STMicroelectronics", "supplies", "Stellantis")], []),
    ("stack-relative-pronoun-quantity", "en",
     "Micron reported record sales. The company, which already supplies HBM3E to Nvidia, will also ship 10,000 HBM4 stacks to AMD.",
     [("Micron", "supplies", "Nvidia"), ("Micron", "delivered", "AMD", {"quantity": 10000})], [("Nvidia", "supplies", "AMD")]),
    ("stack-hedge-seller-side-list", "en",
     "ASML has reportedly received orders for High-NA EUV machines from Intel, TSMC and Samsung.",
     [("ASML", "supplies", "Intel", {"status": "rumoured"}), ("ASML", "supplies", "TSMC"), ("ASML", "supplies", "Samsung")],
     [("Intel", "supplies", "ASML")]),
    ("stack-unknown-anaphor-fr", "fr",
     "La jeune pousse Norsilica a dévoilé la puce Vega7. Le constructeur Renault a commandé 2 000 exemplaires de cette puce auprès de la start-up.",
     [("Norsilica", "manufactures", "Vega7"), ("Renault", "ordered", "Vega7"), ("Norsilica", "supplies", "Renault")], []),
    # --- partners: who works for whom depends on the partner's trade ----------------------------
    ("partner-provider", "en", "Brightwave wants to cut its dependence on cloud partners such as Lambda and Nscale.",
     [("Lambda", "supplies", "Brightwave"), ("Nscale", "supplies", "Brightwave")], [("Brightwave", "supplies", "Lambda")]),
    ("partner-provider", "fr", "Pegatron, le partenaire de fabrication de Veltrix, assemblera les serveurs au Texas.",
     [("Pegatron", "supplies", "Veltrix", {"status": "asserted"})], [("Veltrix", "supplies", "Pegatron")]),
    ("partner-oem", "en", "Lenovo, an AMD OEM partner, sells workstations with Radeon cards.",
     [("AMD", "supplies", "Lenovo")], [("Lenovo", "manufactures", "Radeon")]),
    ("won-share-of-orders", "en", "Kioxia has won most of the NAND orders for Veltrix's X9 phone.",
     [("Kioxia", "supplies", "Veltrix"), ("Veltrix", "ordered", "NAND flash")],
     [("Veltrix", "ordered", "X9"), ("Veltrix", "supplies", "Kioxia")]),
    ("order-then-suppliers", "en",
     "Brightwave placed an order for 40,000 servers, most of which will be supplied by Quanta and Wiwynn.",
     [("Brightwave", "ordered", "servers"), ("Quanta", "supplies", "Brightwave", {"status": "planned"}),
      ("Wiwynn", "supplies", "Brightwave")], [("Quanta", "delivered", "Brightwave")]),
    ("customer-with-absolute", "en",
     "Veltrix has secured a key customer for its networking chips, with Telenor deploying them in its core network.",
     [("Veltrix", "supplies", "Telenor")], [("Veltrix", "ordered", "networking chips")]),
    ("partnered-to-develop", "en", "Telenor has partnered Marvell to develop chips for its radio equipment.",
     [("Marvell", "supplies", "Telenor")], [("Telenor", "supplies", "Marvell")]),
    ("currency-not-model", "en", "Brightwave signed a RMB12 billion order for servers from Inspur.",
     [("Inspur", "supplies", "Brightwave")], [("Brightwave", "ordered", "RMB12")]),
    ("the-two-companies-here", "fr",
     "Norsilica fournira des capteurs à Veltrix, dans le cadre d'un partenariat entre les deux entreprises.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),
    ("possessive-of-unknown", "fr", "BYD fabrique ses puces, tout comme Quorvane via sa filiale Zentrix Semiconductor.",
     [("Quorvane", "parent_of", "Zentrix Semiconductor")], [("BYD", "parent_of", "Zentrix Semiconductor")]),
    ("possessive-in-apposition", "fr",
     "Renault a signé avec l'américain Norsilica, premier fournisseur de substrats via sa filiale Zentrix.",
     [("Norsilica", "parent_of", "Zentrix")], [("Renault", "parent_of", "Zentrix")]),
    ("rent-out", "en", "Nscale rents its GPU servers to Brightwave and Quorvane.",
     [("Nscale", "supplies", "Brightwave"), ("Nscale", "supplies", "Quorvane")], [("Brightwave", "uses", "GPU servers")]),
    ("share-of-a-named-device", "fr",
     "Apple a présenté l'iPhone 17. MediaTek a confirmé qu'il fournira la moitié des modems de l'iPhone 17.",
     [("MediaTek", "supplies", "Apple", {"status": "planned"})], [("Apple", "supplies", "MediaTek")]),
    ("deal-then-said-direction", "fr",
     "Qualcomm a renforcé son partenariat avec Xiaomi, confirmant qu'il fournira les processeurs de ses téléphones.",
     [("Qualcomm", "supplies", "Xiaomi")], [("Xiaomi", "supplies", "Qualcomm")]),
    ("one-of-the-makers", "fr", "Norsilica est un des plus grands producteurs de mémoires flash au monde.",
     [("Norsilica", "manufactures", "flash memory")], []),
    ("along-with-and-a-possessed-unit", "en",
     "Quanta is a major OEM partner for AMD's Instinct accelerators, along with Wiwynn and Foxconn's server arm, Ingrasys.",
     [("AMD", "supplies", "Quanta"), ("AMD", "supplies", "Wiwynn"), ("AMD", "supplies", "Ingrasys")],
     [("AMD", "supplies", "Foxconn")]),
    ("powers-a-devices-maker", "en", "For a decade, Veltrix's radio chips powered Quorvane's handsets.",
     [("Veltrix", "supplies", "Quorvane")], [("Quorvane", "supplies", "Veltrix")]),
    ("one-of-the-suppliers-of", "fr", "Norsilica est l'un des plus grands fournisseurs de Veltrix, le géant des serveurs.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),
    ("part-of-a-named-device", "fr",
     "Apple a présenté l'iPhone 16. Depuis des années, Sony crée les capteurs photo de l'iPhone.",
     [("Sony", "supplies", "Apple")], [("Sony", "manufactures", "iPhone")]),
    ("gerund-after-preposition", "en", "Kioxia and Norsilica remain focused on churning out NAND flash for phones.",
     [("Kioxia", "manufactures", "NAND flash"), ("Norsilica", "manufactures", "NAND flash")], []),
    ("class-named-in-plural", "en", "Norsilica, the world's third-largest memory chip maker, posted a loss.",
     [("Norsilica", "manufactures", "memory chips")], []),
    ("two-pronouns-by-trade", "fr", "Nvidia investit 2 milliards dans Nebius pour qu'il lui achète des puces.",
     [("Nebius", "ordered", "Nvidia chips"), ("Nvidia", "supplies", "Nebius")], [("Nebius", "supplies", "Nvidia")]),
    ("orders-fill-a-sellers-lines", "en", "A wave of orders from Veltrix and Quorvane has filled Norsilica's packaging lines.",
     [("Norsilica", "supplies", "Veltrix"), ("Norsilica", "supplies", "Quorvane")], [("Veltrix", "supplies", "Norsilica")]),
    ("subject-pronoun-not-its-own-object", "fr",
     "Veltrix est un client important pour Norsilica. Selon un analyste, elle a réalisé 40 millions d'euros de revenus avec Veltrix en 2023.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Veltrix")]),
    ("titled-person-not-company", "en",
     '"We act," Secretary of Commerce Jane Dorval said. The curbs hit Samsung as it ships its HBM chips to China.',
     [], [("Commerce Jane Dorval", "manufactures", "HBM")]),
    ("shipper-of-anothers-chip", "en", "Norsilica shipped 2,000 A100 chips last year.",
     [], [("Norsilica", "manufactures", "A100")]),
    ("powering-is-using", "en", "For years, Veltrix's modem chips powered Quorvane's phones.",
     [("Quorvane", "uses", "Veltrix modem chips")], []),
    ("product-subject-uses", "en", "Nvidia's upcoming H200 accelerator will utilize HBM3E memory.",
     [("Nvidia", "uses", "HBM3E", {"status": "planned"})], []),
    ("the-latter-of-a-list", "en",
     "Norsilica sells memory to Amazon, Meta and Veltrix. The latter is a prolific consumer of HBM3E for its accelerators.",
     [("Veltrix", "uses", "HBM3E")], [("Meta", "uses", "HBM3E"), ("Amazon", "uses", "HBM3E")]),
    ("own-chip-deployment", "en", "Nvidia's planned H200 deployment starts in June.", [], [("Nvidia", "uses", "H200")]),
    ("contract-direction-as-said", "fr",
     "Veltrix et Norsilica ont signé un contrat de 2 milliards de dollars pour la fabrication des puces Vega9 destinées au constructeur.",
     [("Veltrix", "ordered", "Vega9")], [("Norsilica", "ordered", "Vega9")]),
    ("bracketed-examples-not-the-name", "fr",
     "Le constructeur, issu d'une fusion entre Quorvane (Alto, Brio) et Zentrix, a signé des contrats d'achat avec des fabricants de puces.",
     [], [("Brio", "supplies", "Alto"), ("Alto", "supplies", "Brio")]),
    ("deal-described-partner", "en", "Quorvane signed a five-year deal with GPU cloud provider Fluidstack.",
     [("Fluidstack", "supplies", "Quorvane")], [("Quorvane", "supplies", "Fluidstack")]),
]


def _key(case) -> str:
    return f"{case[0]}-{case[1]}"


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[_key(c) for c in CASES])
def test_phenomenon(case, facts_of):
    _, lang, text, wanted, unwanted = case
    facts = facts_of(text, lang)
    triples = {(f.subject, f.relation, f.object) for f in facts}
    for want in wanted:
        subj, rel, obj, *attrs = want
        hits = [f for f in facts if (f.subject, f.relation) == (subj, rel) and _same_object(f.object, obj)]
        assert hits, f"no {subj} -{rel}-> {obj} among {sorted(triples)}"
        for name, value in (attrs[0] if attrs else {}).items():
            got = [getattr(f, name) for f in hits]
            if name == "product":
                assert any(g and _same_object(g, value) for g in got), f"{subj} -{rel}-> {obj}: product {got}, wanted {value}"
            else:
                assert value in got, f"{subj} -{rel}-> {obj}: {name} {got}, wanted {value}"
    for subj, rel, obj in unwanted:
        assert not any((f.subject, f.relation) == (subj, rel) and _same_object(f.object, obj) for f in facts), \
            f"unwanted {subj} -{rel}-> {obj} among {sorted(triples)}"

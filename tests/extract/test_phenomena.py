"""One invented text per phenomenon of real news, and texts where two or three of them stack.

Each case: language, text (one or a few sentences, written for this test), facts that must be
found as (subject, relation, object[, {attribute: value}]) and facts that must not. Companies
here are real names, but the sentences are ours; several cases use names no lexicon knows
(Veltrix, Norsilica, Quorvane) to check that the layers find what they were never told about.
"""
from __future__ import annotations

import pytest
from objects import same_object as _same_object


def _supplies(facts) -> set[tuple[str, str]]:
    """(supplier, customer) of every 'supplies' fact."""
    return {(f.subject, f.object) for f in facts if f.relation == "supplies"}


def _said(facts) -> list[tuple[str, str, str]]:
    """What the facts say, for an assertion's message."""
    return [(f.subject, f.relation, f.object) for f in facts]

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
    ("seller-side-contract", "en", "Quorvane Robotics recently won a $30 million contract with SK Hynix after passing its tests.",
     [("Quorvane Robotics", "supplies", "SK Hynix")], [("SK Hynix", "supplies", "Quorvane Robotics")]),
    ("seller-side-contract", "en", "Quorvane won a $30 million contract with Veltrix.",  # no trade tells the deal's way
     [("Quorvane", "supplies", "Veltrix")], [("Veltrix", "supplies", "Quorvane")]),
    ("seller-side-contract", "en", "OpenAI secured a deal with AMD for six gigawatts of Instinct GPUs.",
     [("AMD", "supplies", "OpenAI")], [("OpenAI", "supplies", "AMD")]),  # a deal is secured by buyers as often
    ("prepayment", "en", "Oppo has paid millions of dollars in advance to Samsung and Micron to ensure a steady supply of DRAM.",
     [("Samsung", "supplies", "Oppo"), ("Micron", "supplies", "Oppo"), ("Oppo", "ordered", "DRAM")],
     [("Oppo", "supplies", "Samsung")]),
    ("prepayment", "fr", "Oppo a versé des millions de dollars à Samsung et à Micron pour garantir ses livraisons de DRAM.",
     [("Samsung", "supplies", "Oppo"), ("Micron", "supplies", "Oppo"), ("Oppo", "ordered", "DRAM")], []),
    ("reserved-for", "fr", "Le fondeur Norsilica réserverait en priorité à Renault ses capacités de production de puces 3 nm.",
     [("Norsilica", "supplies", "Renault", {"status": "rumoured"})], [("Renault", "supplies", "Norsilica")]),
    ("reserved-for", "fr", "Renault aurait déjà réservé des commandes auprès de Soitec pour des plaquettes SOI.",
     [("Soitec", "supplies", "Renault", {"status": "rumoured"})], [("Renault", "supplies", "Soitec")]),
    ("reserved-for", "en", "Norsilica has reserved its entire output of 3nm chips for Apple.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "supplies", "Norsilica"), ("Norsilica", "ordered", "3nm chips")]),
    ("reserved-for", "en", "Apple reserved most of TSMC's 3nm capacity for its iPhone chips.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("reserved-for", "en", "TSMC has reserved a seat for Apple on its board.",
     [], [("TSMC", "supplies", "Apple")]),  # no goods: not a trade

    ("relative-copula", "fr", "Norsilica, qui est un fournisseur de Renault, a publié ses résultats.",
     [("Norsilica", "supplies", "Renault")], []),
    ("relative-copula", "en", "Quorvane, which is one of the main suppliers of Renault, posted its results.",
     [("Quorvane", "supplies", "Renault")], []),
    ("relative-copula", "fr", "Thales contrôle 40 % du capital de Kioxia, qui est aussi l'un des grands fournisseurs de Renault.",
     [("Kioxia", "supplies", "Renault")], [("Thales", "supplies", "Renault")]),  # the name before 'qui', not the share
    ("apposition-cut", "fr", "Norsilica, l'un des principaux fournisseurs de Renault, a publié ses résultats.",
     [("Norsilica", "supplies", "Renault")], []),
    ("restrictive-ne-que", "fr", "Renault ne représente que 12 % du chiffre d'affaires de Norsilica.",
     [("Norsilica", "supplies", "Renault")], []),
    ("restrictive-ne-que", "fr", "Bosch ne fournit que Renault en capteurs.",
     [("Bosch", "supplies", "Renault", {"status": "asserted"})], []),
    ("made-at", "fr", "La puce Q5 de Quorvane est gravée en 5 nm chez TSMC.",
     [("TSMC", "manufactures", "Q5"), ("TSMC", "supplies", "Quorvane")], [("Quorvane", "supplies", "TSMC")]),
    ("made-at", "fr", "Quorvane produit désormais ses puces chez Samsung.",
     [("Samsung", "supplies", "Quorvane")], [("Quorvane", "supplies", "Samsung")]),
    ("provenance", "fr", "Renault équipera ses voitures de capteurs provenant de Norsilica et de Bosch.",
     [("Norsilica", "supplies", "Renault"), ("Bosch", "supplies", "Renault")], [("Renault", "supplies", "Norsilica")]),
    ("quoted-name", "fr", "« Veltrix » va fournir Renault en puces.",  # the quotes had made the name a fragment
     [("Veltrix", "supplies", "Renault")], []),
    ("dateline", "en", "NEW YORK, Dec 1 — Quorvane said it will become the largest customer of Norsilica.",
     [], [("NEW YORK", "supplies", "Quorvane")]),  # a dateline is no company
    ("dateline", "en", "ACME, a chipmaker, supplies Apple.",
     [("ACME", "supplies", "Apple")], []),  # a name in capitals, then a comma, is still a name
    ("worked-with", "en", "Mobileye works with the likes of General Motors and BMW to supply driver-assistance systems.",
     [], [("General Motors", "supplies", "Mobileye"), ("BMW", "supplies", "Mobileye")]),
    ("worked-with", "en", "General Motors will work with Qualcomm to equip its vehicles.",
     [("Qualcomm", "supplies", "General Motors")], []),
    ("not-a-receipt", "en", "Oppo bought DRAM from Samsung. This is a measure taken by Oppo to ensure the supply of DRAM.",
     [("Samsung", "supplies", "Oppo")], [("Samsung", "delivered", "Oppo")]),
    ("deal-partner-on-object", "en", "Both Google and AMD recently signed agreements with Samsung to produce their AI chips.",
     [("Samsung", "supplies", "Google"), ("Samsung", "supplies", "AMD")], [("AMD", "supplies", "Google")]),
    ("described-by-home-town", "fr", "Dell et Apple achètent des puces. Le groupe de Cupertino achète des modems à Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], [("Qualcomm", "supplies", "Dell")]),
    ("described-by-home-town", "en", "Dell and Apple buy chips. The Cupertino group buys its modems from Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], [("Qualcomm", "supplies", "Dell")]),
    ("described-by-home-town", "fr", "Les commandes du constructeur de Cupertino pèsent un quart des ventes de Broadcom.",
     [], [("Broadcom", "supplies", "Cupertino")]),  # a home town is a place, not a company
    ("payment-not-order", "en", "Apple paid $4.5 billion to Qualcomm to settle the dispute.",
     [], [("Qualcomm", "supplies", "Apple")]),  # a settlement buys no goods
    ("payment-not-order", "en", "Apple paid a fine to Qualcomm for iPhone patents.",
     [], [("Qualcomm", "supplies", "Apple")]),
    ("restrictive-ne-que", "fr", "Bosch ne fournit ni Renault ni Peugeot, que Valeo approvisionne.",
     [("Bosch", "supplies", "Renault", {"status": "denied"})], []),  # 'ni ... ni' denies; 'que' is a relative
    ("apposition-cut", "fr", "Pour Thales, l'un des principaux fournisseurs de Renault est en difficulté.",
     [], [("Thales", "supplies", "Renault")]),
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
    ("seller-elided", "fr", "Valeo achète ses capteurs d'images auprès d'Ambarella.",
     [("Ambarella", "supplies", "Valeo")], [("Valeo", "supplies", "Ambarella")]),
    ("seller-after-de-chain", "fr", "Ericsson achète des plaquettes de carbure de silicium à Norsilica.",
     [("Norsilica", "supplies", "Ericsson", {"product": "SiC wafers"}), ("Ericsson", "ordered", "SiC wafers")],
     [("Ericsson", "supplies", "Norsilica")]),
    ("nationality-as-noun", "fr", "Le chinois Quorvane a commandé 50 000 accélérateurs Ascend 910C à Huawei.",
     [("Quorvane", "ordered", "Ascend 910C", {"quantity": 50000}), ("Huawei", "supplies", "Quorvane")], []),
    ("nationality-as-noun", "fr", "Nvidia a conclu un accord avec l'américain Veltrix pour l'achat de substrats.",
     [("Veltrix", "supplies", "Nvidia"), ("Nvidia", "ordered", "substrates")], [("Nvidia", "supplies", "Veltrix")]),
    ("possessive-customer", "fr", "Samsung est devenu le principal fournisseur de mémoire HBM d'AMD.",
     [("Samsung", "supplies", "AMD")], [("AMD", "manufactures", "HBM")]),
    ("among-its-customers", "en", "Veltrix now counts Apple and Google among its biggest clients.",
     [("Veltrix", "supplies", "Apple"), ("Veltrix", "supplies", "Google")], [("Apple", "supplies", "Veltrix")]),
    ("divestiture", "en", "Intel sold its Altera unit to Silver Lake.",
     [("Silver Lake", "parent_of", "Altera")], [("Intel", "supplies", "Silver Lake")]),
    ("divestiture", "fr", "Intel a cédé sa filiale Altera au fonds Silver Lake.",
     [("Silver Lake", "parent_of", "Altera")], [("Intel", "supplies", "Silver Lake")]),
    ("acquisition-not-order", "en", "Infineon bought the Canadian gallium nitride specialist GaN Systems.",
     [("Infineon", "parent_of", "GaN Systems")], [("Infineon", "ordered", "gallium nitride")]),
    ("order-placed-bare-noun", "fr", "Apple a passé commande auprès de TSMC pour ses processeurs A20.",
     [("Apple", "ordered", "A20"), ("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC"), ("TSMC", "ordered", "A20")]),
    ("layers-not-count", "en", "Samsung will begin supplying its 12-layer HBM3E stacks to Nvidia next quarter.",
     # '12-layer' is no count (test_layers_are_no_count), and a supply that starts names no shipment
     [("Samsung", "supplies", "Nvidia", {"status": "planned"})], [("Samsung", "delivered", "Nvidia")]),
    ("product-name-after-noun", "fr", "Veltrix fournit ses accélérateurs Orion à Baidu depuis mars.",
     [("Veltrix", "supplies", "Baidu", {"product": "Orion"}), ("Veltrix", "manufactures", "Orion")], []),
    ("supply-agreement-from", "fr", "Valeo a signé un accord d'approvisionnement décennal de plaquettes SiC auprès de Norsilica.",
     [("Norsilica", "supplies", "Valeo", {"product": "SiC wafers"}), ("Valeo", "ordered", "SiC wafers")],
     [("Valeo", "supplies", "Norsilica")]),
    ("cleft-turn", "fr", "Après Bosch, c'est au tour de Valeo de signer un accord d'approvisionnement de plaquettes SiC auprès de Wolfspeed.",
     [("Wolfspeed", "supplies", "Valeo"), ("Wolfspeed", "supplies", "Bosch")],  # Bosch signed one before
     [("Bosch", "supplies", "Valeo"), ("Valeo", "supplies", "Bosch")]),
    ("award-goods-attached", "fr", "Airbus a attribué le contrat pour ses nouveaux calculateurs au groupe Thales.",
     [("Thales", "supplies", "Airbus")], [("Airbus", "supplies", "Thales")]),
    ("asked-to-make", "en", "Nvidia asked TSMC to make 300,000 more H20 chips.",
     [("TSMC", "manufactures", "H20"), ("TSMC", "supplies", "Nvidia"), ("Nvidia", "ordered", "H20", {"quantity": 300000})],
     [("Nvidia", "supplies", "TSMC")]),
    ("asked-to-make", "fr", "Nvidia a demandé à TSMC de produire 120 000 puces H20 de plus.",
     [("TSMC", "supplies", "Nvidia"), ("Nvidia", "ordered", "H20")], [("Nvidia", "supplies", "TSMC")]),
    ("make-for", "fr", "Depuis cette année, Samsung fabrique la puce AI4 pour Tesla.",
     [("Samsung", "manufactures", "AI4"), ("Samsung", "supplies", "Tesla")], []),
    ("foundry-makes-designers-chip", "en", "SMIC manufactured Huawei's Kirin 9000S.",
     [("SMIC", "manufactures", "Kirin 9000S"), ("SMIC", "supplies", "Huawei"), ("Huawei", "manufactures", "Kirin 9000S")],
     []),
    ("passive-maker", "en", "The Kirin 9000S was made by the Shanghai foundry SMIC.",
     [("SMIC", "manufactures", "Kirin 9000S")], []),
    ("participle-maker", "en", "Beijing banned exports of power transistors made by Veltrix.",
     [("Veltrix", "manufactures", "power transistors", {"status": "asserted"}),
      ("China", "restricts_export", "power transistors")], []),
    ("participle-maker", "fr", "La Chine interdit les exportations de semi-conducteurs de puissance produits par Norsilica.",
     [("Norsilica", "manufactures", "power semiconductors", {"status": "asserted"})], []),
    ("participle-maker", "fr", "Volkswagen utilise des puces Z3 conçues par Nexperia.",
     [("Nexperia", "manufactures", "Z3"), ("Volkswagen", "uses", "Z3")],
     [("Volkswagen", "ordered", "Z3"), ("Nexperia", "supplies", "Volkswagen")]),
    ("receive-from", "en", "Rapidus will receive equipment from Tokyo Electron next year.",
     [("Tokyo Electron", "delivered", "Rapidus", {"status": "planned"}), ("Tokyo Electron", "supplies", "Rapidus")],
     [("Rapidus", "supplies", "Tokyo Electron")]),
    ("relative-clause", "fr", "Le projet repose sur un partenariat avec Nvidia, qui fournira à Mistral AI quelque 18 000 GPU Blackwell.",
     [("Nvidia", "supplies", "Mistral AI", {"status": "planned"})], []),
    ("award-contract", "en", "EuroHPC awarded the contract for its Jupiter supercomputer to Eviden.",
     [("Eviden", "supplies", "EuroHPC")], [("EuroHPC", "supplies", "Eviden")]),
    ("use-unknown-user", "fr", "Veltrix prévoit de déployer 10 000 GPU H100 dans son nouveau centre de données.",
     [("Veltrix", "uses", "H100", {"status": "planned", "quantity": 10000})], []),
    ("use-equips-machine", "fr", "Les puces H200 équiperont le nouveau supercalculateur de Veltrix.",
     [("Veltrix", "uses", "H200", {"status": "planned"})], []),
    ("use-runs-on", "en", "Veltrix's data center runs on 5,000 MI300X accelerators.",
     [("Veltrix", "uses", "MI300X", {"quantity": 5000})], []),
    ("use-runs-on", "fr", "Le centre de données de Veltrix fonctionne avec 5 000 accélérateurs MI300X.",
     [("Veltrix", "uses", "MI300X")], []),
    ("bracketed-apposition-in-list", "fr",
     "La demande vient surtout d'équipementiers comme Valeo (propriétaire de Norsilica), Bosch Group et Continental.",
     [("Valeo", "parent_of", "Norsilica")], [("Bosch", "parent_of", "Norsilica"), ("Continental", "parent_of", "Norsilica")]),
    ("packager-of-owners-chips", "en", "Amkor will package Apple's chips at its new Arizona plant.",
     [("Amkor", "supplies", "Apple", {"status": "planned"})], [("Apple", "supplies", "Amkor")]),
    ("lost-customer", "fr", "Intel a perdu Apple comme client en 2020.",
     [("Intel", "supplies", "Apple", {"status": "denied"})], []),
    ("stake-sale", "fr", "Intel cède 51 % de Norsilica, sa filiale spécialisée dans les FPGA, au fonds Silver Lake.",
     [("Silver Lake", "parent_of", "Norsilica")], [("Intel", "supplies", "Silver Lake"), ("Intel", "parent_of", "Silver Lake")]),
    ("figures-not-names", "en", "Such a cluster would offer up to 90 FP4 ExaFLOPS and 45 INT8 ExaTOPS.", [],
     [("ExaFLOPS", "manufactures", "FP4"), ("ExaTOPS", "manufactures", "INT8")]),
    ("run-facilities-not-use", "en", "Samsung and SK Hynix operate large 3D NAND fabs in China.", [],
     [("Samsung", "uses", "3D NAND"), ("SK Hynix", "uses", "3D NAND")]),
    ("generation-in-name", "en", "Broadcom is to make 5G radio components for Apple.",
     [("Broadcom", "manufactures", "5G radio components"), ("Broadcom", "supplies", "Apple")], []),
    ("deal-purpose-upstream-makes", "en", "Nvidia signed a deal with TSMC to make its Blackwell chips in Arizona.",
     [("TSMC", "manufactures", "Blackwell"), ("TSMC", "supplies", "Nvidia")], [("Nvidia", "supplies", "TSMC")]),
    ("deal-purpose-upstream-makes", "fr", "Apple a signé un accord avec Broadcom pour fabriquer des composants 5G.",
     [("Broadcom", "supplies", "Apple")], [("Apple", "supplies", "Broadcom")]),
    ("filiale-then-buyer", "fr", "Le groupe américain cède 51 % de sa filiale à Silver Lake.", [],
     [("Intel", "parent_of", "Silver Lake"), ("Intel", "supplies", "Silver Lake")]),
    ("priced-supply-agreement", "en", "Samsung signed a $3 billion agreement with AMD to supply HBM3E chips.",
     [("Samsung", "supplies", "AMD"), ("AMD", "ordered", "HBM3E")], [("AMD", "supplies", "Samsung")]),
    ("contracted-to-build", "en", "The AI start-up xAI contracted Dell to build its Colossus supercomputer.",
     [("Dell", "supplies", "xAI"), ("xAI", "ordered", "Colossus supercomputer"), ("Dell", "manufactures", "Colossus supercomputer")],
     [("xAI", "supplies", "Colossus"), ("xAI", "manufactures", "Colossus supercomputer")]),
    ("joint-making-deal", "fr", "Le sud-coréen Norsilica signe un accord avec le géant de la fonderie TSMC pour fabriquer des mémoires HBM4.",
     [], [("Norsilica", "supplies", "TSMC")]),
    ("partnership-to-secure-supply", "en", "Quorvane announced partnerships with Samsung and SK Hynix to secure its supply of DRAM.",
     [("Samsung", "supplies", "Quorvane"), ("SK Hynix", "supplies", "Quorvane")],
     [("Quorvane", "supplies", "Samsung"), ("Quorvane", "manufactures", "DRAM")]),
    ("partnership-to-secure-supply", "fr",
     "La société Quorvane a conclu des partenariats avec SK Hynix et Samsung pour garantir son approvisionnement en DRAM.",
     [("Samsung", "supplies", "Quorvane"), ("SK Hynix", "supplies", "Quorvane")], [("Quorvane", "manufactures", "DRAM")]),
    ("made-at-owners-site", "en", "Nvidia's Blackwell chips are made at TSMC's fab in Arizona.",
     [("TSMC", "manufactures", "Blackwell"), ("TSMC", "supplies", "Nvidia")], [("Nvidia", "supplies", "TSMC")]),
    ("made-at-owners-site", "fr", "Les puces phares d'AMD seront fabriquées sur le nouveau site de production de TSMC en Arizona.",
     [("TSMC", "supplies", "AMD", {"status": "planned"})], []),
    ("signature-of-contract-with-description", "fr",
     ("AWS investit massivement dans ses centres de données. Ces dépenses profitent à Infineon qui annonce la signature "
     "d'un contrat de dix ans avec le fournisseur de cloud américain pour quelques milliards de dollars."),
     [("Infineon", "supplies", "Amazon Web Services")], [("Amazon Web Services", "supplies", "Infineon")]),
    ("chiefs-company", "en", "Lenovo CEO Yang Yuanqing said his company will buy accelerators from Intel's Arizona factory.",
     [("Intel", "supplies", "Lenovo", {"status": "planned"})], [("Lenovo", "supplies", "Intel")]),
    ("chiefs-company", "fr", "Le PDG de Veltrix, Tim Cook, a indiqué que son entreprise achèterait des puces à TSMC.",
     [("TSMC", "supplies", "Veltrix")], [("Veltrix", "supplies", "TSMC")]),
    ("licensing-designs", "en", "Arm licenses its designs to Qualcomm and MediaTek.",
     [("Arm", "supplies", "Qualcomm"), ("Arm", "supplies", "MediaTek")], [("Qualcomm", "supplies", "Arm")]),
    ("bracketed-brand", "en", "Quorvane used to buy custom servers from companies like Veltrix (Tessel), Supermicro, and Wiwynn.",
     [("Supermicro", "supplies", "Quorvane"), ("Wiwynn", "supplies", "Quorvane")], [("Tessel", "supplies", "Quorvane")]),
    ("reliance-noun", "en", "Quorvane wants to reduce its heavy reliance on Nvidia.",
     [("Nvidia", "supplies", "Quorvane")], [("Quorvane", "supplies", "Nvidia")]),
    ("reliance-noun", "fr", "L'objectif est de réduire la dépendance de Quorvane envers des fournisseurs externes, Nvidia en tête.",
     [("Nvidia", "supplies", "Quorvane")], [("Quorvane", "supplies", "Nvidia")]),
    ("reliance-noun-generic-owner", "en",
     "Veltrix introduced new chips aimed at reducing AI developers' dependence on Nvidia's hardware.", [],
     [("Nvidia", "supplies", "Veltrix")]),
    ("short-name-at-full-stop", "en", "HPE won a contract to build servers for X.", [("HPE", "supplies", "X Corp")], []),
    ("consortium-members", "en", "A consortium led by Veltrix and Norsilica will build the Orion supercomputer for EuroHPC.",
     [("Veltrix", "supplies", "EuroHPC", {"status": "planned"}), ("Norsilica", "supplies", "EuroHPC")], []),
    ("key-component-of", "fr", "La puce Z9 de Veltrix deviendra un élément clé des véhicules Tesla.",
     [("Tesla", "uses", "Z9", {"status": "planned"}), ("Veltrix", "supplies", "Tesla")], []),
    ("key-component-of", "en", "The Z9 chip will become a key component of Tesla's vehicles.",
     [("Tesla", "uses", "Z9", {"status": "planned"})], []),
    ("negated-delivery-mistagged", "fr", "Nexperia ne livre pas directement Volkswagen.",
     [("Nexperia", "supplies", "Volkswagen", {"status": "denied"})], []),
    ("livre-the-book", "fr", "Le PDG de Nvidia a lu le livre de Veltrix.", [], [("Nvidia", "supplies", "Veltrix")]),
    ("rumoured-future-month", "fr", "Selon Bloomberg, Nvidia livrerait ses premières puces Blackwell à Microsoft en décembre.",
     [("Nvidia", "delivered", "Microsoft", {"status": "rumoured", "date": "2024-12"})], []),
    ("rumoured-past-month", "fr", "Selon Bloomberg, Nvidia aurait livré ses premières puces Blackwell à Microsoft en décembre.",
     [("Nvidia", "delivered", "Microsoft", {"status": "rumoured", "date": "2023-12"})], []),
    ("orders-worth-with", "en", "Nvidia has placed orders worth $2 billion with Veltrix for HBM4.",
     [("Nvidia", "ordered", "HBM4"), ("Veltrix", "supplies", "Nvidia")], [("Nvidia", "supplies", "Veltrix")]),
    ("counts-as-customer", "en", "Veltrix counts Baidu as a customer.",
     [("Veltrix", "supplies", "Baidu")], [("Baidu", "supplies", "Veltrix")]),
    ("owner-named-only-by-its-brand", "fr", "Le propriétaire de TikTok a commandé des puces H20.",
     [("ByteDance", "ordered", "H20")], [("TikTok", "ordered", "H20")]),
    ("owner-named-only-by-its-brand", "fr", "Le propriétaire de Facebook va acheter des puces d'AMD.",
     [("Meta", "ordered", "AMD chips"), ("AMD", "supplies", "Meta")], []),
    ("known-to-be-customer", "fr", "Veltrix est l'un des plus gros clients de TSMC, selon les analystes.",
     [("TSMC", "supplies", "Veltrix")], [("Veltrix", "supplies", "TSMC")]),
    ("chosen-as-silicon-partner", "en", "Cerebras said it had picked Samsung as its new silicon partner.",
     [("Samsung", "supplies", "Cerebras")], [("Cerebras", "supplies", "Samsung")]),
    ("relative-clause-maker", "en",
     "Samsung relies on ASML, which is the only maker in the world that can build EUV lithography machines.",
     [("ASML", "manufactures", "EUV lithography machine")], [("Samsung", "manufactures", "EUV lithography machine")]),
    ("received-a-subpoena", "en", "Applied Materials said it had received a subpoena from the U.S. Attorney in Boston.", [],
     [("U.S. Attorney", "supplies", "Applied Materials")]),
    ("faire-appel-a", "fr", "Veltrix fait appel à TSMC pour graver ses puces.",
     [("TSMC", "supplies", "Veltrix")], [("Veltrix", "supplies", "TSMC")]),
    ("kind-named-after-its-maker", "fr", "Le groupe sud-coréen de la fabrication de puces SK Hynix a publié des résultats record.", [],
     [("SK Hynix", "manufactures", "SK Hynix chips")]),
    # --- making without a trade verb -------------------------------------------------------------
    ("dominates-market", "en", "Veltrix dominates the market for HBM chips.", [("Veltrix", "manufactures", "HBM")], []),
    ("dominates-market", "fr", "Veltrix domine le marché mondial des plaquettes de carbure de silicium.",
     [("Veltrix", "manufactures", "SiC wafers")], []),
    ("dominates-market", "en", "AWS dominates the cloud market. Veltrix leads the HBM market.",
     [("Veltrix", "manufactures", "HBM")], [("Amazon", "manufactures", "HBM"), ("Amazon", "manufactures", "cloud")]),
    ("maker-apposition", "fr", "Le fabricant néerlandais de machines de lithographie ASML a publié ses résultats.",
     [("ASML", "manufactures", "lithography machine")], []),
    ("possessive-maker", "en", "Demand for Nvidia's H20 rose in China.", [("Nvidia", "manufactures", "H20")], []),
    ("possessive-maker", "fr", "La demande pour la puce H20 de Nvidia a bondi en Chine.", [("Nvidia", "manufactures", "H20")], []),
    # --- customers and suppliers named by nouns ----------------------------------------------------
    ("customer-copula", "en", "ByteDance is the largest buyer of Nvidia's H20.",
     [("Nvidia", "supplies", "ByteDance"), ("Nvidia", "manufactures", "H20")], [("ByteDance", "supplies", "Nvidia")]),
    ("customer-list", "en", "TSMC grew its new Kumamoto site, backed by customers like Apple and AMD.",
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
    ("list-not-across-clauses", "fr", "Wolfspeed fournit General Motors et Mercedes-Benz, Toyota travaille avec Denso.",
     [("Wolfspeed", "supplies", "General Motors"), ("Wolfspeed", "supplies", "Mercedes-Benz")],
     [("Wolfspeed", "supplies", "Toyota"), ("Mercedes-Benz", "supplies", "Toyota")]),
    # --- products without a model code ---------------------------------------------------------
    ("family-only", "en", "Anthropic deployed Trainium chips in its data centres.", [("Anthropic", "uses", "Trainium")], []),
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
     "Norsilica fournira des capteurs à Veltrix, selon un accord entre les deux entreprises.",
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
    ("two-pronouns-by-trade", "fr", "Nvidia place 1 milliard dans Nebius pour qu'il lui achète des puces.",
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
     "Veltrix et Norsilica ont conclu un contrat de 900 millions de dollars pour la fabrication des puces Vega9 destinées au constructeur.",
     [("Veltrix", "ordered", "Vega9")], [("Norsilica", "ordered", "Vega9")]),
    ("bracketed-examples-not-the-name", "fr",
     "Le constructeur, issu d'une fusion entre Quorvane (Alto, Brio) et Zentrix, a signé des contrats d'achat avec des fabricants de puces.",
     [], [("Brio", "supplies", "Alto"), ("Alto", "supplies", "Brio")]),
    ("attribution-before-the-subject", "en",
     "According to Digitimes, a surge of orders from Veltrix and Quorvane has filled Norsilica's packaging lines.",
     [("Norsilica", "supplies", "Veltrix"), ("Norsilica", "supplies", "Quorvane")], [("Digitimes", "supplies", "Norsilica")]),
    ("attribution-before-the-subject", "fr",
     "Selon le quotidien Les Echos, Veltrix a commandé 5 000 serveurs à Quanta.",
     [("Veltrix", "ordered", "servers", {"quantity": 5000}), ("Quanta", "supplies", "Veltrix")], []),
    ("share-of-a-sellers-orders", "en",
     "Veltrix launched the Vega9 chip in March. This year, Quorvane accounts for more than half of Veltrix's orders.",
     [("Quorvane", "ordered", "Vega9"), ("Veltrix", "supplies", "Quorvane")], []),
    ("object-relative-clause", "en", "The 5,000 H100 chips that Quorvane bought last year are now running.",
     [("Quorvane", "ordered", "H100", {"quantity": 5000})], []),
    ("object-relative-clause", "fr", "Les 2 000 puces H20 que Quorvane a achetées l'an dernier sont arrivées.",
     [("Quorvane", "ordered", "H20", {"quantity": 2000})], []),
    ("untyped-object-is-goods", "en", "Norsilica is supplying CMS mainly for its own phones.",
     [], [("Norsilica", "supplies", "CMS")]),
    ("supply-with", "en", "Norsilica supplies Veltrix with memory chips.", [("Norsilica", "supplies", "Veltrix")], []),
    ("facility-is-a-place", "fr", "TSMC produira les puces d'Apple dans son usine de Dresde.",
     [("TSMC", "supplies", "Apple")], [("Dresde", "manufactures", "Apple chips"), ("Dresde", "supplies", "Apple")]),
    ("won-contract-is-the-seller", "fr", "Veltrix a décroché un contrat avec Quorvane pour la fourniture de puces.",
     [("Veltrix", "supplies", "Quorvane")], [("Quorvane", "supplies", "Veltrix")]),
    ("revenue-from-a-customer", "en", "Norsilica gets 25% of its revenue from Veltrix.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),
    ("share-of-a-suppliers-revenue", "fr", "Apple représente 25 % du chiffre d'affaires de TSMC.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("causative-maker", "fr", "Apple fait fabriquer ses puces par TSMC.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "manufactures", "Apple chips")], [("Apple", "supplies", "TSMC")]),
    ("own-products-by-possessive", "en", "Apple has its chips made by TSMC.",
     [("TSMC", "supplies", "Apple")], [("Apple", "manufactures", "TSMC chips")]),
    ("a-foundrys-chips-are-not-its-brand", "en", "Huawei is urgently buying chips from TSMC.",
     [("TSMC", "supplies", "Huawei")], [("Huawei", "ordered", "TSMC chips")]),
    ("get-goods-is-a-delivery", "en", "Quorvane would get several hundred thousand of Nvidia's processors.",
     [("Nvidia", "delivered", "Quorvane"), ("Nvidia", "supplies", "Quorvane")], []),
    ("get-something-else-is-no-trade", "en", "Nvidia will get a boost from TSMC.", [], [("TSMC", "supplies", "Nvidia")]),
    ("orders-split-between-sellers", "en", "Apple split its memory orders between Samsung and SK Hynix.",
     [("Samsung", "supplies", "Apple"), ("SK Hynix", "supplies", "Apple")], []),
    ("orders-split-between-sellers", "fr", "Apple répartit ses commandes de mémoire entre Samsung et SK Hynix.",
     [("Samsung", "supplies", "Apple"), ("SK Hynix", "supplies", "Apple")], []),
    ("among-its-own-customers", "fr", "Huawei a perdu un fournisseur. TSMC compte parmi ses clients Apple, Nvidia et AMD.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "supplies", "Nvidia"), ("TSMC", "supplies", "AMD")],
     [("Huawei", "supplies", "Apple"), ("Huawei", "supplies", "TSMC")]),
    ("among-its-own-customers", "fr", "TSMC compte Apple parmi ses clients.",  # 'compte' tagged as a noun
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("chosen-as-a-supplier", "en", "Nvidia chose SK Hynix as a supplier.", [("SK Hynix", "supplies", "Nvidia")], []),
    ("received-something-else", "en",
     "Nvidia said the ban affects its A100 chips. Veltrix said it received new license requirements for its Vega9 chips.",
     [], [("Nvidia", "delivered", "Veltrix"), ("Nvidia", "supplies", "Veltrix")]),
    ("title-before-a-person", "en", "Meanwhile, billionaire entrepreneur Musk is buying thousands of H100 chips.",
     [], [("Musk", "ordered", "H100")]),
    ("part-of-a-company-acquired", "en", "SK Hynix finished the first step of acquiring Intel's NAND business.",
     [], [("SK Hynix", "parent_of", "Intel")]),
    ("brand-between-owner-and-noun", "en", "Samsung will produce two types of Baidu's Kunlun processors.",
     [("Samsung", "supplies", "Baidu")], [("Samsung", "supplies", "Kunlun")]),
    ("software-owner-uses", "en", "Anthropic's Claude AI model now runs on Amazon's Trainium 2 processors.",
     [("Anthropic", "uses", "Trainium 2")], [("Claude AI", "uses", "Trainium 2")]),
    ("goods-maker-is-not-the-customer", "fr",
     "HPE fournirait l'essentiel du supercalculateur, dont des processeurs Nvidia.", [], [("HPE", "supplies", "Nvidia")]),
    ("cooperation-with-to-make", "en", "Tesla has widened its cooperation with TSMC to produce its D1 chip.",
     [("TSMC", "manufactures", "D1"), ("TSMC", "supplies", "Tesla")], [("Tesla", "supplies", "TSMC")]),
    ("working-with-on-developing", "en", "ByteDance is working with Broadcom on developing a custom AI processor.",
     [("Broadcom", "supplies", "ByteDance")], [("ByteDance", "supplies", "Broadcom")]),
    ("entrusted-making-of-the-topic", "fr", "Google a dévoilé le Tensor G5. Google a confié la fabrication à TSMC.",
     [("TSMC", "manufactures", "Tensor G5"), ("TSMC", "supplies", "Google")], []),
    ("fronted-participle-maker", "fr", "Gravée en 4 nm par TSMC, la puce Snapdragon X Elite de Qualcomm est performante.",
     [("TSMC", "manufactures", "Snapdragon X Elite"), ("TSMC", "supplies", "Qualcomm")], []),
    ("fronted-participle-maker", "en", "Made by TSMC on its 4nm process, the Snapdragon X Elite chip is fast.",
     [("TSMC", "manufactures", "Snapdragon X Elite")], []),
    ("we-in-a-quote-is-the-speaker", "en",
     "TSMC said it would stop its shipments. \"We do not plan to ship wafers to Huawei after September 14,\" it added.",
     [("TSMC", "delivered", "Huawei", {"status": "denied"})], []),
    ("we-in-a-quote-is-the-speaker", "fr",
     ("TSMC a indiqué qu'il cesserait ses livraisons. Il ajoute : « nous ne livrerons pas de wafers à Huawei "
     "après le 14 septembre »."), [("TSMC", "delivered", "Huawei", {"status": "denied"})], []),
    # the pronoun that says the quote is the article's company, never a name inside the quote (and
    # resolving it must not ask the quote's 'nous' again: that loop had the sentence skipped)
    ("we-in-a-quote-said-by-a-pronoun", "fr",
     "ASML a publié un message. « Nous livrons nos machines à Rapidus », a-t-il écrit sur X.",
     [("ASML", "delivered", "Rapidus")], [("Rapidus", "delivered", "Rapidus")]),
    ("we-in-a-quote-said-by-a-pronoun", "fr",
     "ASML a publié un message. « Nous expédions notre nouveau scanner à Rapidus » est-il écrit sur le réseau X.",
     [("ASML", "delivered", "Rapidus")], []),
    ("we-in-a-quote-said-by-a-pronoun", "en", 'Micron posted a note. "We ship our new memory to Lenovo," it said.',
     [("Micron", "delivered", "Lenovo")], []),
    ("maker-description-after-a-comma", "fr", "TSMC, le fabricant des puces Kirin, annonce la fin de sa relation avec Huawei.",
     [("TSMC", "manufactures", "Kirin")], []),
    ("betting-on-a-chip", "fr", "Cette fois, Microsoft mise tout sur la puce Snapdragon X Elite de Qualcomm.",
     [("Microsoft", "uses", "Snapdragon X Elite")], []),
    ("deal-described-partner", "en", "Quorvane signed a five-year deal with GPU cloud provider Fluidstack.",
     [("Fluidstack", "supplies", "Quorvane")], [("Quorvane", "supplies", "Fluidstack")]),
    # --- a supply agreement for named goods is the buyer's order --------------------------------
    ("supply-agreement-is-an-order", "en", "Hyundai signed a supply agreement with Infineon for SiC power modules.",
     [("Hyundai", "ordered", "SiC power modules", {"supplier": "Infineon"})], [("Infineon", "ordered", "SiC power modules")]),
    ("supply-agreement-is-an-order", "fr",
     "Renault a signé avec STMicroelectronics un accord portant sur la fourniture de plaquettes de carbure de silicium.",
     [("Renault", "ordered", "SiC wafers"), ("STMicroelectronics", "supplies", "Renault")], []),
    # --- ownership told by a noun, a compound or a majority stake -------------------------------
    ("subsidiary-as-compound", "en", "Kyocera subsidiary AVX expanded its capacitor plant in South Carolina.",
     [("Kyocera", "parent_of", "AVX")], [("AVX", "parent_of", "Kyocera")]),
    ("acquisition-noun", "en", "Murata completed its acquisition of Resonant in March.",
     [("Murata", "parent_of", "Resonant")], []),
    ("majority-stake", "en", "Murata completed its acquisition of a 75% stake in Quorvane.",
     [("Murata", "parent_of", "Quorvane")], []),
    ("minority-stake", "en", "Murata bought a 20% stake in Quorvane.", [], [("Murata", "parent_of", "Quorvane")]),
    ("majority-stake", "fr", "En 2019, Veltrix avait finalisé l'acquisition de 80 % de Norsilica pour 3 milliards de dollars.",
     [("Veltrix", "parent_of", "Norsilica")], []),
    ("becomes-the-property-of", "fr", "Après seize mois d'attente, Norsilica devient la propriété de Veltrix.",
     [("Veltrix", "parent_of", "Norsilica")], [("Norsilica", "parent_of", "Veltrix")]),
    # --- export bans whose government is implicit, passive or elsewhere in the article ----------
    ("export-ban-implicit-government", "en",
     "Washington tightened its rules again. Nvidia said it cannot export its A800 and H800 chips to China.",
     [("United States", "restricts_export", "A800"), ("United States", "restricts_export", "H800")],
     [("China", "restricts_export", "A800")]),
    ("export-ban-implicit-government", "fr",
     "Les nouvelles règles américaines signifient que Nvidia ne peut plus exporter ses puces H800 vers la Chine.",
     [("United States", "restricts_export", "H800", {"status": "asserted"})], [("China", "restricts_export", "H800")]),
    ("export-ban-passive", "fr", "La puce H100 a été interdite à l'export vers la Chine par Washington dès 2022.",
     [("United States", "restricts_export", "H100")], [("United States", "restricts_export", "China")]),
    ("export-trade-is-no-ban", "en", "The U.S. government is worried. Nvidia exports its H20 chips to China.",
     [], [("United States", "restricts_export", "H20")]),
    ("export-ban-on-a-company", "en",
     "The Commerce Department said it would restrict exports to Chinese chipmaker Fujian Jinhua.",
     [("United States", "restricts_export", "Fujian Jinhua")], []),
    # --- acquisitions told with other verbs, and acquired companies the lexicon knows ------------
    ("seizing-a-company", "fr", "Le groupe Microchip Technology s'empare de Norsilica.",
     [("Microchip", "parent_of", "Norsilica")], []),
    ("snapping-up-a-company", "en", "Infineon snapped up Quorvane last year.", [("Infineon", "parent_of", "Quorvane")], []),
    ("acquired-company-is-not-an-alias", "en", "AMD completed its acquisition of Xilinx in 2022.",
     [("AMD", "parent_of", "Xilinx")], []),
    # --- a ticker code after a name is no company ----------------------------------------------
    ("reuters-instrument-code", "en",
     "Carmaker Stellantis STLA.MI has signed a supply agreement with Infineon for silicon carbide chips.",
     [("Infineon", "supplies", "Stellantis")], [("Infineon", "supplies", "MI"), ("MI", "ordered", "silicon carbide chips")]),
    # --- a place that names a plant is not its maker ------------------------------------------
    ("place-names-a-plant", "en", "The Dholera plant is to make mature-node chips for carmakers.", [],
     [("Dholera", "manufactures", "mature-node chips")]),
    ("place-names-a-plant", "en", "Currently, the Roseville foundry site mostly produces 200-millimeter silicon wafers.",
     [], [("Roseville", "manufactures", "silicon wafers")]),
    # --- 'X is the only company that makes Y': the relative clause's subject is X ------------
    ("only-company-that-makes", "en",
     "Intel bought a new tool last year. ASML is the only company in the world that makes EUV lithography machines.",
     [("ASML", "manufactures", "EUV lithography machine")], [("Intel", "manufactures", "EUV lithography machine")]),
    ("only-company-that-makes", "fr",
     "Intel a acheté un outil. ASML est la seule entreprise au monde qui fabrique les machines de lithographie EUV.",
     [("ASML", "manufactures", "EUV lithography machine")], [("Intel", "manufactures", "EUV lithography machine")]),
    # --- a description as subject and 'its' goods in one sentence (this once recursed forever) --
    ("description-and-its-goods", "en",
     "ASML makes lithography machines. The Dutch firm shipped its first machine to Intel.",
     [("ASML", "delivered", "Intel"), ("ASML", "supplies", "Intel")], []),
    # --- calling on suppliers listed with 'telles que', or on a company's equipment -------------
    ("calling-on-listed-suppliers", "fr",
     "Renault a déclaré qu'il avait fait appel à des entreprises de puces telles qu'Infineon, NXP et Norsilica pour sa plateforme.",
     [("Norsilica", "supplies", "Renault"), ("NXP", "supplies", "Renault"), ("Infineon", "supplies", "Renault")], []),
    ("not-calling-on-a-vendor", "fr", "En Belgique, Proximus ne fait pas appel aux équipements de Huawei.",
     [("Huawei", "supplies", "Proximus", {"status": "denied"})], []),
    # --- goods 'from' a company taken in by a buyer --------------------------------------------
    ("introducing-goods-from", "en", "Kioxia is preparing to introduce equipment from ASMPT and Quorvane to cut costs.",
     [("ASMPT", "supplies", "Kioxia"), ("Quorvane", "supplies", "Kioxia")], [("Kioxia", "supplies", "ASMPT")]),
    # --- an order placed, its worth and goods between it and the seller ------------------------
    ("order-placed-with-seller-last", "en",
     "Micron has placed an order worth 12 billion won for bonding equipment, the TC bonders, with Hanmi Semiconductor.",
     [("Micron", "ordered", "bonding equipment"), ("Hanmi Semiconductor", "supplies", "Micron")],
     [("Hanmi Semiconductor", "ordered", "bonding equipment")]),
    ("equipment-head-nouns", "en", "Hanmi Semiconductor signed a supply contract with Micron for TC bonders.",
     [("Micron", "ordered", "TC bonders"), ("Hanmi Semiconductor", "supplies", "Micron")], []),
    ("seller-side-buy-is-no-buyer", "en", "Meta used to buy storage servers from vendors like Quanta, Inventec and Wiwynn.",
     [("Inventec", "supplies", "Meta")], [("Inventec", "ordered", "storage servers")]),
    # --- purchase agreements whose sellers come later, as 'the winners' of them -----------------
    ("purchase-agreement-unnamed-sellers", "fr",
     ("Renault dit avoir conclu des contrats d'achat d'une valeur de 3 milliards d'euros avec des fabricants de "
     "semi-conducteurs. Les gagnants de ces accords sont les fabricants de puces Norsilica et NXP."),
     [("Renault", "ordered", "semiconductors"), ("Norsilica", "supplies", "Renault"), ("NXP", "supplies", "Renault")],
     [("Renault", "supplies", "NXP")]),
    ("purchase-agreement-unnamed-sellers", "en",
     ("Volvo signed purchase agreements worth 2 billion dollars with chipmakers for microcontrollers. "
     "The winners of those contracts are Infineon and Quorvane."),
     [("Volvo", "ordered", "microcontroller"), ("Infineon", "supplies", "Volvo"), ("Quorvane", "supplies", "Volvo")], []),
    # --- a French verb the tagger reads as a noun, with a negation ------------------------------
    ("negated-verb-tagged-noun", "fr", "Norsilica fabrique des diodes. Ce fournisseur ne livre pas directement Renault, mais ses composants sont partout.",
     [("Norsilica", "delivered", "Renault", {"status": "denied"})], []),
    # --- subsidiaries named with a country arm, or fronted before their name --------------------
    ("regional-arm-subsidiary", "fr", "Wiwynn USA Inc., une filiale de Wistron, a acquis un terrain au Texas.",
     [("Wistron", "parent_of", "Wiwynn")], []),
    ("fronted-subsidiary-noun", "fr", "Filiale cloud du groupe Iliad, Scaleway a ouvert un centre de données à Paris.",
     [("Iliad", "parent_of", "Scaleway")], [("Iliad", "parent_of", "Filiale cloud")]),
    # --- a raised passive: 'is to be assembled by' ---------------------------------------------
    ("raised-passive-maker", "en", "Apple designs the iPhone. The next iPhone is to be assembled by Pegatron and Foxconn.",
     [("Pegatron", "manufactures", "iPhone", {"status": "planned"}), ("Foxconn", "supplies", "Apple")], []),
    # --- a type bought from several vendors is each vendor's ----------------------------------
    ("sending-people-is-no-delivery", "fr",
     "Dell achète de la DRAM. Dell avait envoyé ses cadres à Séoul pour arracher des volumes à Samsung et SK Hynix.",
     [], [("Dell", "delivered", "Samsung"), ("Dell", "supplies", "SK Hynix")]),
    ("shipping-a-batch-is-a-delivery", "en", "TSMC makes the A18. TSMC shipped the first batch to Apple in May.",
     [("TSMC", "delivered", "Apple")], []),
    ("maker-noun-name-is-no-vendor", "fr", "Le rachat du fabricant américain de semi-conducteurs Quorvane a été annoncé en juin.",
     [], [("Quorvane", "ordered", "Quorvane semiconductors"), ("Quorvane", "manufactures", "Quorvane semiconductors")]),
    ("fronted-participle-agent-before-comma", "fr",
     "Gravée en 4 nm, cette puce Z9 vise les smartphones, un segment dominé par Qualcomm et MediaTek.",
     [], [("Qualcomm", "manufactures", "Z9"), ("MediaTek", "manufactures", "Z9")]),
    ("device-by-position-is-not-used", "en", "Phonemakers such as Oppo plan to use the Dimension 9000 in their next handsets.",
     [], [("Oppo", "uses", "phones")]),
    ("deal-directed-by-its-own-clause", "en",
     ("SK Siltron signed a two-year deal with Samsung under which SK Siltron will provide Samsung with silicon wafers "
      "at no fixed purchase price."),
     [("SK Siltron", "supplies", "Samsung")], [("SK Siltron", "ordered", "silicon wafers"), ("Samsung", "supplies", "SK Siltron")]),
    ("supply-memorandum-is-no-purchase", "en",
     ("Wafer maker Veltrix said it had signed a memorandum of understanding with a chip producer to help ensure a "
      "long-term supply of wafers."),
     [], [("Veltrix", "ordered", "wafers")]),
    ("headline-capitals-are-no-names", "en", "ASML to Ship 12 Next-Generation Systems to U.S. Chip Maker",
     [], [("ASML", "supplies", "Next-Generation Systems")]),
    ("headline-keeps-known-names", "en", "Apple Modem Supplier Qualcomm Reports Strong Quarter, Warns of Weak Demand",
     [("Qualcomm", "supplies", "Apple")], [("Qualcomm", "supplies", "Modem Supplier")]),
    ("restricting-verb-says-who", "fr",
     "Sous l'influence de Washington, la Corée du Sud a, comme Taïwan, restreint les exportations de semi-conducteurs.",
     [("South Korea", "restricts_export", "semiconductors")], [("United States", "restricts_export", "semiconductors")]),
    ("country-is-no-restricted-good", "fr", "Ces règles doivent restreindre l'accès de la Chine aux technologies sensibles.",
     [], [("China", "restricts_export", "Chine")]),
    ("pronoun-after-a-colon", "en", "Nvidia made a curious move: it agreed to rent its own chips from CoreWeave.",
     [("CoreWeave", "supplies", "Nvidia")], []),
    ("taking-on-rivals-is-no-takeover", "en", "CoreWeave is trying to take on giants such as Microsoft and Google.",
     [], [("CoreWeave", "parent_of", "Microsoft"), ("CoreWeave", "parent_of", "Google")]),
    ("funnelled-goods", "en", "Nvidia funneled hundreds of thousands of GPUs to CoreWeave.",
     [("Nvidia", "delivered", "CoreWeave")], []),
    ("another-kind-is-no-anaphor", "en",
     "Google sells its TPU chips to Meta. A week before, Meta had said it would buy a million GPUs from Nvidia.",
     [("Meta", "ordered", "Nvidia GPUs")], [("Meta", "ordered", "TPU")]),
    ("type-from-several-vendors", "en", "Oracle intends to buy thousands of GPUs from Nvidia and AMD next year.",
     [("Oracle", "ordered", "Nvidia GPUs"), ("Oracle", "ordered", "AMD GPUs"), ("AMD", "supplies", "Oracle")], []),
    # --- a deal whose purpose names the goods; the goods' maker supplies and does not use them ----
    ("deal-purpose-goods", "en", "Samsung and Qualcomm signed a three-year agreement to use more Snapdragon chips in phones.",
     [("Qualcomm", "supplies", "Samsung"), ("Samsung", "uses", "Snapdragon")],
     [("Samsung", "supplies", "Qualcomm"), ("Qualcomm", "uses", "Snapdragon")]),
    # --- joining a company's supply chain ------------------------------------------------------
    ("supply-chain-idioms", "en", ("Micron is entering Nvidia's supply chain this year. Samsung broke into Apple's supply chain. "
     "Wistron is now part of Google's supply chain."),
     [("Micron", "supplies", "Nvidia"), ("Samsung", "supplies", "Apple"), ("Wistron", "supplies", "Google")], []),
    ("own-supply-chain-is-no-supplier", "en", "Apple is working to shift its supply chain out of China with help from Foxconn.",
     [], [("Apple", "supplies", "Foxconn")]),
    # --- customers listed after a colon --------------------------------------------------------
    ("customers-after-colon", "en", "TSMC has several big customers: Apple, Nvidia and Quorvane.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "supplies", "Nvidia"), ("TSMC", "supplies", "Quorvane")], []),
    ("customers-after-colon", "fr", "Google Cloud compte déjà plusieurs clients IA : OpenAI, Anthropic et Mistral AI.",
     [("Google", "supplies", "OpenAI"), ("Google", "supplies", "Mistral AI")], []),
    # --- production 'assurée par' a foundry ----------------------------------------------------
    ("production-assured-by", "fr", "La production des GPU de Nvidia, assurée par TSMC, ne suffit pas à la demande.",
     [("TSMC", "manufactures", "Nvidia GPUs"), ("TSMC", "supplies", "Nvidia")], []),
    # --- a shaped chip name with a number ------------------------------------------------------
    ("shaped-chip-name-with-number", "fr", "Xiaomi a présenté sa puce XRing 01 en mai.", [("Xiaomi", "manufactures", "XRing 01")], []),
    # --- a trade described as 'auto suppliers' is not this deal's supplier side ----------------
    ("trade-descriptor-not-a-side", "en",
     ("Micron declined to comment. The US company has DRAM supply partnerships with auto suppliers Bosch and "
     "Denso, two people familiar with the talks said."),
     [("Micron", "supplies", "Bosch"), ("Micron", "supplies", "Denso")],
     [("Bosch", "supplies", "Micron"), ("Bosch", "ordered", "DRAM")]),
    # --- round of set Q (sentences written for these tests) ---------------------------------------
    ("buy-possessed-goods", "en", "Veltrix will buy Nvidia's newest accelerators, the B300, for its cloud.",
     [("Veltrix", "ordered", "B300"), ("Nvidia", "supplies", "Veltrix")], [("Veltrix", "parent_of", "Nvidia")]),
    ("relative-then-name", "fr", "Le seul groupe qui produit des substrats SiC, Norsilica, est une société suédoise.",
     [("Norsilica", "manufactures", "substrates")], []),
    ("relative-then-name", "en", "The only firm that builds these probe cards, Quorvane, is based in Oslo.",
     [("Quorvane", "manufactures", "probe cards")], []),
    ("takeover-by-agent", "fr", "Le rachat de Norsilica par Veltrix a été bouclé en mai.",
     [("Veltrix", "parent_of", "Norsilica")], [("Norsilica", "parent_of", "Norsilica")]),
    ("takeover-by-agent", "fr", "L'acquisition par Veltrix du fabricant suédois Norsilica a échoué.",
     [("Veltrix", "parent_of", "Norsilica", {"status": "denied"})], []),
    ("takeover-failed", "en", "Veltrix's takeover of Norsilica collapsed in March.",
     [("Veltrix", "parent_of", "Norsilica", {"status": "denied"})], []),
    ("orders-worth-to-buy", "en",
     "Quorvane and Veltrix have placed orders worth $300 million to obtain 20,000 Gaudi 3 accelerators from Intel.",
     [("Quorvane", "ordered", "Gaudi 3"), ("Veltrix", "ordered", "Gaudi 3"), ("Intel", "supplies", "Quorvane"),
      ("Intel", "supplies", "Veltrix")], []),
    ("executive-acts", "en",
     "Veltrix chief executive Anna Lindqvist said she had received samples of HBM4 memory from Micron and Samsung.",
     [("Micron", "supplies", "Veltrix"), ("Samsung", "supplies", "Veltrix"), ("Micron", "delivered", "Veltrix")],
     [("Anna Lindqvist", "ordered", "HBM4")]),
    ("executive-acts", "en",
     "Anna Lindqvist, CEO of Veltrix, spoke in Oslo. Lindqvist said she had ordered 5,000 MI355X chips from AMD.",
     [("Veltrix", "ordered", "MI355X"), ("AMD", "supplies", "Veltrix")], []),
    ("executive-acts", "fr",
     "Le P.-D.G. de Norsilica, Lars Berg, a indiqué qu'il achèterait des plaquettes SiC à Wolfspeed.",
     [("Wolfspeed", "supplies", "Norsilica", {"status": "planned"})], [("P.-D.G", "ordered", "SiC wafers")]),
    ("executive-acts", "fr", "Lars Berg, patron de Norsilica, a commandé 300 machines à ASML.",
     [("ASML", "supplies", "Norsilica")], []),
    ("causative-chez", "fr", "Veltrix fait graver ses processeurs Tensor chez le fondeur coréen Samsung.",
     [("Samsung", "supplies", "Veltrix")], [("Veltrix", "supplies", "Samsung")]),
    ("examples-after-verb", "fr", "Plusieurs clients s'approvisionnent chez Norsilica, comme Veltrix et Quorvane.",
     [("Norsilica", "supplies", "Veltrix"), ("Norsilica", "supplies", "Quorvane")],
     [("Norsilica", "supplies", "Norsilica")]),
    ("equipped-passive", "fr", "Les téléphones de Quorvane sont équipés de puces Dimensity de MediaTek.",
     [("Quorvane", "uses", "Dimensity")], [("Quorvane", "supplies", "MediaTek")]),
    ("integrate-is-not-make", "fr", "Veltrix et Quorvane pourraient intégrer les puces Exynos dans leurs téléphones.",
     [], [("Veltrix", "manufactures", "Exynos"), ("Quorvane", "manufactures", "Exynos")]),
    ("model-plus-suffix", "fr", "Le Mate 50 de Huawei était équipé du Snapdragon 8+ Gen 1 de Qualcomm.",
     [("Qualcomm", "manufactures", "Snapdragon 8+ Gen 1"), ("Huawei", "uses", "Snapdragon 8+ Gen 1")],
     [("Qualcomm", "manufactures", "Snapdragon 8")]),
    ("takeover-reprendre", "fr", "Le fondeur allemand Veltrix reprend le suédois Norsilica.",
     [("Veltrix", "parent_of", "Norsilica")], []),
    ("takeover-reprendre", "fr", "TSMC va reprendre ses livraisons à Quorvane.", [], [("TSMC", "parent_of", "Quorvane")]),
    ("takeover-causative", "fr", "Norsilica a conclu un accord pour se faire racheter par Veltrix, un groupe américain.",
     [("Veltrix", "parent_of", "Norsilica")], [("Norsilica", "parent_of", "Veltrix")]),
    ("customer-of-participle", "en", "Intel will be producing chips, designed by Amazon for Amazon.",
     [("Intel", "supplies", "Amazon")], []),
    ("conjoined-order-nouns", "en", "Veltrix has won 3nm chip orders from Qualcomm as well as orders from AMD and Nvidia.",
     [("Veltrix", "supplies", "Qualcomm"), ("Veltrix", "supplies", "AMD"), ("Veltrix", "supplies", "Nvidia")],
     [("AMD", "supplies", "Veltrix")]),
    ("device-maker-from-knowledge", "en", "Veltrix will produce the modem chips for the iPhone 17.",
     [("Veltrix", "supplies", "Apple")], [("Apple", "supplies", "Veltrix")]),
    ("orders-shifted", "en", "Quorvane has shifted part of its orders from Flex to Wiwynn.",
     [("Wiwynn", "supplies", "Quorvane")], [("Quorvane", "supplies", "Wiwynn")]),
    ("orders-shifted", "fr", "Veltrix pourrait reporter une partie de ses commandes vers le fondeur coréen Samsung.",
     [("Samsung", "supplies", "Veltrix")], []),
    ("orders-shifted", "en", "Veltrix moved part of its production to Vietnam.", [], [("Vietnam", "supplies", "Veltrix")]),
    ("unit-not-company", "fr", "Veltrix propose des puces à huit empilements DRAM de 2 Go.",
     [], [("Go", "manufactures", "DRAM")]),
    ("maker-of-owned-goods", "en", "Pegatron is the sole assembler of Veltrix's AI servers.",
     [("Pegatron", "supplies", "Veltrix")], [("Veltrix", "supplies", "Pegatron")]),
    ("maker-of-owned-goods", "en", "Zentra Corp, Apple's second iPhone assembler, cut jobs.",
     [("Zentra", "supplies", "Apple")], [("Apple", "supplies", "Zentra")]),
    ("maker-of-owned-goods", "en", "Zentra Corp makes Apple's chips.",
     [("Zentra", "supplies", "Apple")], [("Apple", "supplies", "Zentra")]),
    ("production-noun-owner", "fr", "Le patron de Nvidia a visité le site de production de puces de TSMC à Kumamoto.",
     [], [("Nvidia", "supplies", "TSMC")]),
    ("partner-for-production", "en", "Quorvane Memory will team up with TSMC for the production of its HBM4 base dies.",
     [("TSMC", "supplies", "Quorvane Memory", {"status": "planned"})], [("Quorvane Memory", "supplies", "TSMC")]),
    ("partner-for-production", "fr", "Nvidia a signé un partenariat avec Samsung pour la production de ses puces Blackwell.",
     [("Samsung", "supplies", "Nvidia")], [("Nvidia", "supplies", "Samsung")]),
    ("partner-for-production", "en", "TSMC signed a supply agreement with ASML for EUV machines.",
     [("ASML", "supplies", "TSMC")], [("TSMC", "supplies", "ASML")]),
    ("lost-to-rival", "en", "Veltrix lost its biggest client, Qualcomm, to GlobalFoundries in 2023.",
     [("GlobalFoundries", "supplies", "Qualcomm")], [("Qualcomm", "supplies", "GlobalFoundries")]),
    ("lost-to-rival", "en", "Intel lost Apple's modem orders to Qualcomm last year.",
     [("Qualcomm", "supplies", "Apple", {"status": "asserted"})], [("Apple", "supplies", "Qualcomm")]),
    ("lost-to-rival", "fr", "Veltrix a perdu le marché de Renault au profit de Bosch.",
     [("Bosch", "supplies", "Renault")], [("Renault", "supplies", "Bosch")]),
    ("supplier-for-device", "en", "Norsilica, a key supplier of radio chips for Apple's iPhone, was bought by Intel.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "supplies", "Norsilica")]),
    ("supplier-for-device", "fr", "Skyworks, fournisseur de puces radio pour l'iPhone d'Apple, a été racheté par Qualcomm.",
     [("Skyworks", "supplies", "Apple")], [("Apple", "supplies", "Skyworks")]),
    ("foundry-services", "en", "Veltrix will use Samsung's 2nm process to make its next processor.",
     [("Samsung", "supplies", "Veltrix", {"status": "planned"})], [("Veltrix", "supplies", "Samsung")]),
    ("foundry-services", "fr", "AMD va passer par les services de Samsung pour sa prochaine puce graphique.",
     [("Samsung", "supplies", "AMD", {"status": "planned"})], [("AMD", "supplies", "Samsung")]),
    ("foundry-services-own", "en", "Nvidia uses its own fabs, while Veltrix said it would use its capacity.", [],
     [("Veltrix", "supplies", "Nvidia"), ("Nvidia", "supplies", "Veltrix")]),
    ("chosen-to-power", "en", "Meta picked Broadcom to power its next data centers.",
     [("Broadcom", "supplies", "Meta")], [("Meta", "supplies", "Broadcom")]),
    ("chosen-to-power", "fr", "Stellantis va travailler avec NXP pour équiper ses futures voitures.",
     [("NXP", "supplies", "Stellantis", {"status": "planned"})], [("Stellantis", "supplies", "NXP")]),
    ("samples-of-goods", "en", "Micron will send samples of its 12-high HBM3E stacks to AMD next month.",
     [("Micron", "delivered", "AMD", {"product": "HBM3E", "status": "planned"})], [("AMD", "delivered", "Micron")]),
    ("samples-of-goods", "fr", "Micron enverra des échantillons de mémoire HBM3E à AMD en octobre.",
     [("Micron", "delivered", "AMD", {"product": "HBM3E"})], []),
    ("measure-not-company", "en", "Quorvane Memory sampled its new DRAM, rated at up to 1.6TB/sec of bandwidth.",
     [], [("Quorvane Memory", "delivered", "1.6TB/sec"), ("Quorvane Memory", "supplies", "1.6TB/sec")]),
    ("deal-for-purchase-of", "en", "Oracle signed a deal with AMD for the purchase of thousands of AI accelerators.",
     [("Oracle", "ordered", "AMD AI accelerators", {"supplier": "AMD"}), ("AMD", "supplies", "Oracle")], [("Oracle", "supplies", "AMD")]),
    ("deal-for-purchase-of", "fr", "Oracle a conclu un accord avec AMD portant sur l'achat de milliers de puces d'IA.",
     [("Oracle", "ordered", "AMD AI chips"), ("AMD", "supplies", "Oracle")], [("Oracle", "supplies", "AMD")]),
    ("order-won-to-make", "en", "Rapidus has won an order from Quorvane Labs to produce 2nm inference chips.",
     [("Quorvane Labs", "ordered", "2nm inference chips"), ("Rapidus", "supplies", "Quorvane Labs")], [("Quorvane Labs", "supplies", "Rapidus")]),
    ("order-won-to-make", "fr", "Rapidus a décroché une commande de Tenstorrent pour fabriquer des puces d'inférence en 2 nm.",
     [("Tenstorrent", "ordered", "2nm inference chips"), ("Rapidus", "supplies", "Tenstorrent")], []),
    ("supply-for-customer-models", "fr", "Bosch fournira les calculateurs des futurs modèles de Stellantis, Kia et Renault.",
     [("Bosch", "supplies", "Stellantis", {"status": "planned"}), ("Bosch", "supplies", "Kia"), ("Bosch", "supplies", "Renault")],
     [("Stellantis", "supplies", "Bosch")]),
    ("spend-on-purchase", "en", "Tencent plans to spend $3 billion on the purchase of Huawei chips in 2026.",
     [("Tencent", "ordered", "Huawei chips", {"status": "planned", "date": "2026"})], []),
    ("spend-on-purchase", "fr", "Tencent prévoit d'investir 3 milliards de dollars dans l'achat de puces Huawei en 2026.",
     [("Tencent", "ordered", "Huawei chips", {"status": "planned"}), ("Huawei", "supplies", "Tencent")], []),
    ("depend-on-orders", "en", "Cirrus Logic and Qorvo rely largely on Samsung's orders.",
     [("Cirrus Logic", "supplies", "Samsung"), ("Qorvo", "supplies", "Samsung")], [("Samsung", "supplies", "Qorvo")]),
    ("bought-made-at", "en", "Veltrix Corp buys wafers manufactured at Soitec's Bernin plant.",
     [("Soitec", "supplies", "Veltrix"), ("Veltrix", "ordered", "Soitec wafers")], [("Veltrix", "supplies", "Soitec")]),
    ("bought-made-at", "fr", "Valeo va acheter des plaquettes fabriquées dans l'usine de Soitec à Bernin.",
     [("Soitec", "supplies", "Valeo", {"status": "planned"})], []),
    ("acronym-not-product", "en", "For years, Lenovo's main server OEM has been Quanta.",
     [], [("Lenovo", "manufactures", "OEM")]),
    ("order-picked-up-for-product", "en", "Samsung Foundry has had a hard year. The firm picked up a new order in May for Google's Tensor G6 chip.",
     [("Samsung", "supplies", "Google")], [("Google", "supplies", "Samsung")]),
    ("contract-won-for-supply-of", "fr", "ASML a remporté un contrat de Rapidus pour la fourniture de machines EUV.",
     [("Rapidus", "ordered", "EUV lithography machine"), ("ASML", "supplies", "Rapidus")], [("Rapidus", "supplies", "ASML")]),
    ("equip-owner-of-device", "fr", "Qualcomm équipera les futurs iPhone d'Apple.",
     [("Qualcomm", "supplies", "Apple", {"status": "planned"})], [("Apple", "supplies", "Qualcomm")]),
    ("plural-model-code", "en", "Quorvane Labs bought 100,000 H100s from Nvidia last year.",
     [("Quorvane Labs", "ordered", "H100", {"quantity": 100000, "date": "2023"}), ("Nvidia", "supplies", "Quorvane Labs")], []),
    ("plural-model-code", "en", "Meta deployed several thousand MI300Xs.", [("Meta", "uses", "MI300X")], []),
    ("order-placed-passive", "en", "An order for 500 EUV tools was placed by Intel with ASML.",
     [("Intel", "ordered", "EUV lithography machine", {"quantity": 500}), ("ASML", "supplies", "Intel")],
     [("ASML", "ordered", "EUV lithography machine")]),
    ("deal-to-rent-from", "en", "Microsoft signed a $10 billion deal to rent Nvidia GPUs from CoreWeave.",
     [("CoreWeave", "supplies", "Microsoft")], [("Microsoft", "supplies", "CoreWeave")]),
    ("equipped-active-no-owner", "fr", "En choisissant d'équiper ses ordinateurs avec une puce ARM, Veltrix innove.",
     [], [("Veltrix", "supplies", "ARM chip")]),
    ("order-received-no-article", "fr", "D'après un courtier, GlobalFoundries aurait reçu commande de Bosch pour 2 millions de puces radar.",
     [("GlobalFoundries", "supplies", "Bosch", {"status": "rumoured"}), ("Bosch", "ordered", "radar chips")],
     [("GlobalFoundries", "ordered", "radar chips")]),
    ("order-received-no-article", "fr", "Selon la presse locale, Kioxia a reçu commande pour 40 000 disques SSD.",
     [], [("Kioxia", "ordered", "SSD")]),
    ("entrusted-with", "en", "Bosch entrusted GlobalFoundries with the production of its radar chips.",
     [("GlobalFoundries", "supplies", "Bosch"), ("GlobalFoundries", "manufactures", "radar chips")],
     [("Bosch", "manufactures", "radar chips")]),
    ("entrusted-passive", "en", "The production of Nvidia's new H300 chips was entrusted to Samsung.",
     [("Samsung", "supplies", "Nvidia")], [("Nvidia", "ordered", "H300")]),
    ("entrusted-passive", "fr", "La fabrication des puces radar de Valeo a été confiée à GlobalFoundries.",
     [("GlobalFoundries", "supplies", "Valeo")], [("Valeo", "ordered", "radar chips")]),
    ("entrusted-reflexive", "fr", "GlobalFoundries s'est vu confier par Valeo la production de ses puces radar.",
     [("GlobalFoundries", "supplies", "Valeo"), ("GlobalFoundries", "manufactures", "radar chips")],
     [("GlobalFoundries", "ordered", "radar chips"), ("Valeo", "manufactures", "radar chips")]),
    ("entrusted-making-is-not-made", "fr", "Valeo a confié à GlobalFoundries la fabrication de ses puces radar.",
     [("GlobalFoundries", "supplies", "Valeo")], [("Valeo", "manufactures", "radar chips")]),
    ("relied-on-for-making", "en", "Xiaomi relies on TSMC for the production of its XRing chips.",
     [("TSMC", "supplies", "Xiaomi")], [("Xiaomi", "manufactures", "XRing chips")]),
    ("relied-on-for-making", "fr", "Xiaomi fait appel à TSMC pour la production de ses puces XRing.",
     [("TSMC", "supplies", "Xiaomi")], [("Xiaomi", "manufactures", "XRing chips")]),
    ("has-as-customer", "en", "GlobalFoundries, the New York foundry, has AMD as its largest customer.",
     [("GlobalFoundries", "supplies", "AMD")], [("AMD", "supplies", "GlobalFoundries")]),
    ("deal-covers-goods", "en", "Oracle signed a supply agreement with AMD last week. The agreement covers MI355X and MI450 accelerators.",
     [("Oracle", "ordered", "MI355X", {"supplier": "AMD"}), ("Oracle", "ordered", "MI450"), ("AMD", "supplies", "Oracle")],
     [("AMD", "ordered", "MI450")]),
    ("deal-covers-goods", "fr", "Renault a signé un contrat d'achat avec Infineon. Le contrat porte aussi sur des puces AURIX.",
     [("Renault", "ordered", "AURIX", {"supplier": "Infineon"}), ("Infineon", "supplies", "Renault")], []),
    ("deal-covers-without-deal", "en", "Nvidia reported record sales in May. The contract includes Blackwell chips.",
     [], [("Nvidia", "ordered", "Blackwell")]),
    ("contract-between", "en", "The end of the contract between GlobalFoundries and AMD worried investors.",
     [("GlobalFoundries", "supplies", "AMD")], [("AMD", "supplies", "GlobalFoundries")]),
    ("contract-binding", "fr", "La rupture du contrat liant Samsung et Qualcomm inquiète les analystes.",
     [("Samsung", "supplies", "Qualcomm")], [("Qualcomm", "supplies", "Samsung")]),
    ("orders-share-of-revenue", "en", "Orders from Nvidia now make up 30% of SK Hynix's revenue.",
     [("SK Hynix", "supplies", "Nvidia")], [("Nvidia", "supplies", "SK Hynix")]),
    ("orders-share-of-revenue", "fr", "Les commandes de Huawei pèsent 15 % du chiffre d'affaires de SMIC.",
     [("SMIC", "supplies", "Huawei")], [("Huawei", "supplies", "SMIC")]),
    ("customers-after-relative-clause", "fr", "Samsung Foundry, qui grave des puces pour Google, Tesla, IBM et d'autres, a annoncé une perte.",
     [("Samsung", "supplies", "Google"), ("Samsung", "supplies", "Tesla"), ("Samsung", "supplies", "IBM")],
     [("Tesla", "supplies", "Google"), ("IBM", "supplies", "Google")]),
    ("customer-then-next-clause", "en", "GlobalFoundries builds chips for AMD, Qualcomm said on Monday.",
     [("GlobalFoundries", "supplies", "AMD")], [("GlobalFoundries", "supplies", "Qualcomm")]),
    ("took-delivery", "en", "Nvidia took delivery of the first HBM4 stacks from Micron in June.",
     [("Micron", "delivered", "Nvidia"), ("Micron", "supplies", "Nvidia")], [("Nvidia", "manufactures", "HBM4")]),
    ("took-delivery", "fr", "Tesla a pris livraison des premières puces AI5 de Samsung.",
     [("Samsung", "delivered", "Tesla")], [("Tesla", "delivered", "Samsung"), ("Tesla", "manufactures", "AI5")]),
    ("no-evidence-that", "en", "There is no evidence that Xiaomi will buy Micron's LPDDR6 chips.",
     [("Micron", "supplies", "Xiaomi", {"status": "denied"})], []),
    ("uses-own-chips", "fr", "Google veut construire un supercalculateur utilisant ses propres TPU.",
     [], [("Google", "uses", "TPU")]),
    ("plant-number-is-no-company", "en", "Samsung's Fab 2 in Austin is making processors for Tesla.",
     [("Samsung", "supplies", "Tesla")], [("Fab 2", "supplies", "Tesla"), ("Fab", "supplies", "Tesla")]),
    ("facility-number-is-no-count", "en", "TSMC's Fab 21 will make the A20 chips for Apple.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "manufactures", "A20", {"quantity": None})], []),
    ("devices-are-no-customer", "en", "Intel and MediaTek are developing Wi-Fi chips for future iPhones.",
     [], [("Intel", "supplies", "iPhones"), ("MediaTek", "supplies", "iPhones")]),
    ("company-name-in-capitals", "en", "Last year, SK hynix received bonders from HANMI Semiconductor worth 40 billion won.",
     [("Hanmi Semiconductor", "delivered", "SK Hynix")], []),
    ("routed-to", "en", "Lam Research allegedly routed deposition tools to YMTC through a distributor in Malaysia.",
     [("Lam Research", "delivered", "YMTC"), ("Lam Research", "supplies", "YMTC")], [("YMTC", "delivered", "Lam Research")]),
    ("diverted-by-others", "en", "Traders diverted several thousand Nvidia B200 chips to Zhipu through Vietnam.",
     [], [("Nvidia", "delivered", "Zhipu"), ("Nvidia", "supplies", "Zhipu")]),
    ("turned-away-is-no-delivery", "fr", "Xiaomi se détournerait de Samsung au profit de Micron pour sa mémoire.",
     [], [("Xiaomi", "delivered", "Samsung"), ("Xiaomi", "supplies", "Samsung")]),
    ("share-of-buyers-supply", "en", "Micron should account for 20% of AMD's HBM4 supply next year.",
     [("Micron", "supplies", "AMD")], [("AMD", "supplies", "Micron"), ("AMD", "manufactures", "HBM4")]),
    ("share-of-other-things", "en", "Samsung accounts for a fifth of Korea's exports.", [],
     [("Korea", "supplies", "Samsung"), ("Samsung", "supplies", "Korea")]),
    ("possessive-of-a-device-in-a-trade", "fr", "Apple veut garantir l'approvisionnement en mémoire de ses prochains iPhone 18.",
     [("Apple", "manufactures", "iPhone 18")], []),
    ("partner-of-is-not-the-partner", "fr", "Samsung ouvre un site au Texas. Ce fidèle partenaire de Google fabrique aussi des puces Exynos 2600.",
     [], [("Google", "manufactures", "Exynos 2600")]),
    ("generation-in-brackets", "en", "SK Hynix has started shipping its fifth-generation high-bandwidth memory (HBM3E) to AMD.",
     [("SK Hynix", "supplies", "AMD", {"product": "HBM3E"})], [("SK Hynix", "manufactures", "HBM")]),
    ("goods-listed-beside-type", "fr", "Lenovo a doublé ses commandes de mémoire DRAM et NAND auprès de Micron.",
     [("Lenovo", "ordered", "DRAM"), ("Lenovo", "ordered", "NAND flash")], []),
    ("bracket-inside-list", "fr", "Lenovo a augmenté ses commandes de DRAM auprès des fournisseurs Kioxia (spécialisé dans la mémoire flash) et Micron.",
     [("Kioxia", "supplies", "Lenovo"), ("Micron", "supplies", "Lenovo")], []),
    ("owner-in-brackets-of-a-list", "fr", "Les commandes viennent de clients comme Alphabet (propriétaire de YouTube), Meta et Oracle.",
     [("Alphabet", "parent_of", "YouTube")], [("Meta", "parent_of", "YouTube"), ("Oracle", "parent_of", "YouTube")]),
    ("code-glued-to-family", "en", "HPE unveiled the Cray EX4000 supercomputer in Denver.",
     [("HPE", "manufactures", "Cray EX4000")], [("HPE", "manufactures", "HPE Cray4000")]),
    ("one-direction-per-pair", "en", "Apple is the largest customer of Broadcom. Broadcom wants to reduce its reliance on Apple.",
     [("Broadcom", "supplies", "Apple")], [("Apple", "supplies", "Broadcom")]),
    ("one-direction-per-pair", "fr", "Apple est le plus gros client de Broadcom. Broadcom veut réduire sa dépendance envers Apple.",
     [("Broadcom", "supplies", "Apple")], [("Apple", "supplies", "Broadcom")]),
    ("both-directions-said-plainly", "en", "Samsung supplies memory chips to Qualcomm, and Qualcomm supplies modems to Samsung.",
     [("Samsung", "supplies", "Qualcomm"), ("Qualcomm", "supplies", "Samsung")], []),
    ("orders-released-to-sellers", "en", "Amazon has released new orders to Foxconn and Quanta for building AI servers.",
     [("Foxconn", "supplies", "Amazon"), ("Quanta", "supplies", "Amazon"), ("Amazon", "ordered", "AI servers")],
     [("Amazon", "supplies", "Foxconn"), ("Amazon", "manufactures", "AI servers")]),
    ("bracket-ends-the-reach", "fr", "LG Innotek (la filiale spécialisée dans les composants) passe par les services de TSMC pour ses puces.",
     [], [("TSMC", "parent_of", "LG Innotek")]),
    ("use-for-a-device-is-no-making", "fr", "Cette mémoire sera utilisée par Apple pour le prochain iPhone.",
     [], [("Apple", "manufactures", "iPhone"), ("Apple", "uses", "iPhone")]),
    ("opt-for", "fr", "Renault a opté pour les puces Snapdragon de Qualcomm.", [("Renault", "uses", "Snapdragon")], []),
    ("building-a-cluster-of-chips-uses-them", "en", "Veltrix is building a cluster of 5,000 Instinct MI300X accelerators.",
     [("Veltrix", "uses", "Instinct MI300X")], [("Veltrix", "manufactures", "Instinct MI300X")]),
    ("building-a-cluster-of-chips-uses-them", "fr", "Quorvane a construit un supercalculateur de 4 000 puces H100.",
     [("Quorvane", "uses", "H100", {"quantity": 4000})], [("Quorvane", "manufactures", "H100")]),
    ("seller-of-named-goods-makes-them", "fr", "Qualcomm fournit à Apple le modem Snapdragon X75 de l'iPhone 16.",
     [("Qualcomm", "manufactures", "Snapdragon X75"), ("Qualcomm", "supplies", "Apple")], []),
    ("seller-of-anothers-goods-does-not-make-them", "en", "Foxconn supplies Nvidia GB300 servers to Microsoft.",
     [("Foxconn", "supplies", "Microsoft")], [("Foxconn", "manufactures", "GB300")]),
    ("seller-hung-on-the-purpose", "en", "Veltrix obtains 40% of the HBM for its accelerators from Micron.",
     [("Micron", "supplies", "Veltrix", {"product": "HBM"}), ("Veltrix", "ordered", "HBM")], []),
    ("deal-party-sells-in-the-same-sentence", "en", "After a similar deal with Gateway, Kioxia agreed to supply Dell with flash memory.",
     [("Kioxia", "supplies", "Gateway"), ("Kioxia", "supplies", "Dell")], [("Gateway", "supplies", "Kioxia")]),
    ("examples-at-the-end-of-the-sentence", "en", "Veltrix listed several carmakers that will use its Z9 chips in new vehicles, including Polestar, Xpeng and NIO.",
     [("Polestar", "uses", "Z9"), ("Xpeng", "uses", "Z9"), ("NIO", "uses", "Z9")], [("Veltrix", "uses", "Z9")]),
    ("examples-at-the-end-with-unknown-names", "en", "Several carmakers will use Nvidia's Drive Orin chips, including Polestar, Quorvane Motors and NIO.",
     [("Polestar", "uses", "DRIVE Orin"), ("NIO", "uses", "DRIVE Orin")], []),
    ("seller-expects-orders-from-the-likes-of", "en", "Tokyo Electron expects orders from the likes of TSMC and Samsung to rise.",
     [("Tokyo Electron", "supplies", "TSMC"), ("Tokyo Electron", "supplies", "Samsung")], [("TSMC", "supplies", "Tokyo Electron")]),
    ("name-ends-at-the-paragraph", "en", "Demand is good news for suppliers like Kokusai Electric Corp.\n\nThe toolmaker expects orders from Micron to rise.",
     [("Kokusai Electric", "supplies", "Micron")], []),
    ("passive-read-as-copula", "fr", "Les Galaxy S25 sont tous équipés du Snapdragon 8 Elite de Qualcomm.",
     [("Samsung", "uses", "Snapdragon 8 Elite")], []),
    ("vendor-hung-on-a-modifier", "fr", "TSMC fabriquera la puce 5G d'Apple.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("bracketed-name-is-no-insert", "en", "Veltrix stacks high-bandwidth memory (HBM) from Samsung next to its accelerator.",
     [("Samsung", "manufactures", "HBM")], []),
    ("relying-on-orders-uses-nothing", "fr", "TSMC grave des puces A19 pour Apple. Ce fondeur peut compter sur les commandes grandissantes de Broadcom en puces 5 nm.",
     [("TSMC", "supplies", "Broadcom")], [("Broadcom", "supplies", "TSMC"), ("TSMC", "uses", "5nm chips")]),
    ("building-a-named-machine-makes-it", "en", "HPE will build the Astra supercomputer for Sandia.",
     [("HPE", "manufactures", "Astra supercomputer")], []),
    ("both-directions-said-plainly", "en", "Nvidia shipped thousands of GPUs to Lambda. Nvidia also agreed to rent its own chips from Lambda.",
     [("Nvidia", "supplies", "Lambda"), ("Lambda", "supplies", "Nvidia")], []),
    ("model-code-filed-under-another", "en", "Quorvane Labs will buy 20,000 of AMD's Instinct MI450X accelerators.",
     [("AMD", "manufactures", "Instinct MI450X")], []),
    # --- 'X comme fournisseur(s)': the verb's object supplies its subject ------------------------
    ("chosen-as-suppliers", "fr", "Veltrix a retenu Samsung et SK Hynix comme fournisseurs de mémoire HBM.",
     [("Samsung", "supplies", "Veltrix"), ("SK Hynix", "supplies", "Veltrix")],
     [("Veltrix", "supplies", "Samsung"), ("Veltrix", "supplies", "SK Hynix")]),
    ("chosen-as-supplier", "fr", "Halden a choisi Kestrel comme fournisseur de ses puces modem.",
     [("Kestrel", "supplies", "Halden")], [("Halden", "supplies", "Kestrel")]),
    ("chosen-as-foundry", "fr", "Halden a retenu Kestrel comme fondeur pour ses puces modem.",
     [("Kestrel", "supplies", "Halden")], [("Halden", "supplies", "Kestrel")]),
    # --- a fronted participle names whom the goods are made for ----------------------------------
    ("fronted-made-for", "en", "Made by Kestrel Foundry for Halden Systems, the P7 chip will ship next year.",
     [("Kestrel Foundry", "supplies", "Halden Systems"), ("Kestrel Foundry", "manufactures", "P7")], []),
    ("fronted-made-for", "fr", "Gravée en 3 nm par TSMC pour Norsilica, la puce N7 arrivera en septembre.",
     [("TSMC", "supplies", "Norsilica")], [("Norsilica", "supplies", "TSMC")]),
    # --- an unknown name whose first word is also a word opens the sentence ----------------------
    ("dictionary-word-opens-a-name", "fr", "Brio Memory fournit des puces à Halden Systems.",
     [("Brio Memory", "supplies", "Halden Systems")], []),
    # --- a foundry entrusted with a chip supplies it; no order unless units are counted ------------
    ("foundry-contracted-no-order", "en", "Halden has contracted TSMC to manufacture its P7 processors.",
     [("TSMC", "supplies", "Halden")], [("Halden", "ordered", "P7")]),
    ("foundry-asked-for-units-orders", "en", "Halden asked TSMC to make 40,000 more P7 processors.",
     [("TSMC", "supplies", "Halden"), ("Halden", "ordered", "P7", {"quantity": 40000})], []),
    # --- a company equipping its own machines with a vendor's chips uses them --------------------
    ("equipping-its-own-servers", "fr", "Veltrix équipera ses serveurs avec les processeurs Epyc d'AMD.",
     [("Veltrix", "uses", "EPYC")], [("Veltrix", "supplies", "AMD"), ("Veltrix", "supplies", "EPYC")]),
    # --- a description by home town or epithet before the company is named -------------------------
    ("home-town-before-any-name", "fr", "La firme de Cupertino a commandé des puces modem à Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], []),
    ("home-town-before-any-name", "en", "The Veldhoven-based company will ship three EUV machines to Intel.",
     [("ASML", "supplies", "Intel")], []),
    ("epithet-before-any-name", "fr", "La marque à la pomme achète ses modems à Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], []),
    ("home-town-of-several-companies", "fr", "Le groupe de Santa Clara a commandé des puces à Samsung.",
     [], [("Samsung", "supplies", "Nvidia"), ("Samsung", "supplies", "Intel")]),
    # --- 'stuck with X as its maker': the company of the verb's preposition is the noun's ------------
    ("stuck-with-as-its-maker", "en", "For years, Halden has stuck with TSMC as the sole manufacturer of its P7 processors.",
     [("TSMC", "supplies", "Halden"), ("TSMC", "manufactures", "P7")], [("Halden", "supplies", "TSMC")]),
    # --- 'X said it will ...': a name in a later clause of its own does not bar 'it' from X ----------
    ("pronoun-and-its-name-in-a-later-clause", "en",
     "Samsung said it will ship HBM4 to AMD once Samsung's new line in Pyeongtaek starts.",
     [("Samsung", "delivered", "AMD"), ("Samsung", "supplies", "AMD")], []),
    # --- a chipmaker making what goes into another company's device supplies that company ----------
    ("chips-for-a-device", "en", "AMD makes the chips for Sony's PlayStation 5 and Microsoft's Xbox Series X.",
     [("AMD", "supplies", "Sony"), ("AMD", "supplies", "Microsoft")],
     [("AMD", "manufactures", "PlayStation 5"), ("AMD", "manufactures", "Xbox Series X")]),
    ("chips-for-a-device", "fr", "AMD fabrique les puces de la PS5 et de la Xbox.",
     [("AMD", "supplies", "Sony"), ("AMD", "supplies", "Microsoft")],
     [("AMD", "manufactures", "PS5"), ("AMD", "manufactures", "Xbox")]),
    # --- orders attracted or drawn by a seller, or by its line --------------------------------------
    ("attracted-orders", "en", "Powerchip's 40nm line has attracted orders from Realtek and Novatek.",
     [("Powerchip", "supplies", "Realtek"), ("Powerchip", "supplies", "Novatek")], [("Realtek", "supplies", "Powerchip")]),
    ("attracted-orders", "fr", "Le fondeur Powerchip a attiré des commandes de Realtek.",
     [("Powerchip", "supplies", "Realtek")], [("Realtek", "supplies", "Powerchip")]),
    # --- orders received: the receiver's possessive does not make it the buyer ----------------------
    ("received-its-orders", "en", "Norsilica received its first orders for hybrid bonders from Micron.",
     [("Norsilica", "supplies", "Micron"), ("Micron", "ordered", "hybrid bonders")],
     [("Micron", "supplies", "Norsilica"), ("Norsilica", "ordered", "hybrid bonders")]),
    ("received-its-orders", "fr", "Norsilica a reçu ses premières commandes de Micron.",
     [("Norsilica", "supplies", "Micron")], [("Micron", "supplies", "Norsilica")]),
    ("order-in-a-relative-clause", "en", "It is the largest contract Amkor has won from Apple.",
     [("Amkor", "supplies", "Apple")], [("Apple", "supplies", "Amkor")]),
    ("order-in-a-relative-clause", "fr", "C'est un contrat que Norsilica vient de remporter auprès de Renault.",
     [("Norsilica", "supplies", "Renault")], [("Renault", "supplies", "Norsilica")]),
    ("order-in-a-relative-clause", "en", "The order, which ASML received from Intel last month, covers five EUV tools.",
     [("ASML", "supplies", "Intel")], [("Intel", "supplies", "ASML"), ("Intel", "delivered", "ASML")]),
    # --- a clitic object is the company the article is about, none of the sentence's subjects -------
    ("clitic-object", "fr", "Huawei dépend des Américains. Qualcomm lui fournit des modems, tandis que Xilinx lui vend des puces.",
     [("Qualcomm", "supplies", "Huawei"), ("Xilinx", "supplies", "Huawei")], [("Xilinx", "supplies", "Qualcomm")]),
    ("clitic-object-again", "fr", "Huawei dépend des Américains. Qualcomm lui fournit des modems. Xilinx lui vend des puces.",
     [("Qualcomm", "supplies", "Huawei"), ("Xilinx", "supplies", "Huawei")], [("Xilinx", "supplies", "Qualcomm")]),
    ("clitic-object-previous-subject", "fr", "Apple a choisi TSMC. Le fondeur lui livrera des puces A20.",
     [("TSMC", "supplies", "Apple")], []),
    ("clitic-object-named-before", "fr", "Kioxia veut renouer avec Lenovo et lui vendre ses SSD.",
     [("Kioxia", "supplies", "Lenovo")], [("Kioxia", "supplies", "Kioxia")]),
    ("clitic-of-a-participle", "fr", "Seul GlobalFoundries a signé un accord avec AMD lui permettant de graver les puces Zen 6.",
     [("GlobalFoundries", "supplies", "AMD")], [("AMD", "supplies", "GlobalFoundries")]),
    ("strong-pronoun-not-clitic", "fr", "Nvidia a choisi TSMC pour ses puces Rubin. Elle devrait encore faire appel à lui pour ses puces Feynman.",
     [("TSMC", "supplies", "Nvidia")], [("Nvidia", "supplies", "TSMC")]),
    # --- a list of names before a relational noun -------------------------------------------------
    ("names-before-supplier", "en", "Novatek is also a major Vivo, Honor and Lenovo supplier.",
     [("Novatek", "supplies", "Vivo"), ("Novatek", "supplies", "Honor"), ("Novatek", "supplies", "Lenovo")], []),
    ("names-before-supplier", "en", "Kestrel, a key Lumio and Ardent supplier, reported higher sales.",
     [("Kestrel", "supplies", "Lumio"), ("Kestrel", "supplies", "Ardent")], []),
    # --- made at a foundry, in a passive or a participle --------------------------------------------
    ("made-at-a-foundry", "en", "Halden's automotive chips will be fabricated at TSMC.",
     [("TSMC", "supplies", "Halden")], [("Halden", "supplies", "TSMC")]),
    ("made-at-a-foundry", "fr", "La console utilise un APU AMD gravé en 7 nm chez le fondeur TSMC.",
     [("TSMC", "supplies", "AMD")], [("AMD", "supplies", "TSMC")]),
    ("made-at-a-foundry", "en", "Apple makes its chips at TSMC.", [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("made-at-a-loss", "en", "Veltrix said the first chips were produced at a loss.", [], [("Veltrix", "manufactures", "chips")]),
    # --- a service handed out is supplied, with no product ------------------------------------------
    ("outsourced-service", "en", "Veltrix will outsource the packaging to SPIL.",
     [("SPIL", "supplies", "Veltrix")], [("Veltrix", "supplies", "SPIL")]),
    ("handed-its-business", "en", "Intel handed its NAND business to SK Hynix.",
     [], [("SK Hynix", "supplies", "Intel"), ("Intel", "delivered", "SK Hynix"), ("Intel", "ordered", "NAND")]),
    # --- supplying a part of another company's product supplies that company ------------------------
    ("part-of-a-product", "fr", "C'est Texas Instruments qui fournirait la nouvelle puce de Xiaomi.",
     [("Texas Instruments", "supplies", "Xiaomi", {"status": "rumoured"})], []),
    ("part-of-a-product", "en", "Avnet supplies Intel's processors.", [], [("Avnet", "supplies", "Intel")]),
    # --- 'la Pomme', the French press's name for Apple --------------------------------------------------
    ("la-pomme", "fr", "TSMC fournit à la Pomme ses puces A18.",
     [("TSMC", "supplies", "Apple")], [("TSMC", "supplies", "Pomme")]),
    ("la-pomme", "fr", "La Pomme a commandé des modems à Qualcomm. Il a mangé une pomme.",
     [("Qualcomm", "supplies", "Apple")], [("Qualcomm", "supplies", "Pomme")]),
    # --- a deal to buy a company is no supply --------------------------------------------------------
    ("deal-for-a-takeover", "fr", "Veltrix a trouvé un accord avec Norsilica portant sur l'acquisition de cette dernière.",
     [], [("Norsilica", "supplies", "Veltrix"), ("Veltrix", "supplies", "Norsilica")]),
    ("deal-for-goods-still-a-supply", "fr", "Tesla a signé un accord avec Samsung pour l'achat de puces AI6.",
     [("Samsung", "supplies", "Tesla"), ("Tesla", "ordered", "AI6")], []),
    # --- 'the iPhone maker' names the lexicon's maker of the product, named before or not -------------
    ("maker-of-a-named-product", "en", "Kestrel won new contracts from the iPhone maker.",
     [("Kestrel", "supplies", "Apple")], [("Apple", "supplies", "Kestrel")]),
    ("maker-of-a-named-product", "fr", "Le fabricant de l'iPhone achète ses modems à Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], []),
    # --- a supply the pair model reads takes the status of the clause that holds both names ----------
    ("learned-pair-negated", "fr", "HP n'achètera pas les mémoires flash du coréen SK Hynix.",
     [("SK Hynix", "supplies", "HP", {"status": "denied"})], []),
    # --- orders of a process node: its chips; the seller, if the text leaves it, the one foundry named ---
    ("node-orders", "en", "Broadcom placed 3nm orders with TSMC.",
     [("Broadcom", "ordered", "3nm chips"), ("TSMC", "supplies", "Broadcom")], [("Broadcom", "supplies", "TSMC")]),
    ("node-orders", "en", "Veltrix has booked 7nm capacity at TSMC for next year.",
     [("Veltrix", "ordered", "7nm chips"), ("TSMC", "supplies", "Veltrix")], []),
    ("node-orders", "fr", "Broadcom a augmenté ses commandes en 5 nm chez TSMC.",
     [("Broadcom", "ordered", "5nm chips"), ("TSMC", "supplies", "Broadcom")], []),
    ("node-orders-implicit-foundry", "en",
     "UMC expects its 28nm lines to be full. Orders for 28nm have ramped up with orders from Realtek and Novatek.",
     [("Realtek", "ordered", "28nm chips"), ("UMC", "supplies", "Realtek"), ("UMC", "supplies", "Novatek")], []),
    ("node-orders-two-foundries", "en",
     "TSMC and Samsung expect demand to grow. Orders for 3nm have ramped up with orders from AMD.",
     [("AMD", "ordered", "3nm chips")], [("TSMC", "supplies", "AMD"), ("Samsung", "supplies", "AMD")]),
    # --- 'ce dernier', 'celle-ci': the company named last, even where the parser left the verb no subject ---
    ("latter-pronoun-subject", "fr", "Apple a signé un accord avec TSMC. Ce dernier fournit des puces à Dell et à HP.",
     [("TSMC", "supplies", "Dell"), ("TSMC", "supplies", "HP")], [("Apple", "supplies", "Dell")]),
    ("latter-pronoun-subject", "fr", "Apple a signé un accord avec TSMC. Celui-ci fournit des puces à Dell.",
     [("TSMC", "supplies", "Dell")], [("Apple", "supplies", "Dell")]),
    ("latter-pronoun-subject", "fr", "Lenovo a choisi Samsung. Celle-ci livrera ses premiers modules à Dell en mars.",
     [("Samsung", "delivered", "Dell")], [("Lenovo", "delivered", "Dell")]),
    ("latter-pronoun-and-clitic", "fr", "Amazon discute avec Micron. Cette dernière pourrait lui vendre des mémoires HBM.",
     [("Micron", "supplies", "Amazon", {"status": "rumoured"})], [("Amazon", "supplies", "Micron")]),
    ("latter-adjective-of-a-noun", "fr", "TSMC a livré ce dernier trimestre des puces à Apple.",
     [("TSMC", "delivered", "Apple")], []),
    # --- the relational noun as the subject of a copula: 'X's largest customer is Y' ----------------------
    ("copula-customer-subject", "en", "Kestrel's largest customer is Apple.", [("Kestrel", "supplies", "Apple")], [("Apple", "supplies", "Kestrel")]),
    ("copula-supplier-subject", "en", "The main suppliers of Veltrix are Dow Chemical and JSR.",
     [("Dow Chemical", "supplies", "Veltrix"), ("JSR", "supplies", "Veltrix")], [("Veltrix", "supplies", "Dow Chemical")]),
    ("copula-customer-subject", "fr", "Les principaux clients de Norsilica sont Renault et Valeo.",
     [("Norsilica", "supplies", "Renault"), ("Norsilica", "supplies", "Valeo")], [("Renault", "supplies", "Norsilica")]),
    ("copula-supplier-subject", "fr", "Le principal fournisseur de Renault est Valeo.", [("Valeo", "supplies", "Renault")], [("Renault", "supplies", "Valeo")]),
    ("copula-customer-no-name", "en", "Kestrel's largest customer is expected to grow.", [], [("Kestrel", "supplies", "Kestrel")]),
    # --- 'whose' stands for the company its relative clause hangs on --------------------------------------
    ("relative-possessive", "en", "Veltrix, whose customers include Intel and Micron, reported record sales.",
     [("Veltrix", "supplies", "Intel"), ("Veltrix", "supplies", "Micron")], [("Intel", "supplies", "Veltrix")]),
    ("relative-possessive", "en", "Kestrel, whose largest customer is Apple, raised its prices.",
     [("Kestrel", "supplies", "Apple")], [("Apple", "supplies", "Kestrel")]),
    # --- 'take over' buys a company; 'taking the orders from X', 'taking LLMs out of the cloud' do not ------
    ("own-take-over", "en", "Kestrel took over Norsilica in 2021.", [("Kestrel", "parent_of", "Norsilica")], []),
    ("take-without-over", "en", "Wistron has won most of the server orders of Dell and HP, taking them from Quanta.",
     [("Wistron", "supplies", "Dell"), ("Wistron", "supplies", "HP")], [("Wistron", "parent_of", "Dell")]),
    ("take-without-over", "en", "Hailo wants to bring AI to PCs, taking LLMs out of the cloud.", [], [("Hailo", "parent_of", "LLMs")]),
    # --- a name no list knows opening the sentence, parsed as a common noun, or after its trade ------------
    ("initial-unknown-name", "en", "Veltrix took over Norsilica in 2021.", [("Veltrix", "parent_of", "Norsilica")], []),
    ("trade-before-name", "en", "Foundry Norsilica will make chips for Quorvane.", [("Norsilica", "supplies", "Quorvane")], []),
    ("trade-before-name", "en", "Chipmaker Quorvane signed a deal with Nvidia for HBM controllers.",
     [("Quorvane", "supplies", "Nvidia")], [("Chipmaker Quorvane", "supplies", "Nvidia")]),
    # --- the company that warns, reveals or discloses what others trade is no party of it ------------------
    ("speaker-no-party", "en", "Intel warned that Dell would buy fewer chips from AMD.",
     [("AMD", "supplies", "Dell")], [("Intel", "supplies", "Dell")]),
    # --- a name no list knows completing a product noun is the company whose goods they are ---------------
    ("vendor-of-goods", "fr", "Les puces de Quorvane sont gravées par Norsilica.", [("Norsilica", "supplies", "Quorvane")], []),
    ("vendor-of-goods", "fr", "Le fondeur Norsilica fabriquera les puces de Quorvane.",
     [("Norsilica", "supplies", "Quorvane", {"status": "planned"})], [("Quorvane", "supplies", "Norsilica")]),
    ("vendor-of-goods", "en", "The chips of Quorvane are made by Norsilica.", [("Norsilica", "manufactures", "Quorvane chips")], []),
    ("vendor-of-goods", "en", "Intel sells the NAND memory of Dalian.", [], [("Intel", "supplies", "Dalian")]),
    ("entrusted-production", "fr", "Quorvane a confié la production de ses puces à Norsilica.", [("Norsilica", "supplies", "Quorvane")], []),
    ("vendor-of-goods", "fr", "Intel vend la mémoire NAND de Dalian.", [], [("Intel", "supplies", "Dalian"), ("Dalian", "manufactures", "NAND memory")]),
    # --- an apposition after a comma that the parser took for a list's second item ------------------------
    ("comma-apposition", "fr", "Norsilica, fournisseur de Keltronix, a augmenté ses prix.", [("Norsilica", "supplies", "Keltronix")], []),
    ("comma-apposition", "fr", "Apple, Samsung et les fournisseurs de Keltronix ont protesté.", [],
     [("Apple", "supplies", "Keltronix"), ("Samsung", "supplies", "Keltronix")]),
    # --- 'passer commande de P auprès de X', where the parser hangs the seller on the goods -----------------
    ("order-seller-on-goods", "fr", "Le groupe Keltronix a passé commande de 200 machines auprès de Norsilica.",
     [("Norsilica", "supplies", "Keltronix"), ("Keltronix", "ordered", "Norsilica machines", {"quantity": 200})],
     [("Keltronix", "supplies", "Norsilica")]),
    ("order-seller-on-goods", "en", "Keltronix placed an order for 200 tools with Norsilica.",
     [("Norsilica", "supplies", "Keltronix"), ("Keltronix", "ordered", "Norsilica tools", {"quantity": 200})],
     [("Keltronix", "supplies", "Norsilica")]),
    # --- a sentence opening on a name no list knows is parsed as one about a known company ------------------
    ("opening-unknown-name", "fr", "Norsilica compte Renault et Valeo parmi ses clients.",
     [("Norsilica", "supplies", "Renault"), ("Norsilica", "supplies", "Valeo")], []),
    ("opening-unknown-name", "fr", "Norsilica négocie avec Renault pour lui livrer des puces.",
     [("Norsilica", "supplies", "Renault", {"status": "planned"})], [("Renault", "supplies", "Norsilica")]),
    ("opening-unknown-name", "fr", "Jensen Huang dirige Nvidia. Huang a dit que Veltrix fournirait Nvidia.",
     [("Veltrix", "supplies", "Nvidia")], [("Huang", "supplies", "Nvidia")]),
    ("opening-unknown-name", "en", "Funnily enough, Veltrix will supply Nvidia.",
     [("Veltrix", "supplies", "Nvidia")], [("Funnily", "supplies", "Nvidia")]),
    # --- a wire dateline before the first name is not part of it ---------------------------------------------
    ("dateline", "en", "SALEM, Ore.--Norsilica will supply Keltronix with memory for its next console.",
     [("Norsilica", "supplies", "Keltronix")], [("Ore.--Norsilica", "supplies", "Keltronix")]),
    ("dateline", "en", "Portland, Ore. \u2014 Norsilica Inc., a maker of NOR flash, will supply Keltronix with chips.",
     [("Norsilica", "supplies", "Keltronix")], [("Ore. - Norsilica", "supplies", "Keltronix")]),
    # --- product types no family list names: power devices, panels, FPGAs --------------------------------------
    ("type-goods", "en", "Keltronix has placed an order with chipmaker Norsilica for automotive IGBTs worth $16 million.",
     [("Norsilica", "supplies", "Keltronix"), ("Keltronix", "ordered", "IGBT")], [("Keltronix", "supplies", "Norsilica")]),
    ("type-goods", "fr", "Keltronix a signé un contrat avec Norsilica pour acheter des dalles OLED.",
     [("Norsilica", "supplies", "Keltronix"), ("Keltronix", "ordered", "OLED panel")], []),
    # --- the users of a product called its customers buy it from its maker ------------------------------------
    ("customers-use", "en", "Norsilica's sensors are used by customers such as Keltronix and Quorvane.",
     [("Norsilica", "supplies", "Keltronix"), ("Norsilica", "supplies", "Quorvane")], []),
    ("customers-use", "fr", "Les capteurs de Sony sont utilisés par des clients comme Keltronix et Quorvane.",
     [("Sony", "supplies", "Keltronix"), ("Sony", "supplies", "Quorvane")], []),
    ("customers-use", "en", "Norsilica's sensors are used by Keltronix and Quorvane.",  # users, not said to buy
     [("Keltronix", "uses", "Norsilica sensors")], [("Norsilica", "supplies", "Keltronix")]),
    # --- a purchase its buyer announces, from the sellers it names ----------------------------------------------
    ("announced-purchase", "en", "Keltronix has disclosed tool purchases from Norsilica and Quorvane worth $36 million.",
     [("Norsilica", "supplies", "Keltronix"), ("Quorvane", "supplies", "Keltronix"), ("Keltronix", "ordered", "Norsilica tools")],
     [("Keltronix", "supplies", "Norsilica"), ("Norsilica", "ordered", "equipment")]),
    ("announced-purchase", "en", "Keltronix announced the purchase of etch tools from Norsilica for $40 million.",
     [("Norsilica", "supplies", "Keltronix")], [("Keltronix", "supplies", "Norsilica")]),
    # --- goods for the products of a named company: that company is the customer ----------------------------------
    ("supply-for-owner", "fr", "Norsilica fournira des composants 3G pour les terminaux de Keltronix.",
     [("Norsilica", "supplies", "Keltronix")], [("Keltronix", "supplies", "Norsilica")]),
    ("supply-for-owner", "en", "Norsilica will supply chips for the handsets of Keltronix.",
     [("Norsilica", "supplies", "Keltronix")], [("Keltronix", "supplies", "Norsilica")]),
    # --- buying a company's product is no takeover of the company --------------------------------------------------
    ("purchase-of-product", "fr", "Renault confirme l'acquisition des serveurs de Bull pour son centre de calcul.",
     [("Bull", "supplies", "Renault"), ("Renault", "ordered", "Bull servers")], [("Renault", "parent_of", "Bull")]),
    ("purchase-of-product", "fr", "Keltronix a finalisé l'acquisition de 80 % de Norsilica.",
     [("Keltronix", "parent_of", "Norsilica")], [("Norsilica", "supplies", "Keltronix")]),
    # --- a model no list knows, named beside a product noun, then alone: its foundry supplies its designer --------
    ("unknown-model", "en", "Keltronix unveiled its Orvex 7 chip. Samsung will manufacture the Orvex 7 on its 3nm process.",
     [("Keltronix", "manufactures", "Orvex 7"), ("Samsung", "manufactures", "Orvex 7"), ("Samsung", "supplies", "Keltronix")],
     [("Keltronix", "supplies", "Samsung")]),
    ("unknown-model", "fr", "Keltronix a dévoilé lundi sa puce Orvex 7, gravée en 3 nm. Samsung fabriquera l'Orvex 7 en 3 nm.",
     [("Samsung", "manufactures", "Orvex 7"), ("Samsung", "supplies", "Keltronix")], []),
    ("unknown-model", "en", "New Norsilica Chip Could Herald Cheaper Phones. For Norsilica customers like Keltronix, it comes at a good time.",
     [("Norsilica", "supplies", "Keltronix")], [("Keltronix", "uses", "Norsilica")]),  # a headline's capitals name no model
    # --- a deal to develop something that is no product is no supply deal ------------------------------------------
    ("develop-deal", "en", "Keltronix has inked a deal with electronics manufacturer Norsilica to develop autonomous vehicle platforms.",
     [], [("Norsilica", "supplies", "Keltronix"), ("Keltronix", "supplies", "Norsilica")]),
    ("develop-deal", "en", "Keltronix signed a deal with Norsilica to develop and supply memory chips.",
     [("Norsilica", "supplies", "Keltronix")], []),
    # --- selling shares or a joint venture is no supply ------------------------------------------------------------
    ("sell-stake", "en", "Keltronix and Norsilica would sell 3% of their Quorvane shares to Samsung before the merger.",
     [], [("Keltronix", "supplies", "Samsung"), ("Norsilica", "supplies", "Samsung")]),
    ("sell-stake", "fr", "Keltronix et Infineon vendent leur joint-venture commune à Bosch.",
     [], [("Keltronix", "supplies", "Bosch"), ("Infineon", "supplies", "Bosch")]),
    # --- 'fournisseurs de X, comme A ou B': a list after the noun, not the noun 'comme fournisseurs' ---------------
    ("suppliers-like", "fr", "D'autres fournisseurs de Kelvor, comme Dravex ou Norsilica, sont concernés.",
     [("Dravex", "supplies", "Kelvor"), ("Norsilica", "supplies", "Kelvor")], [("Kelvor", "supplies", "Dravex")]),
    # --- made for a company's product no list knows: the company is the customer -------------------------------
    ("made-for-product", "en", "Norsilica produced memory chips for Nintendo's Gamebox.",
     [("Norsilica", "supplies", "Nintendo")], [("Norsilica", "supplies", "Gamebox")]),
    # --- 'faire fabriquer ... auprès de X': X makes for the client ----------------------------------------------
    ("causative-aupres", "fr", "Keltronix fait fabriquer ses puces auprès de Norsilica.",
     [("Norsilica", "supplies", "Keltronix")], [("Keltronix", "supplies", "Norsilica")]),
    # --- orders told from the seller's side: placed by the buyer, received by the seller -----------------------
    ("orders-placed-by", "en", "Veltrix has grabbed most of the sensor orders placed by Aramon for its next phone.",
     [("Veltrix", "supplies", "Aramon"), ("Aramon", "ordered", "sensor")], [("Aramon", "supplies", "Veltrix")]),
    ("order-received", "fr", "La prochaine commande que TSMC recevra d'Apple portera sur des puces M7.",
     [("TSMC", "supplies", "Apple", {"status": "planned"})], [("Apple", "delivered", "TSMC"), ("Apple", "supplies", "TSMC")]),
    ("order-received", "fr", "La commande que TSMC recevra d'Apple ne concernera plus les puces M7.",
     [("TSMC", "supplies", "Apple", {"status": "planned"})], []),  # the order is still told, only its goods change
    ("order-received", "en", "Orders received by Norsilica from Aramon this month have doubled.",
     [], [("Aramon", "delivered", "Norsilica"), ("Aramon", "supplies", "Norsilica")]),
    ("orders-handed", "en", "Last year Aramon handed over part of its image sensor orders to TSMC.",
     [("TSMC", "supplies", "Aramon")], [("Aramon", "delivered", "TSMC"), ("Aramon", "supplies", "TSMC")]),
    # --- 'counts X among its customers', whatever the parser attached 'among' to; 'counts on X' --------------------
    ("count-among", "en", "Tokyo Electron, which counts Korea's Samsung and Taiwan's TSMC among its clients, posted lower sales.",
     [("Tokyo Electron", "supplies", "Samsung"), ("Tokyo Electron", "supplies", "TSMC")],
     [("Samsung", "supplies", "Tokyo Electron"), ("TSMC", "supplies", "Tokyo Electron")]),
    ("count-among", "en", ("Analysts said Norsilica has 40% of the market for photoresists and counts Veltrix, Aramon Corp and "
                           "Quillon among its customers."),  # the parser hangs the list on 'said': never 'counts on'
     [], [("Veltrix", "supplies", "Norsilica"), ("Aramon Corp", "supplies", "Norsilica")]),
    ("count-on", "en", "Veltrix counts on Norsilica for its silicon wafers.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),
    # --- asked, required, persuaded to supply or to make: the one asked works for the one who asks ----------------
    ("required-to-supply", "en", "Aramon required its contract makers Quillon and Pardex to supply more DRAM parts for PCs.",
     [("Quillon", "supplies", "Aramon"), ("Pardex", "supplies", "Aramon")], [("Aramon", "supplies", "Quillon")]),
    ("persuaded-to-make", "en", "Apple persuaded Samsung to manufacture its new modem chip.",
     [("Samsung", "supplies", "Apple")], [("Apple", "manufactures", "modem chip")]),
    ("persuaded-to-make", "fr", "Apple a convaincu Samsung de fabriquer sa nouvelle puce modem.",
     [("Samsung", "supplies", "Apple")], [("Apple", "manufactures", "modem chip")]),
    # --- making someone else's chips: 'most of X's chips', 'puces X' made in 'its fabs' ---------------------------
    ("make-part-of", "en", "Tower said it would fabricate most of Aramon's sensor chips for cars.",
     [("Tower Semiconductor", "supplies", "Aramon")], [("Aramon", "supplies", "Tower Semiconductor")]),
    ("fabs-make", "en", "Intel said its fabs would soon produce Qualcomm chips.",
     [("Intel", "supplies", "Qualcomm"), ("Intel", "manufactures", "Qualcomm chips")], []),
    ("fabs-make", "fr", "Intel a fait savoir que ses usines produiront des puces Qualcomm dès 2026.",
     [("Intel", "supplies", "Qualcomm")], [("Qualcomm", "supplies", "Intel")]),
    # --- a deal to supply: whoever holds the deal supplies ------------------------------------------------------
    ("deal-to-supply", "en", "Quorvane is reported to have secured a deal to supply camera chips to Nokia, the phone maker.",
     [("Quorvane", "supplies", "Nokia", {"product": "camera chips"})], []),
    ("companies-to-source", "en", "Tight supply has prompted phone makers such as HTC and Asus to source sensors from OmniVision.",
     [("OmniVision", "supplies", "HTC"), ("OmniVision", "supplies", "ASUS")], []),
    # --- a customer in apposition, an adverb before it -----------------------------------------------------------
    ("customer-appos", "fr", "Valeo, qui fournit en particulier Renault, le numéro deux des constructeurs, en capteurs, reste prudent.",
     [("Valeo", "supplies", "Renault")], []),
    ("customer-appos", "fr", "Selon nos confrères de La Tribune, le calculateur sera fourni par HPE.",
     [], [("HPE", "supplies", "La Tribune"), ("HPE", "supplies", "Tribune")]),  # the passive subject is no customer
    # --- replacing a supplier: the subject is the new one ---------------------------------------------------------
    ("replaced-as-supplier", "en", "Samsung replaced TSMC as Apple's modem chip supplier.",
     [("Samsung", "supplies", "Apple"), ("TSMC", "supplies", "Apple")], [("TSMC", "supplies", "Samsung")]),
    ("replaced-as-supplier", "en", "Nvidia has replaced Intel as the laptop's graphics chip supplier.",
     [], [("Intel", "supplies", "Nvidia")]),
    ("replaced-as-supplier", "fr", "Samsung a remplacé TSMC comme fournisseur de puces d'Apple.",
     [("Samsung", "supplies", "Apple"), ("TSMC", "supplies", "Apple")], [("TSMC", "supplies", "Samsung")]),
    # --- French: a participle's buyer, a delivery stopped to 'le chinois X', a device that goes with the goods -------
    ("ordered-participle", "fr", "MediaTek voudrait réduire les volumes commandés auprès de TSMC pour sa puce haut de gamme.",
     [("TSMC", "supplies", "MediaTek")], [("MediaTek", "supplies", "TSMC")]),
    ("deliveries-to", "fr", "Le groupe allemand Infineon a suspendu ses livraisons au chinois Huawei.",
     [("Infineon", "supplies", "Huawei", {"status": "denied"})], [("Huawei", "supplies", "Infineon")]),
    ("customers-device", "fr", "Bosch livrerait la moitié des capteurs de mouvement du nouvel iPhone d'Apple.",
     [("Bosch", "supplies", "Apple", {"product": "sensors"})], []),
    ("powers-device", "fr", "Selon Digitimes, Intel motorisera la prochaine Galaxy Tab de Samsung.",
     [("Intel", "supplies", "Samsung")], [("Intel", "supplies", "Galaxy Tab")]),
    ("chosen-passive", "fr", "Norsilica a été choisi par Apple pour fournir ses modems.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "supplies", "Norsilica")]),
    ("chosen-passive", "en", "Norsilica was chosen by Apple to supply its modem chips.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "manufactures", "modem chips")]),
    ("goods-named", "fr", "La société taïwanaise Wistron, sous-traitant de Nvidia, a expédié 20 000 serveurs DGX B200.",
     [("Wistron", "supplies", "Nvidia")], [("Wistron", "delivered", "Nvidia")]),  # Nvidia's servers, not shipped to it
    ("subject-on-auxiliary", "en", ("Realtek and Phison reportedly have landed new controller chip orders for SSDs and USB "
                                    "drives, respectively, from Kioxia."),  # the parser may hang the subject on 'have'
     [("Realtek", "supplies", "Kioxia"), ("Phison", "supplies", "Kioxia")], [("Kioxia", "supplies", "Realtek")]),
    ("for-what-they-build", "en", "Intel will provide a processor for the driving systems that Delphi is developing.",
     [("Intel", "supplies", "Delphi")], []),
    ("for-what-they-build", "en", "Micron will supply memory for the servers that Dell builds.",
     [("Micron", "supplies", "Dell")], []),
    # --- a share of a maker's output is bought from it ------------------------------------------------------------
    ("capacity-share", "en", "Keltronix would take 21% of TSMC's 7nm production next year.",
     [("TSMC", "supplies", "Keltronix")], [("Keltronix", "supplies", "TSMC")]),
    ("capacity-share", "fr", "Apple capterait près de la moitié de la production 2 nm de TSMC.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("capacity-share", "en", "Nvidia won 30% of the market for AI chips.",
     [], [("Nvidia", "ordered", "AI chips")]),  # a share of a market is no purchase
    # --- 'cette filiale de X': the company named whose parent is X ---------------------------------------------
    ("subsidiary-description", "fr", "Apple a choisi LG Innotek. Cette filiale de LG fournit déjà les modules photo de l'iPhone 7 Plus.",
     [("LG Innotek", "supplies", "Apple")], [("Apple", "supplies", "LG Electronics")]),
    # --- session 27: constructions and checks from the phenomena of new real passages ----------------------------
    ("deal-to-supply", "en", "Norsilica has signed a $500 million deal with Veltrix to supply wafers from 2026.",
     [("Norsilica", "supplies", "Veltrix"), ("Veltrix", "ordered", "Norsilica wafers")], [("Veltrix", "supplies", "Norsilica")]),
    ("deal-to-supply", "fr", "Norsilica a signé un accord avec Veltrix pour fournir des plaquettes de 300 mm.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),
    ("deal-to-supply", "en", "Veltrix has signed a supply agreement with Norsilica for 300mm wafers.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),  # the supply noun: the partner
    ("order-bearing-on", "fr", "Veltrix a passé une commande portant sur 40 machines EUV auprès d'ASML.",
     [("Veltrix", "ordered", "EUV lithography machine", {"quantity": 40}), ("ASML", "supplies", "Veltrix")], []),
    ("order-bearing-on", "fr", "ASML a reçu une commande de Veltrix portant sur 40 machines EUV.",
     [("Veltrix", "ordered", "EUV lithography machine"), ("ASML", "supplies", "Veltrix")], []),
    ("list-after-descriptor", "en", "Lasertec booked orders from Rapidus, GlobalFoundries, and memory makers Kioxia and Nanya.",
     [("Lasertec", "supplies", "Nanya"), ("Lasertec", "supplies", "Kioxia"), ("Lasertec", "supplies", "Rapidus")], []),
    ("anaphor-of-another-maker", "en", "Nvidia launched the H20 last year. Veltrix ordered 12,000 processors from Intel.",
     [("Intel", "supplies", "Veltrix")], [("Veltrix", "ordered", "H20")]),  # Intel does not sell Nvidia's H20
    ("made-purchases", "en", "Veltrix made big purchases of Quanta's rack servers last spring.",
     [("Quanta", "supplies", "Veltrix")], [("Veltrix", "supplies", "Quanta")]),
    ("orders-shifted", "en", "Veltrix shifted all AI rack orders from Supermicro to Dell in March.",
     [("Dell", "supplies", "Veltrix")], [("Dell", "supplies", "Supermicro")]),
    ("orders-placed-by", "en", "Orders for photoresist placed by Veltrix rose sharply last year.",
     [("Veltrix", "ordered", "photoresist")], []),
    ("term-abbreviation", "fr", "Norsilica vend des plaquettes de carbure de silicium à haute pureté (HPSI).",
     [], [("Norsilica", "supplies", "HPSI")]),  # the abbreviation of the words before it, not a company
    ("term-abbreviation", "fr", "Pour ses tablettes, Norsilica fournit des dalles à cristaux liquides à matrice active (AMLCD).",
     [], [("Norsilica", "supplies", "AMLCD")]),
    # --- session 28: what real passages stack, pinned by invented sentences ---------------------------------------
    ("status-is-part-of-the-fact", "en", "Veltrix bought two EUV machines from ASML last year. Veltrix is expected to receive a third machine from ASML in 2026.",
     [("ASML", "supplies", "Veltrix", {"status": "asserted"}), ("ASML", "supplies", "Veltrix", {"status": "planned"})], []),
    ("deal-to-supply-both-ways", "en", "Norsilica has signed an agreement with Veltrix to supply HBM3E chips. Norsilica has also agreed to buy Veltrix accelerators in return.",
     [("Norsilica", "supplies", "Veltrix"), ("Veltrix", "ordered", "HBM3E"), ("Veltrix", "supplies", "Norsilica")], []),
    ("demonym-before-name", "fr", "Veltrix a passé une commande de 400 millions de dollars auprès du néerlandais ASML.",
     [("ASML", "supplies", "Veltrix")], []),
    ("demonym-before-name", "fr", "Norsilica livrera des plaquettes au chinois Veltrix.",
     [("Norsilica", "supplies", "Veltrix")], []),
    ("list-with-apposition", "fr", "Lam Research compte parmi ses clients Micron, le premier fabricant américain de puces mémoire, et Intel.",
     [("Lam Research", "supplies", "Micron"), ("Lam Research", "supplies", "Intel"), ("Micron", "manufactures", "memory chips")],
     [("Intel", "manufactures", "memory chips")]),  # the apposition describes the name before it, not the list
    ("list-with-apposition", "fr", "Kestrel vend ses plaquettes à des clients comme Samsung, le premier fabricant de mémoire, ou Micron.",
     [("Kestrel", "supplies", "Samsung"), ("Kestrel", "supplies", "Micron")], []),
    ("system-anaphor", "en", "ASML shipped its first High-NA EUV system to Intel. Veltrix and Norsilica have also ordered these systems.",
     [("Veltrix", "ordered", "High-NA EUV"), ("ASML", "supplies", "Norsilica")], []),
    ("system-anaphor", "fr", "ASML a livré sa première machine EUV High-NA à Intel. Veltrix a aussi commandé ces systèmes.",
     [("Veltrix", "ordered", "High-NA EUV"), ("ASML", "supplies", "Veltrix")], []),
    ("class-after-generation", "en", "Veltrix ordered HBM3E 12-layer DRAM from Samsung.",
     [("Veltrix", "ordered", "HBM3E")], [("Veltrix", "ordered", "DRAM")]),
    ("order-with-purpose", "fr", "Norsilica agrandit son usine de Dresde. Le groupe vient de passer une commande de 900 millions de dollars auprès du néerlandais ASML, afin de se doter de scanners EUV.",
     [("Norsilica", "ordered", "EUV lithography machine", {"supplier": "ASML"}), ("ASML", "supplies", "Norsilica")], []),
    ("device-maker-is-the-customer", "en", "Kestrel supplies image sensors for the iPhone.",
     [("Kestrel", "supplies", "Apple")], []),
    ("device-maker-is-the-customer", "en", "Kestrel made modem chips for early versions of the Pixel 6.",
     [("Kestrel", "supplies", "Google")], []),
    ("device-maker-is-the-customer", "fr", "Norsilica et Kestrel gravaient tous deux des modems pour les premiers modèles de l'iPhone.",
     [("Norsilica", "supplies", "Apple"), ("Kestrel", "supplies", "Apple")], []),
    ("secured-orders-for-tools", "en", "Veltrix took delivery of its first High-NA EUV scanner from ASML in May. Norsilica has also secured orders for the machine.",
     [("Norsilica", "ordered", "High-NA EUV", {"supplier": "ASML"}), ("ASML", "supplies", "Norsilica")], [("Norsilica", "supplies", "ASML")]),
    ("secured-orders-for-tools", "en", "Applied Materials won orders for its deposition tools from TSMC.",
     [("Applied Materials", "supplies", "TSMC")], [("TSMC", "supplies", "Applied Materials")]),  # its own tools: it sells
    ("abbreviation-defined-in-brackets", "en", "Tesla buys chips from Kestrel Devices (KDV). KDV also supplies BMW.",
     [("Kestrel Devices", "supplies", "BMW")], [("KDV", "supplies", "BMW")]),
    ("abbreviation-defined-in-brackets", "fr", "Renault achète des puces à Kestrel Semiconductor (KSC). KSC fournit aussi Stellantis.",
     [("Kestrel Semiconductor", "supplies", "Stellantis")], [("KSC", "supplies", "Stellantis")]),
    ("singular-relative-after-a-list", "fr", "Renault discute avec Bosch et Infineon, qui fournit déjà Stellantis.",
     [("Infineon", "supplies", "Stellantis")], [("Bosch", "supplies", "Stellantis")]),
    ("singular-relative-after-a-list", "en", "Veltrix works with Bosch and Infineon, which supplies Stellantis.",
     [("Infineon", "supplies", "Stellantis")], [("Bosch", "supplies", "Stellantis")]),
    ("singular-relative-after-a-list", "en", "Veltrix works with Bosch and Infineon, which supply Stellantis.",
     [("Infineon", "supplies", "Stellantis"), ("Bosch", "supplies", "Stellantis")], []),  # plural: both
    ("modifiers-named-together", "en", "Kestrel sells silicon carbide wafers to Bosch.",
     [("Kestrel", "supplies", "Bosch", {"product": "SiC wafers"})], []),
    ("evaluative-modifier", "en", "Veltrix now buys critical chips straight from NXP.",
     [("Veltrix", "ordered", "NXP chips")], [("Veltrix", "ordered", "critical chips")]),
    ("possessive-relative", "fr", "Les annonces de Renault, dont Kestrel est un fournisseur majeur de capteurs, ont pesé.",
     [("Kestrel", "supplies", "Renault")], []),
    ("possessive-relative", "fr", "Selon Renault, dont les ventes baissent, Kestrel reste un fournisseur important.",
     [], [("Kestrel", "supplies", "Renault")]),  # the pronoun opens another clause than the noun's
    ("description-and-executive", "en", "Kestrel makes power chips. Its CEO Jean-Marc Chery said sales will grow. The multinational corp also supplies GaN transistors to Ford.",
     [("Kestrel", "supplies", "Ford")], [("Chery", "supplies", "Ford"), ("Its", "supplies", "Ford")]),
    ("description-and-executive", "fr", "Kestrel fabrique des puces de puissance. La multinationale fournit des MOSFET SiC à Tesla.",
     [("Kestrel", "supplies", "Tesla")], []),
    ("work-with-for-goods", "fr", "Stellantis travaille avec Infineon pour ses modules de puissance.",
     [("Infineon", "supplies", "Stellantis")], []),
    ("work-with-for-goods", "fr", "Hyundai vient de s'engager auprès d'Infineon pour ses puces SiC.",
     [("Infineon", "supplies", "Hyundai")], [("Hyundai", "ordered", "SiC chips")]),  # a commitment, no order
    ("work-with-for-goods", "en", "Volkswagen works with onsemi on SiC chips.",
     [("onsemi", "supplies", "Volkswagen")], []),
    ("work-with-for-goods", "fr", "Renault travaille avec Google sur la voiture connectée.",
     [], [("Google", "supplies", "Renault"), ("Renault", "supplies", "Google")]),  # no goods: no supply
    ("verb-a-is-no-preposition", "fr", "Kestrel a indiqué qu'il livrerait des capteurs pour équiper la Model Y de Tesla, un modèle du constructeur qui a déjà choisi l'allemand Infineon pour ce programme.",
     [("Kestrel", "supplies", "Tesla")], [("Kestrel", "supplies", "Infineon")]),
    ("ticker-as-name", "fr", "Selon BofA, STM compte une trentaine de clients pour ses produits, dont BMW et Renault.",
     [("STMicroelectronics", "supplies", "BMW")], [("STM", "supplies", "BMW")]),
    ("slash-pair-in-a-list", "fr", "Kestrel compte parmi ses clients BMW, Kia/Hyundai et Renault.",
     [("Kestrel", "supplies", "Kia"), ("Kestrel", "supplies", "Hyundai"), ("Kestrel", "supplies", "Renault")], []),
    ("name-describing-another", "en", "Kestrel sells inference chips to internet groups like Google parent Alphabet.",
     [("Kestrel", "supplies", "Alphabet")], [("Kestrel", "supplies", "Google")]),
    ("hyphenated-modifier", "en", "Veltrix bought 5,000 liquid-cooled AI servers from Dell.",
     [("Veltrix", "ordered", "liquid-cooled AI servers")], []),
    ("approval-is-no-delivery", "fr", "Apple prépare l'iPhone 17 Air. De son côté, Norsilica n'a reçu qu'une autorisation partielle pour l'iPhone 17 Pro, la validation finale étant toujours attendue en juin.",
     [], [("Apple", "delivered", "Norsilica"), ("Apple", "supplies", "Norsilica")]),  # the parser makes no object of it
    # the pair model's candidates: a rival, two names of one list, a noun said of the subject
    ("pair-not-a-rival", "en", "Norsilica, which competes with its rival Micron in DRAM, was the only supplier of HBM stacks to Nvidia until May.",
     [("Norsilica", "supplies", "Nvidia")], [("Micron", "supplies", "Nvidia")]),
    ("pair-not-a-rival", "fr", "Norsilica, qui affronte son concurrent Micron, reste le principal fournisseur de mémoire HBM de Nvidia.",
     [("Norsilica", "supplies", "Nvidia")], [("Micron", "supplies", "Nvidia")]),
    ("pair-not-within-a-list", "en", "Kestrel sells substrates to clients such as Oracle, Dell, Cisco and, of course, Nvidia.",
     [("Kestrel", "supplies", "Nvidia")], [("Nvidia", "supplies", "Oracle"), ("Nvidia", "supplies", "Dell")]),
    # a maker of goods another company designed makes them for it (a manufacturing verb only)
    ("made-for-its-designer", "en", "Kestrel will manufacture the Tessel X4 accelerators designed by Orvane at its Texas fab.",
     [("Kestrel", "supplies", "Orvane")], [("Orvane", "supplies", "Kestrel")]),
    ("made-for-its-designer", "fr", "Kestrel va graver en 3 nm un nouveau modèle de puces conçu par la start-up Orvane.",
     [("Kestrel", "supplies", "Orvane", {"status": "planned"})], [("Orvane", "supplies", "Kestrel")]),
    ("made-for-its-designer", "en", "Orvane will launch a new phone developed by Kestrel.",
     [], [("Orvane", "supplies", "Kestrel")]),  # launching is no making for the developer
    # a noun phrase that opens the sentence describes the clause's subject
    ("fronted-description", "en", "A longtime supplier of Orvane, Kestrel shipped 5,000 accelerators in May.",
     [("Kestrel", "supplies", "Orvane")], [("Orvane", "supplies", "Kestrel")]),
    ("fronted-description", "fr", "Premier client de Kestrel, Orvane a commandé 5 000 puces H100.",
     [("Kestrel", "supplies", "Orvane"), ("Orvane", "ordered", "H100")], [("Orvane", "supplies", "Kestrel")]),
    # a contract between two companies, one supplying the other named goods in the same sentence, is an order
    ("deal-with-supply-is-order", "en", "Kestrel signed a contract with Orvane to supply it with HBM3E stacks through 2027.",
     [("Kestrel", "supplies", "Orvane"), ("Orvane", "ordered", "HBM3E", {"supplier": "Kestrel"})], []),
    ("deal-with-supply-is-order", "en", "Kestrel, which has a partnership with Orvane, supplies HBM3E to it.",
     [("Kestrel", "supplies", "Orvane")], [("Orvane", "ordered", "HBM3E")]),  # a partnership is no purchase
    # a deal's direction from what its parties are: their descriptions, then their trades
    ("deal-direction-by-description", "fr",
     ("Halvorsen est un groupe suédois. Le fournisseur suédois d'équipements de réseau a signé un contrat de 2 milliards "
      "de dollars avec l'opérateur Marlow."),
     [("Halvorsen", "supplies", "Marlow")], [("Marlow", "supplies", "Halvorsen")]),
    ("deal-direction-by-description", "en", "Battery maker Brio Cells said it has signed a supply agreement with Veltrix Motors.",
     [("Brio Cells", "supplies", "Veltrix Motors")], [("Veltrix Motors", "supplies", "Brio Cells")]),
    ("deal-direction-by-trade", "en", "Ericsson has signed a contract with Orange to upgrade its radio network.",
     [("Ericsson", "supplies", "Orange")], [("Orange", "supplies", "Ericsson")]),
    ("deal-direction-by-trade", "fr", "Samsung SDI a conclu un accord avec Hyundai pour ses batteries.",
     [("Samsung SDI", "supplies", "Hyundai")], [("Hyundai", "supplies", "Samsung SDI")]),
    ("deal-direction-by-trade", "en", "Orvane, the country's biggest chipmaker, renewed its supply deal with Wolfspeed covering silicon carbide wafers.",
     [("Wolfspeed", "supplies", "Orvane")], [("Orvane", "supplies", "Wolfspeed")]),  # 'chipmaker' is what it is, not its side
    ("partnership-of-a-described-supplier", "fr",
     "Le fournisseur cloud Marlow Data étend son partenariat avec Orvane, un accord de 2 milliards d'euros.",
     [("Marlow Data", "supplies", "Orvane")], [("Orvane", "supplies", "Marlow Data")]),
    ("partnership-of-a-described-supplier", "en", "AI cloud provider Marlow expanded its partnership with Orvane in a deal worth $6 billion.",
     [("Marlow", "supplies", "Orvane")], [("Orvane", "supplies", "Marlow")]),
    ("partnership-of-a-described-supplier", "en", "Chip supplier Kestrel announced a partnership with Orvane to develop new software platforms.",
     [], [("Kestrel", "supplies", "Orvane")]),  # a joint development is no supply
    ("partnership-of-a-described-supplier", "fr", "Kestrel a annoncé un partenariat avec Orvane.",
     [], [("Kestrel", "supplies", "Orvane"), ("Orvane", "supplies", "Kestrel")]),
    # who waits for deliveries receives them, later; the goods' vendor ships them
    ("awaited-delivery", "fr", "Nvidia a présenté ses puces H200 en mars. Orvane et Brio sont toujours en attente de livraisons pour leurs commandes de H200.",
     [("Nvidia", "delivered", "Orvane", {"status": "planned"}), ("Nvidia", "delivered", "Brio", {"status": "planned"})],
     [("Orvane", "delivered", "Brio")]),
    ("awaited-delivery", "en", "Nvidia unveiled the H200 in March. Orvane is still waiting for deliveries of its H200 orders.",
     [("Nvidia", "delivered", "Orvane", {"status": "planned"})], [("Orvane", "delivered", "Nvidia")]),
    ("awaited-delivery", "en", "Orvane and Brio will now have to wait until next year to get hold of machines from ASML.",
     [("ASML", "delivered", "Orvane")], [("Orvane", "delivered", "ASML")]),  # waiting to get: the getter receives
    # a company the sentence compares with is no party
    ("compared-is-no-party", "fr", "Kestrel vend ses puces moins cher à Orvane, à l'instar de Nvidia avec ses GPU.",
     [], [("Kestrel", "supplies", "Nvidia")]),
    ("compared-is-no-party", "en", "Unlike Nvidia, Kestrel sells its chips to Orvane.",
     [("Kestrel", "supplies", "Orvane")], [("Kestrel", "supplies", "Nvidia"), ("Nvidia", "supplies", "Orvane")]),
    ("photo-credit-is-no-name", "en",
     ("Kestrel's chief executive shows its new process plan at a trade fair (KTF) 2023 in Texas in June (Courtesy of "
      "Kestrel Electronics) Toronto-based start-up Orvane Inc. has become a foundry client of Kestrel Electronics Co., "
      "the second-largest contract maker."),
     [("Kestrel", "supplies", "Orvane")], [("Kestrel", "supplies", "Courtesy of Kestrel")]),
    ("deal-not-within-one-side", "en",
     "Other clients of Kestrel including Intel and Micron have agreed to sign long-term supply contracts, the sources said.",
     [("Kestrel", "supplies", "Intel"), ("Kestrel", "supplies", "Micron")],
     [("Micron", "supplies", "Intel"), ("Intel", "supplies", "Micron")]),  # two customers are not each other's parties
    # reliance: on a company for revenue makes it the customer; 'faire de X le leader' is no reliance
    ("rely-for-revenue", "fr", "La société Veltrix dépend largement de Orvane pour la moitié de ses ventes.",
     [("Veltrix", "supplies", "Orvane")], [("Orvane", "supplies", "Veltrix")]),
    ("rely-for-revenue", "en", "Veltrix relies on Orvane for most of its revenue.",
     [("Veltrix", "supplies", "Orvane")], [("Orvane", "supplies", "Veltrix")]),
    ("rely-for-revenue", "en", "Veltrix relies on Kestrel for its chips.",
     [("Kestrel", "supplies", "Veltrix")], [("Veltrix", "supplies", "Kestrel")]),  # goods, not revenue
    ("faire-de-is-no-reliance", "fr", "Kestrel fournit ses puces à Marlow, ce qui fait de Veltrix le numéro deux du marché.",
     [("Kestrel", "supplies", "Marlow")], [("Veltrix", "supplies", "Kestrel")]),
    ("faire-de-is-no-reliance", "fr", "Orvane fait appel à Kestrel pour ses puces.",
     [("Kestrel", "supplies", "Orvane")], []),
    # a relative clause after a noun in apposition with a name: its antecedent is the name
    ("relative-after-apposed-noun", "fr", "Nvidia a investi dans Lambda, une plateforme qui lui achète des puces H100.",
     [("Nvidia", "supplies", "Lambda"), ("Lambda", "ordered", "H100")], [("Lambda", "supplies", "Nvidia"), ("Nvidia", "ordered", "H100")]),
    ("relative-after-apposed-noun", "en", "Nvidia invested in Lambda, a platform that buys its H100 chips.",
     [("Nvidia", "supplies", "Lambda")], [("Lambda", "supplies", "Nvidia")]),
    # who is chosen for goods supplies them
    ("chosen-for-goods", "en", "Orvane is switching to Kestrel for its driver-assistance chips.",
     [("Kestrel", "supplies", "Orvane")], [("Orvane", "supplies", "Kestrel")]),
    ("chosen-for-goods", "en", "Orvane picked Kestrel over Brio for its 3nm chips.",
     [("Kestrel", "supplies", "Orvane")], [("Brio", "supplies", "Orvane")]),
    ("chosen-for-goods", "fr", "Orvane a choisi Kestrel pour ses puces d'IA.",
     [("Kestrel", "supplies", "Orvane")], []),
    ("chosen-for-goods", "en", "Orvane chose Kestrel for its board of directors' new award.",
     [], [("Kestrel", "supplies", "Orvane")]),  # no goods: no supply
    ("no-goods-in-aid", "en", "Kestrel will provide technical support and subsidies to Orvane, the ministry said.",
     [], [("Kestrel", "supplies", "Orvane")]),
    ("no-goods-in-aid", "en", "Kestrel said it will provide more funding to Orvane.",
     [], [("Kestrel", "supplies", "Orvane")]),  # funding is no goods
    ("no-goods-in-aid", "fr", "Kestrel a déclaré qu'il fournirait une aide financière à Orvane.",
     [], [("Kestrel", "supplies", "Orvane")]),
    # a pronoun for goods stands for the product its own sentence named before it, not the article's last one
    ("pronoun-goods-in-sentence", "en",
     ("Kestrel launched its KX700 chip in May. Orvane ordered 40,000 VX300 chips from Brio but has received only 9,000 of "
     "them so far."),
     [("Brio", "delivered", "Orvane", {"product": "VX300", "quantity": 9000})], [("Kestrel", "delivered", "Orvane")]),
    ("pronoun-goods-in-sentence", "fr",
     ("Kestrel a lancé sa puce KX700 en mai. Orvane a commandé 40 000 puces VX300 à Brio mais n'a reçu que 9 000 de ces "
     "puces."),
     [("Brio", "delivered", "Orvane", {"product": "VX300", "quantity": 9000})], [("Kestrel", "delivered", "Orvane")]),
    ("pronoun-goods-in-sentence", "en",
     "Nvidia designed the H20 for China. Tencent ordered 50,000 Ascend 910C chips from Huawei but received 20,000 of them.",
     [("Huawei", "delivered", "Tencent", {"product": "Ascend 910C", "quantity": 20000})],
     [("Nvidia", "delivered", "Tencent")]),
    # a participle that names who made the goods one relies on names their supplier
    ("relied-on-goods-made-by", "en", ("Orvane and Brio now depend on home-grown accelerators reportedly fabricated by "
     "Kestrel."), [("Kestrel", "supplies", "Orvane", {"status": "rumoured"}), ("Kestrel", "supplies", "Brio")], []),
    ("relied-on-goods-made-by", "fr", "Orvane s'appuie sur ses propres processeurs d'IA fabriqués par Kestrel.",
     [("Kestrel", "supplies", "Orvane")], []),
    ("relied-on-goods-made-by", "en", "Orvane relies on Kestrel's GPUs for its data centres.",
     [], [("Kestrel", "supplies", "Orvane")]),  # relying on a vendor's chips is using them, not buying them
    ("relied-on-goods-made-by", "en", "Tesla relies on AI chips designed by Nvidia.",
     [], [("Nvidia", "supplies", "Tesla")]),  # designing says nothing of who supplies
    # an order noun after a light verb whose complements the parser hangs on the verb
    ("light-verb-order", "fr", "Tencent aurait passé commande en mai pour 2.000 puces Ascend 910C auprès de Huawei.",
     [("Tencent", "ordered", "Ascend 910C", {"supplier": "Huawei", "quantity": 2000, "status": "rumoured"}),
      ("Huawei", "supplies", "Tencent")], []),
    ("light-verb-order", "en", "Tencent and Baidu renewed their orders for Nvidia's H20 accelerators.",
     [("Tencent", "ordered", "H20", {"supplier": "Nvidia"}), ("Baidu", "ordered", "H20")], []),
    ("light-verb-order", "en", "Quanta has confirmed orders from Meta for AI servers.",
     [], [("Quanta", "ordered", "AI servers"), ("Meta", "supplies", "Quanta")]),  # a seller confirms orders too
    ("light-verb-order", "fr", "Tencent a renouvelé ses commandes de puces H20 auprès de Nvidia.",
     [("Tencent", "ordered", "H20", {"supplier": "Nvidia"})], []),
    # a deal made to supply 'the company' or 'it' with goods: the deal's partner is supplied, and orders them
    ("deal-to-supply-the-partner", "en",
     "Infineon entered a contract with Valeo to provide the company with GaN power modules.",
     [("Infineon", "supplies", "Valeo", {"product": "GaN power modules"}),
      ("Valeo", "ordered", "GaN power modules", {"supplier": "Infineon"})], []),
    ("deal-to-supply-the-partner", "en", "Infineon sold the company to Valeo in 2019.",
     [], [("Infineon", "supplies", "Valeo")]),  # selling a company is no supply
    # names set in apposition after a relational noun and a comma, however the parser attached them
    ("apposed-after-relational-noun", "fr", ("L'annonce profite à HP et à ses deux grands fournisseurs, Quanta et "
     "Compal."), [("Quanta", "supplies", "HP"), ("Compal", "supplies", "HP")], [("HP", "supplies", "HP")]),
    ("apposed-after-relational-noun", "fr", ("Broadcom et ses deux plus gros clients, Google et Meta, ont publié leurs "
     "résultats."), [("Broadcom", "supplies", "Google"), ("Broadcom", "supplies", "Meta")], []),
    ("apposed-after-relational-noun", "en", "The order helps HP and its two main suppliers, Quanta and Compal.",
     [("Quanta", "supplies", "HP"), ("Compal", "supplies", "HP")], []),
    # taking another company's place as a customer: the subject buys, the possessor supplies
    ("replaced-as-customer", "en", "Orvane has replaced Brio as Kestrel's largest customer.",
     [("Kestrel", "supplies", "Orvane")], [("Orvane", "supplies", "Kestrel"), ("Orvane", "supplies", "Brio")]),
    ("replaced-as-customer", "fr", "Xiaomi remplace Oppo comme premier client de MediaTek.",
     [("MediaTek", "supplies", "Xiaomi")], [("Xiaomi", "supplies", "MediaTek"), ("Xiaomi", "supplies", "Oppo")]),
    ("replaced-as-customer", "en", "Samsung replaced TSMC as Apple's chip supplier.",
     [("Samsung", "supplies", "Apple")], [("Apple", "supplies", "Samsung")]),  # as a supplier: unchanged
    # whoever demands a company's goods buys them
    ("demand-for-goods", "en", "Demand from Cisco and Broadcom for Marvell's DSP chips doubled in May.",
     [("Marvell", "supplies", "Cisco"), ("Marvell", "supplies", "Broadcom")], []),
    ("demand-for-goods", "en", "Demand from Microsoft for Nvidia's GPUs remains strong.",
     [("Nvidia", "supplies", "Microsoft")], []),
    ("demand-for-goods", "fr", "La demande de Renault et de Stellantis pour les puces de Nexperia reste forte.",
     [("Nexperia", "supplies", "Renault"), ("Nexperia", "supplies", "Stellantis")], []),
    ("demand-for-goods", "en", "SoftBank's appetite for Arm's shares grew.", [], [("Arm", "supplies", "SoftBank")]),
    # a trade governed by a need or a difficulty did not happen, and the pair model does not take it up
    ("need-or-difficulty-is-no-trade", "en", "Lenovo and Xiaomi need to obtain more DRAM from CXMT.",
     [], [("CXMT", "supplies", "Lenovo"), ("Xiaomi", "ordered", "DRAM")]),
    ("need-or-difficulty-is-no-trade", "en", "It is now hard for Lenovo and Xiaomi to secure high-end GPUs from Nvidia.",
     [], [("Nvidia", "supplies", "Lenovo"), ("Nvidia", "supplies", "Xiaomi"), ("Lenovo", "ordered", "high-end GPUs")]),
    ("need-or-difficulty-is-no-trade", "fr", "Huawei peine à acheter des puces avancées à TSMC.",
     [], [("TSMC", "supplies", "Huawei"), ("Huawei", "ordered", "advanced chips")]),
    ("need-or-difficulty-is-no-trade", "en", "It was not hard for Apple to buy more modems from Qualcomm.",
     [("Qualcomm", "supplies", "Apple")], []),
    ("need-or-difficulty-is-no-trade", "en", "Huawei agreed to buy advanced chips from TSMC.",
     [("TSMC", "supplies", "Huawei"), ("Huawei", "ordered", "advanced chips")], []),
    # a relative pronoun after a preposition stands for the name before it
    ("relative-after-preposition", "fr", "Meta a signé avec Broadcom, à qui il achètera des puces réseau.",
     [("Meta", "ordered", "network chips", {"supplier": "Broadcom"}), ("Broadcom", "supplies", "Meta")], []),
    ("relative-after-preposition", "en", "Orvane has a long deal with Infineon, from which it buys SiC wafers.",
     [("Orvane", "ordered", "SiC wafers", {"supplier": "Infineon"}), ("Infineon", "supplies", "Orvane")], []),
    # outsourcing to named companies, also where the model mis-lemmatises the verb; names listed in brackets
    ("outsourced-to", "fr", "Soitec sous-traite ses tests finaux à ASE et Amkor.",
     [("ASE", "supplies", "Soitec"), ("Amkor", "supplies", "Soitec")], []),
    ("bracketed-members", "en", "Dell hired two assemblers (Compal and Inventec) to build its servers in Mexico.",
     [("Compal", "supplies", "Dell"), ("Inventec", "supplies", "Dell")], []),
    ("bracketed-members", "en", "Kestrel said its main suppliers (which ship to Apple and Dell) raised prices.",
     [], [("Apple", "supplies", "Kestrel"), ("Dell", "supplies", "Kestrel")]),  # a clause, not a list
    # a purchase that is a deal's purpose is bought from the deal's partner, not from the goods' maker
    ("deal-to-buy-from-the-partner", "en", ("Nebius signed an agreement with Supermicro to purchase Nvidia's B300 "
     "accelerators."), [("Nebius", "ordered", "B300", {"supplier": "Supermicro"}), ("Supermicro", "supplies", "Nebius")],
     [("Nvidia", "supplies", "Nebius")]),
    ("deal-to-buy-from-the-partner", "en", "Meta partnered with Microsoft to purchase AMD's MI450 GPUs.",
     [("Meta", "ordered", "MI450", {"supplier": "AMD"})], [("Microsoft", "supplies", "Meta")]),  # a fellow buyer
    ("deal-to-buy-from-the-partner", "fr", ("Renault a signé un accord avec STMicroelectronics pour acheter des modules "
     "de puissance."), [("Renault", "ordered", "power modules", {"supplier": "STMicroelectronics"})], []),
    # a purchase someone is barred from is not a purchase
    ("barred-from-buying", "en", "The new rules block Xiaomi from buying high-end GPUs from Nvidia.",
     [], [("Xiaomi", "ordered", "high-end GPUs"), ("Nvidia", "supplies", "Xiaomi")]),
    ("barred-from-buying", "fr", "Les sanctions empêchent Huawei d'acheter des puces avancées à TSMC.",
     [], [("Huawei", "ordered", "advanced chips"), ("TSMC", "supplies", "Huawei")]),
    # money received is not goods delivered
    ("revenue-is-not-goods", "en", "Kestrel does not plan to receive any chip revenue from Orvane in 2026.",
     [], [("Orvane", "delivered", "Kestrel"), ("Orvane", "supplies", "Kestrel")]),
    ("revenue-is-not-goods", "fr", "Kestrel ne compte plus recevoir de recettes d'Orvane après juin.",
     [], [("Orvane", "delivered", "Kestrel"), ("Orvane", "supplies", "Kestrel")]),
    # --- session 31: parties and goods the clause gives in another shape ---------------------------
    ("person-surname", "en", ("“We will grow,” said Mikko Halvorsen, Nokia’s outgoing chief executive. Halvorsen will step "
                              "down in April. In May, Halvorsen said the vendor had agreed to supply Veltrix with optical "
                              "modules."),
     [("Nokia", "supplies", "Veltrix")], [("Halvorsen", "supplies", "Veltrix")]),  # a person's surname is no company
    ("person-surname", "en", ("Elon Musk diverted Nvidia chips from Tesla to xAI. Emails show that Musk ordered the "
                              "shipment of 9,000 GPUs to xAI instead of Tesla."),
     [], [("Musk", "delivered", "xAI"), ("Musk", "supplies", "xAI")]),
    ("person-surname", "en", ("Porsche ordered chips from Infineon, Oliver Blume said, while Wolfgang Porsche declined "
                              "to comment."),
     [("Porsche", "ordered", "Infineon chips")], []),  # a family name that is no executive's stays a company
    ("relative-acquired-company", "en", ("Jabil will buy the server assembly unit of Brio Systems, the rack maker that "
                                         "Veltrix acquired last year."),
     [("Veltrix", "parent_of", "Brio Systems")], [("Veltrix", "ordered", "Brio Systems racks"),
                                                   ("Brio Systems", "supplies", "Veltrix")]),
    ("relative-acquired-goods", "en", "The wafers that Veltrix bought from Soitec arrived in May.",
     [("Soitec", "supplies", "Veltrix")], []),  # what a relative clause buys may be goods
    ("assumed-trade", "en", "Assuming that Veltrix will get 5,000 H100 chips from Nvidia, its cluster would double.",
     [], [("Nvidia", "delivered", "Veltrix"), ("Nvidia", "supplies", "Veltrix")]),
    ("subject-before-insert", "fr", ("Ainsi, Renault, Stellantis et Volvo, tous les trois très exposés à la pénurie de "
                                     "l'an dernier, auraient commandé pour 2 milliards de dollars de microcontrôleurs "
                                     "auprès d'Infineon."),
     [("Renault", "ordered", "microcontroller"), ("Volvo", "ordered", "microcontroller")], []),
    ("order-purpose", "en", ("Veltrix and Brio Systems are building new data centres. The two firms have placed orders "
                             "totaling $40 million to acquire roughly 3,000 units of Nvidia's H200 processors."),
     [("Veltrix", "ordered", "H200", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Brio Systems")], []),
    ("order-purpose", "fr", "Veltrix a passé commande auprès d'Infineon pour acheter 4 000 capteurs XENSIV.",
     [("Veltrix", "ordered", "XENSIV sensors", {"supplier": "Infineon"})], []),
    ("order-initiated", "en", "Veltrix initiated orders with Norsilica for 800 SiC wafers.",
     [("Norsilica", "supplies", "Veltrix")], []),
    ("owner-label", "en", "Three Chinese groups, including Tencent and Douyin-owner ByteDance, ordered Nvidia's H20 chips.",
     [("ByteDance", "ordered", "H20"), ("Tencent", "ordered", "H20")], [("Douyin-", "ordered", "H20"), ("Douyin", "ordered", "H20")]),
    ("owner-label", "en", "Alibaba and TikTok owner ByteDance bought H20 chips from Nvidia.",
     [("ByteDance", "ordered", "H20")], [("TikTok", "ordered", "H20")]),
    ("supplier-of-goods-for", "en", ("While Quorvane remains the leading supplier of racks for Meta, Brio has been "
                                     "competing for orders from Meta."),
     [("Quorvane", "supplies", "Meta", {"product": "racks"})], []),
    ("shared-subject-after-passive", "fr", ("Renault, Volvo et Stellantis sont très intéressés par ce procédé et vont "
                                            "bientôt signer avec Infineon pour obtenir leurs puces."),
     [("Infineon", "supplies", "Renault"), ("Infineon", "supplies", "Stellantis")], []),
    ("shared-subject-after-passive", "en", "Micron was acquired by Jabil in 2023 and now sells racks to Meta.",
     [("Micron", "supplies", "Meta")], [("Jabil", "supplies", "Meta")]),
    ("lost-relative-after-apposition", "fr", ("La liste comprend aussi TSMC, le plus gros fondeur taïwanais, qui ne peut plus fournir "
                                               "Huawei."),
     [("TSMC", "supplies", "Huawei", {"status": "denied"})], []),
    ("vendor-before-modifier", "en", "Veltrix bought Huawei AI chips for its new cluster.",
     [("Veltrix", "ordered", "Huawei AI chips", {"supplier": "Huawei"}), ("Huawei", "supplies", "Veltrix")], []),
    ("delivery-of-the-order", "en", ("Veltrix placed an order for 4,000 of Nvidia's A800 chips, with deliveries "
                                     "expected by the end of the year."),
     [("Nvidia", "delivered", "Veltrix", {"status": "planned"})], [("Veltrix", "delivered", "Nvidia")]),
    ("delivery-of-the-order", "fr", ("Veltrix a commandé 5 000 puces H20 à Nvidia, avec des livraisons prévues d'ici la "
                                     "fin de l'année."),
     [("Nvidia", "delivered", "Veltrix", {"status": "planned"})], []),
    ("spend-on-purchases", "fr", ("Veltrix pourrait dépenser jusqu'à 2 milliards d'euros en achat de serveurs Dell cette "
                                  "année."),
     [("Dell", "supplies", "Veltrix"), ("Veltrix", "ordered", "Dell servers", {"status": "rumoured"})], []),
    ("site-acts-for-owner", "fr", "Les usines de Samsung ont décroché des commandes de Qualcomm.",
     [("Samsung", "supplies", "Qualcomm")], [("Qualcomm", "supplies", "Samsung")]),
    ("order-goods-after-insert", "fr", ("Veltrix aurait passé commande en mai, peu avant les annonces de Bruxelles, pour "
                                        "2 000 puces H20 auprès de Nvidia."),
     [("Veltrix", "ordered", "H20", {"supplier": "Nvidia", "status": "rumoured"})], []),
    ("osat-in-lexicon", "en", "UMC relies on SPIL and Stats ChipPAC for packaging.",
     [("STATS ChipPAC", "supplies", "UMC")], [("Stats", "supplies", "UMC")]),
    ("antecedent-before-bracket", "en", ("Veltrix's customers include Volvo Cars (owned by Geely Automobile Holdings), "
                                         "which expects to incorporate lidar units from Veltrix in its cars."),
     [("Volvo", "uses", "lidar")], [("Geely", "uses", "lidar")]),
    ("one-list-two-roles", "en", ("Other cloud vendors, among them AWS and Google, are also stepping up their AI "
                                  "efforts."),
     [], [("Amazon", "supplies", "Google"), ("Google", "supplies", "Amazon")]),  # a guard: the parse that once misread this varies
    ("share-of-the-order-delivered", "en", ("Veltrix ordered 1,200 Huawei Ascend 910B processors in August. By October, "
                                            "Huawei had shipped more than half of the order."),
     [("Huawei", "delivered", "Veltrix", {"product": "Ascend 910B"})], [("Veltrix", "delivered", "Huawei")]),
    ("share-of-the-order-delivered", "fr", ("Veltrix a commandé 800 puces Ascend 910B à Huawei en mars. En juin, Huawei "
                                            "avait livré la moitié de la commande."),
     [("Huawei", "delivered", "Veltrix")], []),
    ("maker-and-user-agree-to-deploy", "en", "Nvidia and Oracle have agreed to deploy 50,000 Nvidia Blackwell GPUs.",
     [("Oracle", "ordered", "Blackwell", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Oracle")],
     [("Oracle", "supplies", "Nvidia"), ("Nvidia", "ordered", "Blackwell")]),
    ("maker-and-user-use", "en", "Nvidia and Oracle use Nvidia Blackwell GPUs.",
     [], [("Nvidia", "supplies", "Oracle")]),  # using together says nothing of a sale
    ("and-other-suppliers", "en", "Washington had considered adding YMTC and nine other Huawei suppliers to its list.",
     [("YMTC", "supplies", "Huawei")], [("Huawei", "supplies", "YMTC")]),
    ("and-other-suppliers", "fr", "Washington a placé SMIC et d'autres fournisseurs de Huawei sur sa liste noire.",
     [("SMIC", "supplies", "Huawei")], []),
    # guards from the review of this round: the same conditions where they must not fire
    ("review-guard", "en", "Nvidia and Foxconn said Foxconn will supply servers to Nvidia.",
     [("Foxconn", "supplies", "Nvidia")], []),
    ("review-guard", "en", "Veltrix ordered 2,000 chips from Nvidia, whose deliveries to other customers have slipped.",
     [("Nvidia", "supplies", "Veltrix")], [("Nvidia", "delivered", "Veltrix")]),
    ("review-guard", "en", "Microsoft's order, expected since January, was finally signed with Nvidia last week.",
     [("Nvidia", "supplies", "Microsoft", {"status": "asserted"})], []),
    ("review-guard", "en", "Nvidia ordered HBM from SK Hynix. SK Hynix delivered the first HBM4 samples ordered by AMD.",
     [], [("SK Hynix", "delivered", "Nvidia")]),
    ("review-guard", "fr", "Apple achète des modems à son fournisseur (Qualcomm), qui fournit aussi Samsung.",
     [("Qualcomm", "supplies", "Samsung")], []),
    ("review-guard", "en", "Arm and Nvidia worked together to deploy Nvidia's Grace CPUs in Arm's reference servers.",
     [], [("Arm", "ordered", "Grace")]),
    ("review-guard", "en", "Batteries come from the Nevada factory that Panasonic supplies for Tesla.",
     [("Panasonic", "supplies", "Tesla")], []),
    ("review-guard", "en", "Analysts assume Apple will buy 100 million modems from Qualcomm.",
     [("Apple", "ordered", "Qualcomm modems", {"status": "planned"})], []),
    ("supplier-of-goods-for", "fr", ("Alors que Quorvane est le principal fournisseur de baies pour Meta, Brio tente de "
                                     "décrocher des commandes."),
     [("Quorvane", "supplies", "Meta")], []),
    # --- session 32: a share of the goods, the customer in the goods' clause, subject descriptions ----------
    ("share-of-goods", "en", "Kestrel will supply half of the HBM4 chips to Veltrix next year.",
     [("Kestrel", "supplies", "Veltrix", {"product": "HBM4"})], []),
    ("share-of-goods", "fr", "Norsilica livrera à Renault la moitié des puces Q7 l'an prochain.",
     [("Norsilica", "delivered", "Renault", {"product": "Q7"})], []),
    ("customer-in-goods-clause", "en", "Kestrel will supply the LPDDR6 memory that Veltrix needs for its servers.",
     [("Kestrel", "supplies", "Veltrix")], [("Veltrix", "supplies", "Kestrel")]),
    ("customer-in-goods-clause", "en", "Kestrel ships the HBM4 stacks used by Veltrix in its accelerators.",
     [("Kestrel", "delivered", "Veltrix")], [("Veltrix", "manufactures", "HBM4")]),
    ("customer-in-goods-clause", "fr", "Norsilica fournira les puces Q7 que Renault utilise dans ses voitures.",
     [("Norsilica", "supplies", "Renault")], [("Renault", "supplies", "Norsilica")]),
    ("made-by-not-used-by", "en", "Buyers want the Instinct parts offered by AMD, while the HBM stacks bought by Quorvane are scarce.",
     [("AMD", "manufactures", "Instinct")], [("Quorvane", "manufactures", "HBM")]),
    ("subject-description", "en", "Kestrel won a large contract with Veltrix, as the company will supply HBM4 stacks.",
     [("Kestrel", "supplies", "Veltrix")], [("Veltrix", "manufactures", "HBM4"), ("Veltrix", "supplies", "Kestrel")]),
    ("subject-description", "fr", "Norsilica décroche un gros contrat avec Renault puisque la société fournira des puces Q7.",
     [("Norsilica", "supplies", "Renault")], [("Renault", "manufactures", "Q7"), ("Renault", "supplies", "Norsilica")]),
    ("supply-companies-list", "en", "Kestrel and Brio once supplied the firms Musk runs, including Veltrix and Tesla.",
     [("Kestrel", "supplies", "Tesla"), ("Brio", "supplies", "Veltrix")], []),
    ("supply-companies-list", "fr", "Norsilica approvisionne plusieurs entreprises, dont Renault et Stellantis.",
     [("Norsilica", "supplies", "Renault"), ("Norsilica", "supplies", "Stellantis")], []),
    ("sold-the-company", "en", "Veltrix sold the company to Kestrel last year.",
     [], [("Veltrix", "supplies", "Kestrel")]),
    ("share-of-orders", "en", "Kestrel is said to have won about two-thirds of Veltrix's HBM4 orders.",
     [("Veltrix", "ordered", "HBM4", {"supplier": "Kestrel"}), ("Kestrel", "supplies", "Veltrix")],
     [("Kestrel", "ordered", "HBM4")]),
    ("share-of-orders", "fr", "Norsilica aurait obtenu la moitié des commandes de puces Q7 de Renault.",
     [("Norsilica", "supplies", "Renault")], [("Norsilica", "ordered", "Q7")]),
    ("own-goods-no-customer", "en", ("Veltrix makes the Q7 memory chips. Kestrel plans to provide samples of its Q7 "
                                     "memory chips to customers in March."),
     [], [("Kestrel", "supplies", "Veltrix")]),
    ("own-goods-no-customer", "en", "Kestrel supplies modems for Apple's iPhones.",
     [("Kestrel", "supplies", "Apple")], []),
    ("learned-pair-rival", "en", ("GlobalFoundries has large customers such as Apple and Qualcomm for its mature nodes, "
                                  "while Samsung still hopes to land clients of that size."),
     [("GlobalFoundries", "supplies", "Apple")], [("Samsung", "supplies", "Apple"), ("Samsung", "supplies", "Qualcomm")]),
    ("learned-pair-rival", "en", "Kestrel and Brio both sell HBM chips to Orvane.",
     [("Kestrel", "supplies", "Orvane"), ("Brio", "supplies", "Orvane")], []),
    ("foundry-process", "en", "Veltrix's next Q9 accelerator is expected to adopt TSMC's 3-nanometer process.",
     [("TSMC", "manufactures", "Q9"), ("TSMC", "supplies", "Veltrix", {"status": "planned"})], []),
    ("foundry-process", "en", "Orvane's X2 chip is built on Samsung's SF2 process.",
     [("Samsung", "supplies", "Orvane")], [("Orvane", "supplies", "Samsung")]),
    ("foundry-process", "en", "Veltrix will use Intel's 18A process for its next server chips.",
     [("Intel", "supplies", "Veltrix")], [("Veltrix", "supplies", "Intel")]),
    ("foundry-process", "fr", "La prochaine puce Q9 de Norsilica utilisera le procédé 2 nm de Samsung.",
     [("Samsung", "manufactures", "Q9"), ("Samsung", "supplies", "Norsilica")], []),
    ("foundry-process", "en", "TSMC's 3nm process is in high demand this year.",
     [], [("TSMC", "supplies", "TSMC")]),
    ("shifted-orders", "en", "Veltrix has moved all its server orders from troubled Brio to Kestrel.",
     [("Veltrix", "ordered", "server", {"supplier": "Kestrel"}), ("Kestrel", "supplies", "Veltrix")],
     [("Brio", "supplies", "Veltrix")]),
    ("shifted-orders", "fr", "Renault a transféré ses commandes de puces Q7 vers Norsilica.",
     [("Renault", "ordered", "Q7", {"supplier": "Norsilica"}), ("Norsilica", "supplies", "Renault")], []),
    ("agreement-that-secures", "en", ("Stellantis and Infineon have struck a multi-year deal that will secure power "
                                      "chips for the automaker."),
     [("Stellantis", "ordered", "power chips", {"supplier": "Infineon"}), ("Infineon", "supplies", "Stellantis")],
     [("Stellantis", "supplies", "Infineon")]),
    ("apposed-description-not-name", "en", "Veltrix, the AI startup, has ordered 500 H100 GPUs from Nvidia.",
     [("Veltrix", "ordered", "H100", {"supplier": "Nvidia"})], [("Veltrix AI", "ordered", "H100")]),
    ("description-after-contraction", "fr", ("Norsilica a publié ses résultats trimestriels. Renault pesait "
                                             "historiquement jusqu'à un tiers des revenus du fondeur français."),
     [("Norsilica", "supplies", "Renault")], []),
    ("using-is-not-buying", "fr", "Renault utilise des milliers de puces de Norsilica dans ses voitures.",
     [], [("Norsilica", "supplies", "Renault")]),
    ("using-is-not-buying", "fr", "Renault loue les GPU de Norsilica pour entraîner ses modèles.",
     [("Norsilica", "supplies", "Renault")], []),
    ("selected-for-the-making", "fr", "Renault a choisi Norsilica pour la fabrication de ses puces Q7.",
     [("Norsilica", "manufactures", "Q7"), ("Norsilica", "supplies", "Renault")], []),
    ("selected-for-the-making", "en", "Veltrix picked Kestrel for the production of its Q7 chips.",
     [("Kestrel", "manufactures", "Q7"), ("Kestrel", "supplies", "Veltrix")], []),
    ("spend-including", "en", "Veltrix plans to spend $2 billion on AI chips this year, including 40,000 Nvidia H20 chips.",
     [("Veltrix", "ordered", "H20", {"quantity": 40000, "status": "planned"}), ("Nvidia", "supplies", "Veltrix")], []),
    ("deal-to-rent", "en", "Veltrix signed a deal with Google to rent TPUs for its models.",
     [("Google", "supplies", "Veltrix")], [("Veltrix", "supplies", "Google")]),
    ("vendor-on-goods-is-no-acquisition", "en", "Oracle plans to deploy 50,000 AMD MI450 GPUs, which it will buy directly from AMD.",
     [("Oracle", "ordered", "MI450", {"supplier": "AMD"})], [("Oracle", "parent_of", "AMD")]),
    ("description-by-town", "en", ("Apple has chosen Qualcomm over Intel; the iPhone maker will buy modems from the "
                                   "San Diego company until 2027."),
     [("Qualcomm", "supplies", "Apple")], [("Intel", "supplies", "Apple")]),
    ("description-not-another-role", "en", ("After talks with Nvidia, SK Hynix said it had agreed to supply the chipmaker "
                                            "with HBM4."),
     [("SK Hynix", "supplies", "Nvidia")], []),
    ("relational-description", "en", ("Kestrel said its memory was booked for the year. The Veltrix supplier plans to "
                                      "ship test units of its newest Q7 chip by May."),
     [("Kestrel", "manufactures", "Q7")], [("Veltrix", "manufactures", "Q7")]),
    ("product-acronym-no-company", "fr", "Apple paiera davantage pour la mémoire RAM (LPDDR5X) que fournit Samsung.",
     [("Samsung", "supplies", "Apple")], [("RAM", "manufactures", "LPDDR5X")]),
    ("production-for-the-customer", "fr", ("Apple paiera davantage la mémoire LPDDR5X livrée par Samsung pour la fabrication "
                                           "de ses iPhone 17."),
     [("Samsung", "supplies", "Apple")], [("Samsung", "manufactures", "iPhone 17")]),
    ("production-site-visit", "fr", ("Jensen Huang, le patron de Nvidia, a visité l'usine de production de puces de "
                                     "TSMC en Arizona."),
     [], [("Nvidia", "manufactures", "semiconductors")]),
    ("expletive-ne", "fr", ("Huawei stocke des puces HBM avant qu'elles ne soient soumises à des restrictions "
                            "d'exportation par Washington."),
     [("United States", "restricts_export", "HBM", {"status": "asserted"})], []),
    ("expletive-ne", "fr", "Samsung ne livrera plus de puces HBM à Huawei.",
     [("Samsung", "delivered", "Huawei", {"status": "denied"})], []),
    ("destination-adjective", "en", ("Washington banned HBM sales in December. The rule prevents Samsung from "
                                     "shipping HBM chips to Chinese firms."),
     [], [("China", "restricts_export", "HBM"), ("China", "restricts_export", "Samsung")]),
    ("destination-adjective", "fr", ("Washington a durci ses contrôles. Ces mesures empêchent Samsung de livrer ses puces "
                                     "HBM à l'industrie chinoise sans licence."),
     [("United States", "restricts_export", "HBM")], [("China", "restricts_export", "HBM")]),
    ("supplied-into-customers-product", "en", "Kestrel will supply HBM4 for Veltrix's next-generation Q9 accelerators.",
     [("Kestrel", "supplies", "Veltrix"), ("Veltrix", "uses", "HBM4")], []),
    ("supplied-into-customers-product", "fr", "Norsilica fournira des puces Q7 pour les voitures électriques de Renault.",
     [("Norsilica", "supplies", "Renault"), ("Renault", "uses", "Q7")], []),
    ("runs-workloads-on", "en", "Anthropic runs its AI workloads on Google's TPUs.",
     [("Anthropic", "uses", "TPU")], [("Google", "supplies", "Anthropic")]),
    ("runs-workloads-on", "en", "Anthropic trains its models on Nvidia H100 GPUs.",
     [("Anthropic", "uses", "H100")], []),
    ("typed-anaphor-skips-model-code", "fr", ("Norsilica a commandé 13 machines EUV à ASML. Ces outils graveront la "
                                              "puce Q7 de Renault. Les 13 machines commandées par Norsilica devraient "
                                              "être livrées l'an prochain."),
     [("ASML", "delivered", "Norsilica", {"product": "EUV"})], [("Renault", "delivered", "Norsilica")]),
    # --- second reader's guards for session 32's rules ----------------------------------------------
    ("review-guard", "fr", "Samsung ne livre guère de puces HBM à Huawei depuis l'an dernier.",
     [("Samsung", "supplies", "Huawei", {"status": "denied"})], []),
    ("review-guard", "fr", "TSMC ne peut fournir Huawei depuis septembre 2020.",
     [("TSMC", "supplies", "Huawei", {"status": "denied"})], []),
    ("review-guard", "en", "Apple adopted TSMC's 3nm process for the A19.",
     [("TSMC", "supplies", "Apple")], []),
    ("review-guard", "fr", "Huawei utilise le procédé 7 nm de SMIC pour ses puces Kirin.",
     [("SMIC", "supplies", "Huawei")], [("Huawei", "supplies", "SMIC")]),
    ("review-guard", "en", "Kestrel won Brio's contract to supply HBM4 to Veltrix.",
     [("Kestrel", "supplies", "Veltrix")], [("Kestrel", "supplies", "Brio"), ("Brio", "ordered", "HBM4")]),
    ("review-guard", "en", "Kestrel supplies the same modems that Apple buys from Qualcomm.",
     [], [("Kestrel", "supplies", "Apple")]),
    ("review-guard", "fr", "Kestrel vend les mêmes modems qu'Apple achète à Qualcomm.",
     [], [("Kestrel", "supplies", "Apple")]),
    ("review-guard", "en", "Kestrel will supply HBM4 for Nvidia's customers in China.",
     [], [("Nvidia", "uses", "HBM4")]),
    ("review-guard", "fr", "Norsilica fournira des puces Q7 pour les clients de Renault.",
     [], [("Renault", "uses", "Q7")]),
    ("review-guard", "en", "Samsung won a contract with Nvidia after the chipmaker qualified its HBM3E chips.",
     [("Samsung", "supplies", "Nvidia")], [("Nvidia", "supplies", "Samsung")]),
    ("review-guard", "fr", "Kestrel aurait obtenu la moitié des commandes de Veltrix.",
     [("Kestrel", "supplies", "Veltrix")], [("Veltrix", "supplies", "Kestrel")]),
    ("assembler-of-devices", "fr", "Norsilica produit les AirPods d'Apple depuis 2022, ainsi que des Apple Watch.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "supplies", "Norsilica")]),
    # --- session 33: where the goods go, who the deal's purpose makes supply, product acronyms ---------------
    ("goods-destined-for-device", "en", "Norsilica will supply the OLED panels destined for the iPhone 18.",
     [("Norsilica", "supplies", "Apple")], [("Apple", "supplies", "Norsilica")]),
    ("goods-destined-for-device", "fr", "Norsilica fournira la plupart des écrans OLED destinés au futur iPhone 18.",
     [("Norsilica", "supplies", "Apple")], []),
    ("goods-destined-for-device", "en", "Norsilica will supply modems comparable to those of the iPhone 18.",
     [], [("Norsilica", "supplies", "Apple")]),  # a comparison names no destination
    ("supplier-of-device-parts", "en", "Kelvor has been the only supplier of Pixel 10 camera modules since 2021.",
     [("Kelvor", "supplies", "Google")], []),
    ("supplier-of-device-parts", "fr", "Kelvor est depuis dix ans le fournisseur unique des modules photo pour iPhone.",
     [("Kelvor", "supplies", "Apple")], []),
    ("supplier-of-device-parts", "en", "Kelvor is a key supplier of CoWoS packaging capacity to the industry.",
     [], [("Kelvor", "supplies", "TSMC")]),  # packaging is the goods, not where they go
    ("deal-purpose-direction", "en", "Veltrix signed a contract with SK Hynix to supply HBM4 for its next accelerator.",
     [("SK Hynix", "supplies", "Veltrix"), ("Veltrix", "ordered", "HBM4")], [("Veltrix", "supplies", "SK Hynix")]),
    ("deal-purpose-direction", "fr", "Veltrix a signé un contrat avec Micron pour fournir de la mémoire HBM4.",
     [("Micron", "supplies", "Veltrix")], [("Veltrix", "supplies", "Micron")]),
    ("deal-purpose-direction", "en", "Norsilica signed a contract with Veltrix to supply its GPUs.",
     [("Norsilica", "supplies", "Veltrix")], [("Veltrix", "supplies", "Norsilica")]),  # no trade says otherwise
    ("product-acronym-no-party", "en", ("Kelvor has built its first chip utilizing Norsilica's 3nm technology, taping out "
     "Kelvor's flagship Snapdragon system-on-chip (SoC), with mass output planned for 2027."),
     [], [("SoC", "supplies", "Kelvor")]),  # a chip type's acronym is no company the grammar may type
    # --- session 34: samples are shipments, plans said with 'preparing to', software is no party ---------------
    ("samples-are-shipments", "en", "Kestrel Memory has been supplying many paid samples to Nvidia since May.",
     [("Kestrel Memory", "delivered", "Nvidia"), ("Kestrel Memory", "supplies", "Nvidia")], []),
    ("samples-are-shipments", "fr", "Kestrel fournit depuis mars des échantillons de sa HBM4 à Veltrix.",
     [("Kestrel", "delivered", "Veltrix")], []),
    ("samples-are-shipments", "en", "Kestrel supplies HBM3E to Veltrix, which tested samples of it last year.",
     [("Kestrel", "supplies", "Veltrix")], [("Kestrel", "delivered", "Veltrix")]),  # samples of another clause
    ("plan-by-preparing", "en", "Norsilica is preparing to supply Veltrix with OLED panels for its tablets.",
     [("Norsilica", "supplies", "Veltrix", {"status": "planned"})], []),
    ("plan-by-preparing", "fr", "Norsilica se prépare à livrer ses premières puces 2 nm à Veltrix.",
     [("Norsilica", "supplies", "Veltrix", {"status": "planned"})], []),
    ("software-is-no-party", "en", "Veltrix will supply servers to power Grok, the chatbot of Elon Musk's X.",
     [], [("Veltrix", "supplies", "Grok")]),
    ("software-is-no-party", "en", "Gemini will run on TPUs that Broadcom supplies.", [], [("Gemini", "uses", "TPU")]),
    ("delivery-of-goods-just-traded", "en", ("Veltrix ordered 5,000 H200 chips from Nvidia in May. "
     "The chips will be delivered in December."), [("Nvidia", "delivered", "Veltrix", {"status": "planned"})], []),
    ("delivery-of-goods-just-traded", "en", ("Baidu placed an order for 1,600 Ascend chips with Huawei. "
     "By October, Huawei had delivered about 1,000 of them."), [("Huawei", "delivered", "Baidu", {"quantity": 1000})], []),
    ("delivery-of-goods-just-traded", "fr", ("Veltrix a commandé 5 000 puces H200 à Nvidia en mai. "
     "Ces puces seront livrées en décembre."), [("Nvidia", "delivered", "Veltrix")], []),
    ("delivery-of-goods-just-traded", "en", ("Veltrix ordered 5,000 H200 chips from Nvidia in May. "
     "Other chips were shipped to Quorvane."), [], [("Nvidia", "delivered", "Veltrix")]),  # not the goods traded
    ("measure-is-no-party", "en", "Kelvor's next drive will deliver as many as 90 million IOPS next year.",
     [], [("Kelvor", "delivered", "IOPS"), ("Kelvor", "supplies", "IOPS")]),
    ("measure-is-no-party", "en", "Veltrix shipped 5,000 GPUs to Quorvane Labs last year.",
     [("Veltrix", "delivered", "Quorvane Labs", {"quantity": 5000})], []),  # the goods are counted, not the customer
    ("description-named-later", "en", ("In March, the Dutch group sent its newest High-NA scanner to Intel. "
     "In a filing, ASML said a second one ships soon."), [("ASML", "delivered", "Intel")], []),
    ("description-named-later", "fr", ("Le groupe néerlandais a livré sa première machine High-NA à Intel en décembre. "
     "ASML en livrera une deuxième ce mois-ci."), [("ASML", "supplies", "Intel")], []),
    ("description-named-later", "en", ("In March, the Dutch group sent its newest scanner to Intel. "
     "ASML and NXP both reported results."), [], [("ASML", "delivered", "Intel"), ("NXP", "delivered", "Intel")]),
    ("goods-go-to", "en", "Veltrix will supply 90,000 Orvex 7 accelerators. Most of the chips will go to Quorvane Labs.",
     [("Veltrix", "delivered", "Quorvane Labs", {"status": "planned"})], []),
    ("goods-go-to", "fr", "Veltrix fournira 90 000 accélérateurs Orvex 7. 50 000 de ces puces iront à Quorvane.",
     [("Veltrix", "delivered", "Quorvane")], []),
    ("goods-go-to", "en", "Veltrix sells Orvex 7 accelerators. Most of the revenue will go to Quorvane Labs.",
     [], [("Veltrix", "delivered", "Quorvane Labs"), ("Veltrix", "supplies", "Quorvane Labs")]),  # revenue is no goods
    ("goods-go-to", "en", "Veltrix sells Orvex 7 accelerators. Most of the new orders will go to Quorvane Labs.",
     [], [("Veltrix", "delivered", "Quorvane Labs")]),  # orders that go to a company are won, not delivered
    ("supply-by-in-a-deal", "fr", ("Kelvor et Wolfspeed ont signé un contrat pluriannuel pour la fourniture par Kelvor "
                                   "de graphite."), [("Kelvor", "supplies", "Wolfspeed")], [("Wolfspeed", "supplies", "Kelvor")]),
    ("attempt-is-no-supply", "en", "Samsung is competing with SK Hynix to supply HBM4 to Nvidia.",
     [], [("Samsung", "supplies", "Nvidia")]),
    ("attempt-is-no-supply", "fr", "Dell et Lenovo ont chacun remis une proposition pour équiper Renault en serveurs.",
     [], [("Dell", "supplies", "Renault"), ("Lenovo", "supplies", "Renault")]),
    ("attempt-is-no-supply", "fr", "Samsung a remporté l'appel d'offres pour fournir des puces à Renault.",
     [("Samsung", "supplies", "Renault")], []),  # a bid won is a supply
    ("attempt-is-no-supply", "en", "Nvidia is courting Samsung, which supplies HBM3E to AMD.",
     [("Samsung", "supplies", "AMD")], []),  # a relative clause says what is, not what is tried
    ("attempt-is-no-supply", "en", "TSMC beat Samsung in the race to supply chips to Apple.",
     [("TSMC", "supplies", "Apple")], [("Samsung", "supplies", "Apple")]),  # the winner supplies, not the loser
    ("samples-are-shipments", "en", "Kestrel supplies Nvidia with test equipment for samples.",
     [("Kestrel", "supplies", "Nvidia")], [("Kestrel", "delivered", "Nvidia")]),  # equipment, not samples, is sold
    ("description-named-later", "en", "The Dutch group sent its newest scanner to Intel. ASML is its main rival.",
     [], [("ASML", "delivered", "Intel"), ("ASML", "supplies", "Intel")]),  # a rival named later is not the group
    ("former-name-is-no-party", "en", "Kestrel won a contract to supply servers to Veltrix (formerly Quorvane Labs).",
     [("Kestrel", "supplies", "Veltrix")], [("Kestrel", "supplies", "Quorvane Labs")]),
    ("conjoined-clauses-keep-their-roles", "en",
     "For the first phase, Dell will provide servers and storage and Intel will provide its Gaudi 3 accelerators.",
     [], [("Dell", "supplies", "Intel"), ("Intel", "supplies", "Dell")]),  # two suppliers side by side
    ("conjoined-clauses-keep-their-roles", "fr",
     "Pour cette phase, Dell fournira les serveurs et Intel fournira ses accélérateurs Gaudi 3.",
     [], [("Dell", "supplies", "Intel"), ("Intel", "supplies", "Dell")]),
    ("conjoined-clauses-keep-their-roles", "en", "Kelvor makes the modules and ships them to Veltrix.",
     [("Kelvor", "supplies", "Veltrix")], []),  # one subject for both verbs: one clause
    ("information-is-no-goods", "en", "We have provided a full audit report to TSMC, Kelvor said.",
     [], [("Kelvor", "supplies", "TSMC")]),
    ("information-is-no-goods", "fr", "Kelvor a fourni un rapport détaillé à TSMC pour prouver sa bonne foi.",
     [], [("Kelvor", "supplies", "TSMC")]),
    ("foundry-process", "en", "Veltrix is fabricating the new switch chip on Samsung's four nanometer process.",
     [("Samsung", "supplies", "Veltrix")], [("Veltrix", "supplies", "Samsung")]),
    ("foundry-process", "en", "The next EPYC processor will be the first processor to use TSMC's 2 nanometer process, AMD said.",
     [("TSMC", "supplies", "AMD")], [("AMD", "supplies", "TSMC")]),
    ("foundry-process", "fr", "La puce Trainium 3 d'Amazon est gravée en 3 nm par Samsung.",  # the agent under the node
     [("Samsung", "supplies", "Amazon"), ("Samsung", "manufactures", "Trainium 3")], [("Amazon", "supplies", "Samsung")]),
    ("product-head-read-as-verb", "en", "Kelvor buys the SiC wafer from Wolfspeed for its inverters.",
     [("Kelvor", "ordered", "SiC wafers"), ("Wolfspeed", "supplies", "Kelvor")], []),
    ("product-head-read-as-verb", "en", "Kelvor signed a SiC wafer supply agreement last year with Coherent.",
     [("Kelvor", "ordered", "SiC wafers"), ("Coherent", "supplies", "Kelvor", {"product": "SiC wafers"})], []),
    ("in-charge-of-goods", "fr", "Google prépare le Pixel 11. Wistron s'occupera du Pixel 11, tandis que Compal se charge du Pixel 10.",
     [("Wistron", "supplies", "Google"), ("Compal", "supplies", "Google")], [("Wistron", "supplies", "Compal")]),
    ("in-charge-of-goods", "fr", "TSMC serait en charge de produire la puce graphique de la console de Sony.",
     [("TSMC", "supplies", "Sony", {"status": "rumoured"})], [("Sony", "supplies", "TSMC")]),
    ("in-charge-of-goods", "fr", "Kelvor s'occupe des clients de Renault en Europe.", [], [("Kelvor", "supplies", "Renault")]),
    ("in-charge-of-goods", "en", "Samsung will be in charge of producing Nintendo's custom processor.",
     [("Samsung", "supplies", "Nintendo", {"status": "planned"})], []),
    ("in-charge-of-goods", "en", "Intel is responsible for the packaging of Nvidia's GPUs.",
     [("Intel", "supplies", "Nvidia")], [("Nvidia", "supplies", "Intel")]),
    ("in-charge-of-goods", "en", "Veltrix is responsible for the delay at Kelvor.", [], [("Veltrix", "supplies", "Kelvor")]),
    ("purchase-in-an-agreement", "fr", "Renault a signé un protocole pour l'achat de puces auprès du concepteur de processeurs Nvidia.",
     [("Renault", "ordered", "Nvidia chips"), ("Nvidia", "supplies", "Renault")], [("Renault", "supplies", "Nvidia")]),
    ("purchase-in-an-agreement", "en", "Meta signed a deal for the purchase of millions of chips from AMD.",
     [("Meta", "ordered", "AMD chips"), ("AMD", "supplies", "Meta")], [("AMD", "ordered", "AMD chips")]),
    ("maker-named-for-its-customers", "en", "Veltrix, a contract chipmaker for AMD and Sony, posted record sales.",
     [("Veltrix", "supplies", "AMD"), ("Veltrix", "supplies", "Sony")], [("AMD", "supplies", "Veltrix")]),
    ("maker-named-for-its-customers", "fr", "TSMC, fondeur d'Apple et de Nvidia, a publié ses résultats.",
     [("TSMC", "supplies", "Apple"), ("TSMC", "supplies", "Nvidia")], []),
    ("maker-named-for-its-customers", "fr", "Ses clients sont Hua Hong et SMIC, le premier fabricant de puces de Chine.",
     [], [("SMIC", "supplies", "Hua Hong")]),  # 'de puces' names goods; no company after the maker noun
    ("suppliers-include", "en", "Google's other suppliers in Vietnam include Foxconn and Luxshare.",
     [("Foxconn", "supplies", "Google"), ("Luxshare", "supplies", "Google")], [("Google", "supplies", "Foxconn")]),
    ("suppliers-include", "fr", "Les fournisseurs d'Apple incluent Foxconn et Pegatron.",
     [("Foxconn", "supplies", "Apple"), ("Pegatron", "supplies", "Apple")], []),
    ("customers-include", "en", "TSMC's biggest customers include Apple, which accounts for a quarter of sales.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),  # the relative clause's revenue is Apple's share
    ("customer-in", "en", "Baidu has won a big customer in China Mobile for its Kunlun processors.",
     [("Baidu", "supplies", "China Mobile")], [("China Mobile", "supplies", "Baidu")]),
    ("customer-in", "en", "Kelvor found new customers in Renault's home market.", [], [("Kelvor", "supplies", "Renault")]),
    ("handling-goods", "en", "Avnet handles Nvidia's Jetson modules in Europe.", [], [("Avnet", "supplies", "Nvidia")]),  # distributes
    ("model-number-is-no-count", "en", "Samsung sold the Exynos Auto 7420 to BMW that year.",
     [("Samsung", "supplies", "BMW")], [("Samsung", "delivered", "BMW")]),  # '7420' names the chip; nothing is counted
    ("model-number-is-no-count", "en", "Huawei shipped 1,600 Ascend chips to Baidu.",
     [("Huawei", "delivered", "Baidu", {"quantity": 1600})], []),
    ("customers-device-is-no-goods", "fr", ("Qualcomm a signé avec Apple un contrat de fourniture de modems 5G "
                                           "pour les lancements de ses prochains iPhone."),
     [("Qualcomm", "supplies", "Apple"), ("Apple", "ordered", "modems")], [("Apple", "ordered", "iPhone")]),
    ("orders-won-for-a-bracketed-product", "en",
     "Micron has won new high-bandwidth memory (HBM3E) orders from AMD and Google.",
     [("AMD", "ordered", "HBM3E"), ("Micron", "supplies", "AMD")],
     [("AMD", "manufactures", "HBM3E"), ("Google", "manufactures", "HBM3E")]),  # 'from' belongs to the orders
    ("hoarding-is-buying", "en", "Chinese firms, including Huawei and Baidu, were hoarding HBM chips from Samsung.",
     [("Huawei", "ordered", "HBM"), ("Samsung", "supplies", "Baidu")], [("Huawei", "supplies", "Samsung")]),
    ("hoarding-is-buying", "fr", "Huawei et Baidu amassent des puces HBM de Samsung avant l'embargo.",
     [("Huawei", "ordered", "HBM"), ("Samsung", "supplies", "Baidu")], []),
    ("receipt-of-goods-just-shipped", "en", "Nvidia will ship 260,000 GPUs to Korean firms. Naver Cloud will receive 60,000 chips.",
     [("Nvidia", "delivered", "Naver Cloud", {"quantity": 60000})], []),
    ("receipt-of-goods-just-shipped", "fr", "Nvidia va livrer 260'000 GPU en Corée du Sud. Naver Cloud recevra 60'000 puces.",
     [("Nvidia", "delivered", "Naver Cloud", {"quantity": 60000})], []),
    ("receipt-of-goods-just-shipped", "en", "Nvidia will ship 260,000 GPUs to Korean firms. Naver Cloud will receive 600 servers.",
     [], [("Nvidia", "delivered", "Naver Cloud")]),  # other goods: their shipper is not told
    ("introducing-anothers-goods", "en", "Samsung Electronics plans to introduce TEL's new cryogenic etching equipment.",
     [], [("Samsung", "supplies", "Tokyo Electron"), ("Samsung", "manufactures", "Tokyo Electron etching equipment")]),
    ("introducing-anothers-goods", "en", "Nvidia unveiled its Rubin GPU at the show.", [("Nvidia", "manufactures", "Rubin")], []),
    ("information-is-no-goods", "fr", "D'après des informations obtenues par Kelvor, Samsung grave la puce Exynos 2600 pour Google.",
     [("Samsung", "supplies", "Google")], [("Google", "delivered", "Kelvor"), ("Samsung", "delivered", "Kelvor")]),
    ("access-is-no-goods", "en", "Kelvor University provides open access to its prototyping lines to Canon.",
     [], [("Kelvor University", "supplies", "Canon")]),
    ("brands-of-their-own", "en", "BOE ships its OLED screens to phone makers such as OnePlus.",
     [("BOE", "supplies", "OnePlus")], [("BOE", "supplies", "Oppo")]),
    # guards a second reader wrote against this round's rules
    ("in-charge-of-goods", "en", "Amazon was responsible for the bulk of Nvidia's GB200 orders.", [],
     [("Amazon", "supplies", "Nvidia")]),  # a share of orders, not a making
    ("in-charge-of-goods", "en", "Arrow Electronics will be in charge of distributing Nvidia's Jetson modules.", [],
     [("Arrow Electronics", "supplies", "Nvidia")]),  # a distributor makes nothing
    ("in-charge-of-goods", "fr", "Avnet se charge de vendre les processeurs EPYC d'AMD.", [], [("Avnet", "supplies", "AMD")]),
    ("maker-named-for-its-customers", "fr", "Stellantis, constructeur de Peugeot et de Fiat, a publié ses résultats.", [],
     [("Stellantis", "supplies", "Peugeot")]),  # its own brands
    ("maker-named-for-its-customers", "en", "GlobalFoundries, the contract chipmaker for AMD, signed a deal with ASML.",
     [("ASML", "supplies", "GlobalFoundries")], [("GlobalFoundries", "supplies", "ASML")]),  # not the seller
    ("purchase-in-an-agreement", "en", "ASML received an order of 20 EUV machines from TSMC.",
     [("TSMC", "ordered", "EUV lithography machine"), ("ASML", "supplies", "TSMC")], [("ASML", "ordered", "EUV lithography machine")]),
    ("model-number-is-no-count", "en", "Nvidia will supply xAI 5000 GPUs this year.",
     [("Nvidia", "delivered", "xAI", {"quantity": 5000})], []),  # a company before the digits: a count
    ("receipt-of-goods-just-shipped", "en",
     "Nvidia will not ship GPUs to China. Alibaba will receive 10,000 chips from local vendors instead.",
     [], [("Nvidia", "delivered", "Alibaba")]),
    ("receipt-of-goods-just-shipped", "en", "Nvidia will ship 260,000 GPUs to Korea. SK Group will receive 50,000 CPUs.",
     [], [("Nvidia", "delivered", "SK Group")]),  # CPUs are no GPUs
    ("hoarding-is-buying", "fr", "Les puces HBM de SK Hynix stockent les données des GPU de Nvidia.", [],
     [("SK Hynix", "ordered", "Nvidia GPUs")]),  # 'stocker' stores
    ("ended-dealings", "en", "After the rules took effect, ASML, Lam Research and KLA ceased their work with CXMT.",
     [("ASML", "supplies", "CXMT", {"status": "denied"}), ("KLA", "supplies", "CXMT", {"status": "denied"})], []),
    ("ended-dealings", "fr", "Micron affirme que ses relations d'affaires avec ZTE sont suspendues depuis 2021.",
     [("Micron", "supplies", "ZTE", {"status": "denied"})], []),
    ("ended-dealings", "en", "Intel has a long relationship with TSMC.", [], [("Intel", "supplies", "TSMC")]),
    ("paying-for-anothers-goods", "fr", "Renault serait prêt à payer un prix élevé pour les modules mémoire de Samsung.",
     [("Renault", "ordered", "Samsung memory modules"), ("Samsung", "supplies", "Renault", {"status": "rumoured"})], []),
    ("paying-for-anothers-goods", "en", "Apple paid more for Samsung's memory modules this year.",
     [("Samsung", "supplies", "Apple")], [("Apple", "supplies", "Samsung")]),
    ("paying-for-anothers-goods", "en", "Apple pays for its employees' lunches.", [], [("Apple", "ordered", "lunches")]),
    ("supply-agreement-in-goods", "fr", "Kelvor a signé avec Coherent un accord de fourniture en tranches SiC de 200 mm.",
     [("Kelvor", "ordered", "SiC wafers"), ("Coherent", "supplies", "Kelvor", {"product": "SiC wafers"})], []),
    # --- session 44: a former name stands for the renamed company from then on --------------------------------------
    ("former-name-is-an-alias", "en", ("Veltrix Systems, formerly known as Zentek, supplies sensors to Orbix. "
     "Zentek also ships modules to Dell."),
     [("Veltrix Systems", "supplies", "Orbix"), ("Veltrix Systems", "supplies", "Dell")],
     [("Zentek", "supplies", "Dell"), ("Zentek", "supplies", "Orbix")]),
    ("former-name-is-an-alias", "fr", ("Veltrix Systems (anciennement Zentek) fournit des capteurs à Orbix. "
     "Zentek livre aussi des modules à Dell."),
     [("Veltrix Systems", "supplies", "Dell")], [("Zentek", "supplies", "Dell")]),
    ("former-name-is-an-alias", "en", ("Kestrel will assemble racks for the X network, formerly called Twitter. "
     "Twitter used to buy servers from Wiwynn."),
     [("Kestrel", "supplies", "X Corp"), ("Wiwynn", "supplies", "X Corp")], [("Wiwynn", "supplies", "Twitter")]),
    ("former-name-is-an-alias", "en", "He posted the news on X before the chips shipped.", [], [("X Corp", "ordered", "chips")]),
    ("former-name-is-an-alias", "en", ("Apple, previously Samsung's biggest customer, now buys from BOE. Samsung sells "
     "panels to Oppo."), [("Samsung", "supplies", "Oppo"), ("BOE", "supplies", "Apple")], [("Apple", "supplies", "Oppo")]),
    # --- 'comme' / 'like' after a noun that names no companies is a comparison, not a list --------------------------
    ("comparison-is-no-list", "fr", "Tesla veut une puce maison pour alimenter ses voitures, comme Apple.",
     [], [("Tesla", "supplies", "Apple")]),
    ("comparison-is-no-list", "en", "Kelvor makes its own chips to power its cars, like Apple.",
     [], [("Kelvor", "supplies", "Apple")]),
    ("comparison-is-no-list", "fr", "Kelvor vend ses capteurs à des constructeurs comme Renault et Volvo.",
     [("Kelvor", "supplies", "Renault"), ("Kelvor", "supplies", "Volvo")], []),
    # --- seller-side orders whose buyer is the maker of the device they go into -------------------------------------
    ("won-orders-for-a-device", "fr", ("Selon la presse, Kelvor a obtenu la majorité des commandes de panneaux OLED "
     "pour la gamme d'iPhone 2027."),
     [("Kelvor", "supplies", "Apple"), ("Apple", "ordered", "OLED panel")], [("Apple", "ordered", "iPhone")]),
    ("won-orders-for-a-device", "en", "Kelvor won most of the orders for OLED panels for the 2027 iPhone lineup.",
     [("Kelvor", "supplies", "Apple"), ("Apple", "ordered", "OLED panel")], [("Apple", "ordered", "iPhone")]),
    # --- goods in a container noun, and their vendor after them -----------------------------------------------------
    ("fleet-of-goods", "fr", ("Orbix a confirmé l'acquisition d'un parc de 12 500 processeurs graphiques (GPU) de "
     "Nvidia."), [("Orbix", "ordered", "graphics processors"), ("Nvidia", "supplies", "Orbix")],
     [("Orbix", "parent_of", "Nvidia"), ("Nvidia", "ordered", "graphics processors")]),
    ("fleet-of-goods", "en", "Orbix announced the purchase of a fleet of 5,000 GPUs from Nvidia.",
     [("Nvidia", "supplies", "Orbix")], [("Orbix", "parent_of", "Nvidia")]),
    ("fleet-of-goods", "fr", "AMD a finalisé l'acquisition de Xilinx.", [("AMD", "parent_of", "Xilinx")], []),
    # --- a chip made using a foundry's process technology, owned through a pronoun ---------------------------------
    ("foundry-process-technology", "en", ("Orbix is close to finishing its next radar chip, which will be produced "
     "using TSMC's 5nm process technology."),
     [("TSMC", "supplies", "Orbix")], [("Orbix", "supplies", "TSMC")]),
    ("foundry-process-technology", "en", "Orbix said its radar chips are made using TSMC's 16nm process.",
     [("TSMC", "supplies", "Orbix")], []),
    ("foundry-process-technology", "fr", ("Orbix a indiqué que ses puces radar sont gravées selon le procédé 16 nm "
     "de TSMC."), [("TSMC", "supplies", "Orbix")], []),
    ("foundry-process-technology", "en", "TSMC said its chips are made using its 3nm process.", [],
     [("TSMC", "supplies", "TSMC")]),
    # --- a possessive that names the frame's own party is no other company ------------------------------------------
    ("own-possessive-is-no-customer", "fr", ("Voilà une idée à la Apple : Kelvor a choisi de concevoir sa propre puce "
     "pour alimenter le pilote automatique de ses voitures."), [], [("Kelvor", "supplies", "Apple")]),
    ("own-possessive-is-no-customer", "fr", ("Orbix a livré des capteurs à Kelvor. Plus tard, Kelvor espère vendre "
     "80 millions d'unités de son futur modèle."), [("Orbix", "supplies", "Kelvor")], [("Kelvor", "supplies", "Orbix")]),
    ("own-possessive-is-no-customer", "en", "Orbix said Kelvor would become its largest customer.",
     [("Orbix", "supplies", "Kelvor")], []),
    # --- a subject description the parser hung under its nationality ------------------------------------------------
    ("description-under-its-nationality", "fr", ("Apple cherche d'autres fournisseurs d'écrans, au-delà de Samsung. "
     "Le géant sud-coréen est le premier fabricant de panneaux OLED, et il fabrique les meilleurs écrans. La société "
     "fournit des écrans OLED à plusieurs marques, dont Oppo et Xiaomi."),
     [("Samsung", "supplies", "Oppo"), ("Samsung", "supplies", "Xiaomi")], [("Apple", "supplies", "Oppo")]),
    # --- revenue words that label a company are no revenue ----------------------------------------------------------
    ("revenue-word-in-a-label", "en", ("Kelvor will sell memory to Gateway. Under the pact, "
     "Kelvor is to supply the number-two direct sales PC vendor with most of its memory chips."),
     [("Kelvor", "supplies", "Gateway")], [("Gateway", "supplies", "Kelvor"), ("Kelvor", "manufactures", "direct sales PCs")]),
    ("revenue-word-in-a-label", "en", "Kelvor gets a quarter of its sales from Orbix.", [("Kelvor", "supplies", "Orbix")], []),
    # --- goods made under a contract for a customer are that customer's order -------------------------------------
    ("made-under-contract-is-ordered", "en", "Kestrel has won a $2 billion deal to build AI servers for Orbix.",
     [("Kestrel", "supplies", "Orbix"), ("Orbix", "ordered", "AI servers", {"supplier": "Kestrel"})], []),
    ("made-under-contract-is-ordered", "fr", "Kelvor a remporté un contrat pour fabriquer des capteurs pour Orbix.",
     [("Kelvor", "supplies", "Orbix"), ("Orbix", "ordered", "sensors")], []),
    ("made-under-contract-is-ordered", "en", "Kelvor signed an agreement with Orbix to make chips for Dell.",
     [("Kelvor", "supplies", "Dell")], [("Dell", "ordered", "chips")]),  # the deal's partner may be who orders
    ("made-under-contract-is-ordered", "en", "Kelvor makes sensors for Orbix.", [("Kelvor", "supplies", "Orbix")],
     [("Orbix", "ordered", "sensors")]),
    ("made-under-contract-is-ordered", "en", "Kelvor announced an agreement to design bespoke chips for Orbix.",
     [("Kelvor", "supplies", "Orbix")], [("Orbix", "ordered", "bespoke chips")]),  # designing is no making
    # --- a description by region: 'la société californienne' is a company of a Californian town --------------------
    ("description-by-region", "fr", ("Nvidia a présenté sa plateforme. ZF a dévoilé son calculateur. La société "
     "californienne a conclu un contrat de fourniture avec Bosch."), [("Nvidia", "supplies", "Bosch")],
     [("ZF", "supplies", "Bosch")]),
    ("description-by-region", "en", "Bosch and Nvidia met in Munich. The Californian company will supply chips to Bosch.",
     [("Nvidia", "supplies", "Bosch")], []),
    # --- one company's goods installed in another's product ---------------------------------------------------------
    ("goods-installed-in-a-product", "fr", ("Les puces mémoire de Kelvor sont désormais installées dans les serveurs "
     "de Dell."), [("Kelvor", "supplies", "Dell")], [("Dell", "supplies", "Kelvor")]),
    ("goods-installed-in-a-product", "fr", ("Depuis mai, Kelvor aurait lui aussi ses puces installées dans les serveurs "
     "de Dell."), [("Kelvor", "supplies", "Dell", {"status": "rumoured"})], []),
    ("goods-installed-in-a-product", "en", "Kelvor's memory chips are now installed on Nvidia's graphics cards.",
     [("Kelvor", "supplies", "Nvidia")], []),
    ("goods-installed-in-a-product", "en", "Kelvor installed its new chips on its own servers.", [],
     [("Kelvor", "supplies", "Kelvor")]),
    # --- a making noun whose maker the parser hung on the verb ------------------------------------------------------
    ("making-noun-maker-on-the-verb", "fr", "La puce Z9 de Kelvor repose sur une gravure 5 nm assurée par Samsung.",
     [("Samsung", "supplies", "Kelvor"), ("Samsung", "manufactures", "Z9")], []),
    # --- 'le sous-traitant' is a company, and makes another's device -------------------------------------------------
    ("subcontractor-description", "fr", ("Luxshare a fabriqué les premiers prototypes. Ce sous-traitant se charge désormais "
     "de la fabrication des AirPods."), [("Luxshare", "supplies", "Apple")], []),
    ("subcontractor-description", "en", ("Apple hired Pegatron for the first prototypes. The subcontractor already "
     "assembles the AirPods."), [("Pegatron", "supplies", "Apple")], []),
    # --- a supply agreement is each partner's order; a company named on the agreement noun is its partner ----------
    ("supply-agreement-is-an-order", "en", ("Kelvor has agreed with Orbix and Dell to supply high-speed DRAM chips for "
     "their next phones."), [("Orbix", "ordered", "DRAM", {"supplier": "Kelvor"}), ("Dell", "ordered", "DRAM")], []),
    ("supply-agreement-is-an-order", "fr", "Kelvor a signé un accord avec Orbix pour lui fournir des puces DRAM.",
     [("Kelvor", "supplies", "Orbix"), ("Orbix", "ordered", "DRAM")], []),
    ("company-on-the-agreement-noun", "en", "Nebius widened its OpenAI agreement by $4 billion.",
     [("Nebius", "supplies", "OpenAI")], []),
    ("company-on-the-agreement-noun", "en", "The HBM agreement was signed in May.", [], [("HBM", "supplies", "HBM")]),
    # --- second reader, session 44: near-misses of this round's rules ------------------------------------------------
    ("goods-installed-in-a-product", "fr", "Les ingénieurs de Kelvor sont installés dans les bureaux de Nvidia.", [],
     [("Kelvor", "supplies", "Nvidia")]),  # people in offices are no goods
    ("fleet-of-goods", "fr", "Meta annonce l'acquisition d'un lot de 5 000 casques de Sony.", [],
     [("Meta", "parent_of", "Sony")]),
    ("fleet-of-goods", "fr", "Meta annonce l'acquisition d'un ensemble de brevets de Zentek.", [],
     [("Meta", "parent_of", "Zentek")]),
    ("fleet-of-goods", "fr", "L'acquisition de 80 % de Xilinx par AMD est finalisée.", [("AMD", "parent_of", "Xilinx")], []),
    ("verb-hung-under-its-subject", "fr", ("Apple a signé avec Foxconn. Le sous-traitant assemblera des iPhone pour le "
     "groupe de Cupertino."), [("Foxconn", "manufactures", "iPhone"), ("Foxconn", "supplies", "Apple")],
     [("Apple", "manufactures", "iPhone")]),
    ("comparison-is-no-party", "fr", "Samsung produit des puces pour ses smartphones, comme Apple.", [],
     [("Samsung", "supplies", "Apple")]),
    ("comparison-is-no-party", "en", "Samsung makes chips for its own phones, just like Apple.", [],
     [("Samsung", "supplies", "Apple")]),
    ("comparison-is-no-party", "fr", "Apple achète des écrans pour ses iPhone, tout comme Samsung.", [],
     [("Samsung", "supplies", "Apple")]),
    ("comparison-is-no-party", "en", "Like Apple, Google buys chips from TSMC.", [("TSMC", "supplies", "Google")],
     [("TSMC", "supplies", "Apple")]),
    ("parts-are-goods", "fr", "Bosch et Valeo livrent des pièces à Renault.",
     [("Bosch", "supplies", "Renault"), ("Valeo", "supplies", "Renault")], []),
    ("parts-are-goods", "en", "Bosch and Valeo ship parts to Renault.", [("Valeo", "supplies", "Renault")], []),
    ("parts-are-goods", "en", "In some parts of Asia, demand for Nvidia chips fell.", [], [("Nvidia", "ordered", "parts")]),
    ("supply-to-power-a-product", "en", "Samsung will supply chips to power Tesla's vehicles.",
     [("Samsung", "supplies", "Tesla")], []),
    ("contract-maker-of-a-known-product", "en", "Foxconn won orders to assemble the iPhone 16.",
     [("Foxconn", "supplies", "Apple", {"product": "iPhone 16"})], []),
    ("contract-maker-of-a-known-product", "fr", "Foxconn assemblera les iPhone 17 en Inde.",
     [("Foxconn", "supplies", "Apple", {"status": "planned"})], []),
    ("contract-maker-of-a-known-product", "en", "Samsung makes the Galaxy S25.", [], [("Samsung", "supplies", "Samsung")]),
    # --- 'obtenir une partie des commandes' wins orders, receives nothing ------------------------------------------
    ("won-orders-for-a-device", "fr", ("Kelvor a obtenu une grosse partie des commandes de panneaux OLED "
     "pour la gamme d'iPhone 2027."), [("Kelvor", "supplies", "Apple")], [("Apple", "delivered", "Kelvor")]),
    # --- 'most of the orders' is orders; orders aimed at are not won; 'snapped up orders' takes over nobody -------
    ("most-of-the-orders", "en", "Kelvor secured most of the camera module orders for the iPhone 18.",
     [("Kelvor", "supplies", "Apple")], [("Kelvor", "ordered", "iPhone 18"), ("Apple", "supplies", "Kelvor")]),
    ("most-of-the-orders", "fr", "Norsilica a obtenu la plupart des commandes de capteurs pour l'iPhone 18.",
     [("Norsilica", "supplies", "Apple")], [("Norsilica", "ordered", "iPhone 18"), ("Apple", "supplies", "Norsilica")]),
    ("orders-aimed-at", "en", "Kelvor intends to attract chip orders from Veltrix.", [],
     [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "chips")]),
    ("orders-aimed-at", "en", "Kelvor hopes to win orders from Veltrix.", [], [("Kelvor", "supplies", "Veltrix")]),
    ("orders-aimed-at", "en", "Kelvor attracted chip orders from Veltrix.", [("Kelvor", "supplies", "Veltrix")], []),
    ("orders-aimed-at", "fr", "Kelvor cherche à décrocher des commandes de capteurs auprès de Veltrix.", [],
     [("Kelvor", "supplies", "Veltrix")]),
    ("orders-aimed-at", "fr", "Kelvor a décroché des commandes de capteurs auprès de Veltrix.",
     [("Kelvor", "supplies", "Veltrix")], []),
    ("orders-snapped-up", "en", "Kelvor snapped up Veltrix's processor orders.",
     [("Kelvor", "supplies", "Veltrix")], [("Kelvor", "parent_of", "Veltrix")]),
    ("orders-snapped-up", "en", "Kelvor snapped up Veltrix last year.", [("Kelvor", "parent_of", "Veltrix")], []),
    ("wants-is-planned", "fr", "Veltrix veut passer des commandes de capteurs auprès de Kelvor.",
     [("Kelvor", "supplies", "Veltrix", {"status": "planned"})], []),
    # --- a process is no seller; a machine's name is no customer; contracts to build are orders ------------------
    ("process-is-no-company", "en", "Kelvor took Veltrix's chip orders with its 5nm FinFET node.",
     [("Kelvor", "supplies", "Veltrix")], [("FinFET", "supplies", "Veltrix")]),
    ("named-machine-after-its-noun", "fr", "Veltrix a confié la construction du supercalculateur Orion à Kelvor.",
     [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "Orion supercomputer")], [("Kelvor", "supplies", "Orion")]),
    ("entrusted-in-the-passive", "fr", "La construction du supercalculateur a été confiée à Kelvor par Veltrix.",
     [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "supercomputer")], []),
    ("entrusted-in-the-passive", "fr", "Kelvor se voit confier par Veltrix la réalisation d'un calculateur.",
     [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "computer")], []),
    ("entrusted-task-makes-nothing", "fr", "La maintenance du supercalculateur a été confiée à Kelvor par Orvane.",
     [], [("Kelvor", "supplies", "Orvane"), ("Orvane", "ordered", "supercomputer")]),
    ("entrusted-task-makes-nothing", "fr", "Kelvor se voit confier par Veltrix la maintenance de ses serveurs.",
     [], [("Kelvor", "supplies", "Veltrix")]),
    ("entrusted-task-makes-nothing", "en", "Apple entrusted Kelvor with the maintenance of its servers.",
     [], [("Kelvor", "supplies", "Apple")]),
    ("entrusted-task-makes-nothing", "en", "Nvidia outsourced the packaging of its GPUs to SPIL.",
     [("SPIL", "supplies", "Nvidia")], []),
    ("built-on-behalf-of-a-client", "en", "Kelvor has contracted to build a supercomputer on behalf of its client, Veltrix.",
     [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "supercomputer")], []),
    ("town-is-no-vendor", "fr", "Orvane achète les puces de Dresde.", [], [("Dresde", "supplies", "Orvane")]),
    ("component-acronym-is-goods", "en", "Veltrix buys MEMS from Kelvor.",
     [("Veltrix", "ordered", "MEMS", {"supplier": "Kelvor"})], [("Veltrix", "parent_of", "MEMS")]),
    # --- a maker's output given to companies: they are its customers --------------------------------------------
    ("output-allotted", "en", "Samsung Display is focusing its output on Xiaomi and Vivo.",
     [("Samsung Display", "supplies", "Xiaomi"), ("Samsung Display", "supplies", "Vivo")], []),
    ("output-allotted", "en", "Micron dedicated its entire HBM capacity to Veltrix.",
     [("Micron", "supplies", "Veltrix")], []),
    ("output-allotted", "en", "Micron will focus its capacity on AI chips.", [], [("Micron", "supplies", "AI chips")]),
    ("output-allotted", "fr", "Kelvor réserve sa production à Xiaomi et Vivo.",
     [("Kelvor", "supplies", "Xiaomi"), ("Kelvor", "supplies", "Vivo")], []),
    ("output-allotted", "fr", "Nvidia a réservé des capacités chez Kelvor.",
     [("Kelvor", "supplies", "Nvidia")], [("Nvidia", "supplies", "Kelvor")]),
    # --- goods bought from no one named, then supplied in the passive: the supplier sold them ------------------
    ("bought-then-supplied-by", "fr", ("La société Veltrix a acheté deux supercalculateurs. Ces machines sont "
     "fournies par Kelvor."), [("Kelvor", "supplies", "Veltrix"), ("Veltrix", "ordered", "supercomputers",
                                                                    {"supplier": "Kelvor"})], []),
    ("bought-then-supplied-by", "en", "Veltrix is buying two supercomputers. The machines will be supplied by Kelvor.",
     [("Kelvor", "supplies", "Veltrix", {"status": "planned"})], []),
    ("bought-then-supplied-by", "en", "Veltrix is buying two supercomputers. Modems are supplied by Qualcomm.",
     [], [("Qualcomm", "supplies", "Veltrix")]),
    ("invested-in-counted-goods", "en", "Veltrix will invest $2 billion in 8,000 Nvidia GPUs.",
     [("Veltrix", "ordered", "Nvidia GPUs", {"quantity": 8000})], []),
    ("invested-in-counted-goods", "en", "Samsung will invest $10 billion in HBM.", [], [("Samsung", "ordered", "HBM")]),
    ("invested-in-counted-goods", "en", "Orvane invests $2bn in 500 Kelvor servers.", [], [("Orvane", "ordered", "Kelvor")]),
    ("bought-then-supplied-by", "en", "Orvane is buying 500 servers. These chips are supplied by Kelvor.",
     [("Orvane", "ordered", "servers", {"quantity": 500})], [("Kelvor", "supplies", "Orvane")]),  # counted: an order
    ("agentless-order", "en", "Orvane ordered 8,000 GPUs from Nvidia. Another 4,000 AMD GPUs have been ordered.",
     [], [("Orvane", "ordered", "AMD GPUs")]),
    ("output-allotted", "en", "Apple has dedicated its production to Foxconn.", [], [("Apple", "supplies", "Foxconn")]),
    ("output-allotted", "en", "Apple focused its supply on Kelvor.", [], [("Apple", "supplies", "Kelvor")]),
    ("orders-aimed-at", "en", "Veltrix is hoping to win orders from Nvidia for HBM memory.", [],
     [("Veltrix", "supplies", "Nvidia")]),
    # --- trades' acronyms in the plural are kinds; a kind's pronoun is no group; 'the vendors' is the list before --
    ("kind-not-group", "en", ("Chipmakers such as Intel and AMD rely on OSATs such as Kelvor and Brio Systems. OSATs "
     "have finalized their 2025 orders for ABF substrates."),
     [("Kelvor", "supplies", "Intel"), ("Brio Systems", "supplies", "AMD")],
     [("Kelvor", "ordered", "ABF substrates"), ("OSATs", "ordered", "ABF substrates")]),
    ("kind-not-group", "fr", "Intel s'appuie sur des OSAT comme Kelvor et Amkor.",
     [("Kelvor", "supplies", "Intel"), ("Amkor", "supplies", "Intel")], []),
    ("the-vendors-listed-before", "en", ("Packagers serving designers such as Qualcomm, MediaTek and Apple need not "
     "buy substrates as the chip vendors have ordered ABF substrates."),
     [("Qualcomm", "ordered", "ABF substrates"), ("Apple", "ordered", "ABF substrates")], []),
    # --- units that are goods: spelled-out processing units, counted units of a product ---------------------------
    ("spelled-out-units", "en", "Veltrix bought 8,000 graphics processing units from Nvidia.",
     [("Veltrix", "ordered", "Nvidia GPUs", {"quantity": 8000}), ("Nvidia", "supplies", "Veltrix")], []),
    ("spelled-out-units", "en", "Veltrix bought 8,000 units of the H100.", [("Veltrix", "ordered", "H100")], []),
    ("spelled-out-units", "en", "Nvidia bought the chip unit of Veltrix.", [], [("Nvidia", "ordered", "chip unit")]),
    # --- an order with no party, of goods of the kind just traded: the same buyer and seller ---------------------
    ("agentless-order", "en", ("Veltrix plans to buy 8,000 Nvidia GPUs. The second batch of 4,000 GPUs has already "
     "been ordered."), [("Veltrix", "ordered", "Nvidia GPUs", {"status": "asserted", "quantity": 4000}),
                        ("Nvidia", "supplies", "Veltrix", {"status": "asserted"})], []),
    ("agentless-order", "fr", ("Veltrix prévoit d'acheter 8 000 GPU Nvidia. Une deuxième tranche de 4 000 GPU a "
     "déjà été commandée."), [("Veltrix", "ordered", "Nvidia GPU", {"status": "asserted"})], []),
    ("agentless-order", "en", "Veltrix plans to buy 8,000 Nvidia GPUs. Some 2,000 servers have been ordered.",
     [], [("Veltrix", "ordered", "servers")]),
    ("country-inside-a-name", "fr", "Météo Belgique a acheté deux supercalculateurs à Kelvor.",
     [("Kelvor", "supplies", "Météo Belgique")], [("Kelvor", "supplies", "Belgium")]),
    ("country-inside-a-name", "en", "The US Commerce Department restricted exports of H20 chips to China.",
     [("United States", "restricts_export", "H20")], []),
    ("invested-in-counted-goods", "fr", ("La société Veltrix investit 60 millions d'euros dans trois "
     "supercalculateurs. Ils sont fournis par Kelvor."), [("Kelvor", "supplies", "Veltrix")], []),
    # --- an attempt that failed, or that the text says did not come off: denied --------------------------------
    ("failed-attempt", "en", "Kelvor failed to win orders from Orvane.",
     [("Kelvor", "supplies", "Orvane", {"status": "denied"})], []),
    ("failed-attempt", "en", "Kelvor did not manage to win orders from Orvane.",
     [("Kelvor", "supplies", "Orvane", {"status": "denied"})], []),
    ("failed-attempt", "fr", "Kelvor n'a pas réussi à décrocher la commande d'Orvane.",
     [("Kelvor", "supplies", "Orvane", {"status": "denied"})], []),
    ("failed-attempt", "en", "Kelvor won orders from Orvane after rivals failed.",
     [("Kelvor", "supplies", "Orvane", {"status": "asserted"})], []),
    # --- the subject of a verb that acts on a making noun is not its maker ----------------------------------------
    ("effect-on-making", "en", "Orvane enables the production of smaller chips with its scanners.",
     [], [("Orvane", "manufactures", "smaller chips")]),
    ("effect-on-making", "fr", "Orvane va peser sur la production mondiale de mémoire DRAM.",
     [], [("Orvane", "manufactures", "DRAM")]),
    ("effect-on-making", "en", "Orvane boosted production of its K9 chips.", [("Orvane", "manufactures", "K9")], []),
    # --- 'marché' is a contract when won or awarded, the market after 'sur', 'du', 'dans' -----------------------
    ("marche-market-or-contract", "fr", ("Kelvor s'est assurée une avance sur le marché des DRAM grâce à sa "
     "collaboration avec Orvane."), [], [("Orvane", "ordered", "DRAM")]),
    ("marche-market-or-contract", "fr", "Kelvor a remporté un marché de DRAM avec Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("marche-market-or-contract", "fr", "Dans le cadre du marché conclu avec Orange, Nokia fournira des antennes 5G.",
     [("Nokia", "supplies", "Orange")], []),
    # --- the purpose of a deal deep in adjuncts is the sentence subject's, not the 'with' partner's -------------
    ("deal-purpose-in-adjunct", "en", ("Kelvor saw a strong market reaction on Monday, with its stock up 9% after the "
     "announcement of a broader agreement with Orvane to supply AI hardware."),
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("deal-purpose-in-adjunct", "en", "Kelvor rallied after the announcement of an agreement with Orvane to supply AI servers.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # --- a pronoun means the company subject of a main clause joined to the root, not the first name -----------
    ("pronoun-after-joined-clause", "fr", ("Le rachat a échoué mais dans un secteur dominé par Samsung, "
     "GlobalFoundries n'est pas restée inactive. Elle a aussi conclu un accord avec Ford pour la fourniture de puces."),
     [("GlobalFoundries", "supplies", "Ford")], [("Samsung", "supplies", "Ford")]),
    ("pronoun-after-joined-clause", "en", ("The merger failed, but in a market dominated by Samsung, GlobalFoundries "
     "stayed active. It also signed a deal to supply chips to Ford."),
     [("GlobalFoundries", "supplies", "Ford")], [("Samsung", "supplies", "Ford")]),
    ("pronoun-after-joined-clause", "fr", ("Dans un secteur dominé par Samsung, GlobalFoundries n'est pas restée "
     "inactive.Elle a aussi conclu un accord avec Ford pour la fourniture de puces."),
     [("GlobalFoundries", "supplies", "Ford")], []),
    # --- a present tense with a date after the article's is a plan; a past one stays told ------------------------
    ("future-date-present-tense", "en", "Kelvor ships its chips to Orvane next year.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], []),
    ("future-date-present-tense", "fr", "Kelvor fournit ses puces à Orvane à partir de 2027.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], []),
    ("future-date-present-tense", "fr", "Kelvor a fourni ses puces à Orvane en 2027.",
     [("Kelvor", "supplies", "Orvane", {"status": "asserted"})], []),
    ("future-date-present-tense", "en", "Kelvor has shipped its chips to Orvane since 2024.",
     [("Kelvor", "supplies", "Orvane", {"status": "asserted"})], []),
    ("future-date-present-tense", "en", "TSMC supplies Apple and will open a fab in Arizona in 2027.",
     [("TSMC", "supplies", "Apple", {"status": "asserted"})], []),
    ("future-date-present-tense", "en", "Apple buys modems from Qualcomm through 2027.",
     [("Qualcomm", "supplies", "Apple", {"status": "asserted"})], []),
    ("future-date-present-tense", "fr", "Samsung fournit des puces à Apple jusqu'en 2027.",
     [("Samsung", "supplies", "Apple", {"status": "asserted"})], []),
    # --- in a list of possessives, a product named with its maker is that maker's -------------------------------
    ("possessive-list-own-maker", "en", "Its strategy uses three chip platforms – Google's TPUs, Amazon's Trainium, and Nvidia's GPUs.",
     [("Google", "manufactures", "TPU"), ("Nvidia", "manufactures", "Nvidia GPUs")],
     [("Google", "manufactures", "Nvidia GPUs"), ("Amazon", "manufactures", "Nvidia GPUs")]),
    # --- 'signed a deal with Y to provide': the trades say who provides ------------------------------------------
    ("deal-purpose-by-trade", "en", "Orange signed a deal with Ericsson to provide 5G radio equipment.",
     [("Ericsson", "supplies", "Orange")], [("Orange", "supplies", "Ericsson")]),
    ("deal-purpose-by-trade", "fr", "Orange a signé un accord avec Ericsson pour fournir des équipements radio 5G.",
     [("Ericsson", "supplies", "Orange")], [("Orange", "supplies", "Ericsson")]),
    ("deal-purpose-by-trade", "en", "Nokia signed a deal with Orange to provide 5G radio equipment.",
     [("Nokia", "supplies", "Orange")], [("Orange", "supplies", "Nokia")]),
    # --- export controls: who restricts, and what ----------------------------------------------------------------
    ("restriction-roles", "fr", ("Le ministère chinois du commerce a décrété l'interdiction des exportations de "
     "germanium vers les États-Unis."), [("China", "restricts_export", "germanium")],
     [("United States", "restricts_export", "germanium")]),
    ("restriction-roles", "fr", "Le ministère a annoncé l'interdiction des exportations de germanium vers les États-Unis.",
     [], [("United States", "restricts_export", "germanium")]),
    ("restriction-roles", "fr", ("Les États-Unis bloqueraient la vente en empêchant l'exportation par Kelvor d'un "
     "composant américain."), [], [("United States", "restricts_export", "Kelvor")]),
    ("restriction-roles", "en", "The US added 30 Chinese firms to a blacklist, restricting them from importing components.",
     [], [("United States", "restricts_export", "them")]),
    ("restriction-roles", "fr", "Les États-Unis bloqueraient un tel contrat.", [],
     [("United States", "restricts_export", "tel contrat")]),
    # --- a contract maker making goods named by type for a customer makes that customer's goods ----------------
    ("contract-maker-customer-goods", "en", "TSMC makes chips for Nvidia, AMD and Intel at its Arizona fab.",
     [("TSMC", "manufactures", "Nvidia chips"), ("TSMC", "manufactures", "Intel chips"),
      ("TSMC", "supplies", "AMD")], []),
    ("contract-maker-customer-goods", "fr", "TSMC fabrique des puces pour Apple.",
     [("TSMC", "manufactures", "Apple chips"), ("TSMC", "supplies", "Apple")], []),
    ("contract-maker-customer-goods", "en", "Sony makes sensors for Apple.", [("Sony", "supplies", "Apple")],
     [("Sony", "manufactures", "Apple sensors")]),
    # --- 'X est devenu son client': a company is not its own customer; 'est devenu' is no passive ----------------
    ("became-its-customer", "fr", "SK Hynix a prévu cette hausse. Apple est devenu son premier client.",
     [("SK Hynix", "supplies", "Apple")], [("Apple", "supplies", "SK Hynix")]),
    ("became-its-customer", "en", "SK Hynix said Apple is now its largest customer.",
     [("SK Hynix", "supplies", "Apple")], [("Apple", "supplies", "SK Hynix")]),
    # --- output allotted to a customer's orders, or a share of it ------------------------------------------------
    ("output-to-orders", "fr", "Kelvor a consacré 60 % de sa production aux commandes d'Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("output-to-orders", "en", "Micron dedicated 70% of its output to Apple's orders.", [("Micron", "supplies", "Apple")], []),
    ("output-to-orders", "en", "Micron dedicated its output to Apple orders.", [("Micron", "supplies", "Apple")], []),
    # --- 'qui' after names the parser hung on another noun: the names are its antecedent -------------------------
    ("relative-after-names", "fr", ("A la différence de Samsung et de Micron, qui n'utilisent pas les services de "
     "TSMC, Apple les utilise."), [("TSMC", "supplies", "Samsung", {"status": "denied"}),
                                   ("TSMC", "supplies", "Micron", {"status": "denied"})],
     [("Apple", "supplies", "Micron"), ("Apple", "supplies", "Samsung")]),
    # --- a company chosen to deploy or install a network supplies who chose it; antennas and equipment are goods
    ("chosen-to-deploy", "en", "Orange chose Nokia to deploy its 5G network.", [("Nokia", "supplies", "Orange")], []),
    ("chosen-to-deploy", "fr", "Bouygues Telecom a choisi Ericsson pour déployer son réseau 5G.",
     [("Ericsson", "supplies", "Bouygues Telecom")], []),
    ("antennas-are-goods", "fr", "Bouygues Telecom a signé un contrat avec Nokia pour l'achat d'antennes 5G.",
     [("Bouygues Telecom", "ordered", "Nokia antennas"), ("Nokia", "supplies", "Bouygues Telecom")], []),
    # --- money spent on goods, where the parser hangs the goods on the sum ---------------------------------------
    ("spent-on-goods", "fr", "Oracle prévoit de dépenser 40 milliards de dollars en puces Nvidia pour son centre de données.",
     [("Oracle", "ordered", "Nvidia chips", {"status": "planned"}), ("Nvidia", "supplies", "Oracle")], []),
    ("spent-on-goods", "fr", "Meta a dépensé 10 milliards de dollars en recherche.", [], [("Meta", "ordered", "recherche")]),
    # --- French names the model after the noun: 'ses puces Zephyr' ----------------------------------------------
    ("model-after-noun", "fr", "Kelvor a dévoilé ses puces Zephyr, produites par TSMC.",
     [("TSMC", "manufactures", "Zephyr"), ("TSMC", "supplies", "Kelvor")], []),
    ("model-after-noun", "fr", "La production des puces Metis sera assurée par Samsung.",
     [("Samsung", "manufactures", "Metis", {"status": "planned"})], []),
    ("model-after-noun", "fr", "Dell achète des puces Nvidia.", [("Nvidia", "supplies", "Dell")], []),
    # --- 's'approvisionner auprès de fournisseurs tels que X': the reflexive opens a verb, the list names sellers
    ("procure-from-listed", "fr", "HP compte se fournir auprès de vendeurs asiatiques tels que CXMT.",
     [("CXMT", "supplies", "HP", {"status": "planned"})], []),
    ("procure-from-listed", "fr", ("De grands fabricants de PC comme HP et Dell comptent s'approvisionner auprès de "
     "vendeurs asiatiques tels que CXMT."), [("CXMT", "supplies", "HP"), ("CXMT", "supplies", "Dell")], []),
    ("procure-from-listed", "fr", "HP et Dell envisagent ainsi de s'approvisionner auprès de fournisseurs tels que CXMT.",
     [("CXMT", "supplies", "HP", {"status": "planned"}), ("CXMT", "supplies", "Dell")], []),
    # --- 'Neither X nor Y' denies ---------------------------------------------------------------------------------
    ("neither-nor", "en", "Neither Intel nor Nvidia buys chips from TSMC.",
     [("TSMC", "supplies", "Intel", {"status": "denied"}), ("TSMC", "supplies", "Nvidia", {"status": "denied"})], []),
    # --- materials are goods -------------------------------------------------------------------------------------
    ("materials-are-goods", "fr", ("Entegris et Wolfspeed ont signé un contrat pour la fourniture par Entegris de "
     "graphite."), [("Wolfspeed", "ordered", "graphite"), ("Entegris", "supplies", "Wolfspeed", {"product": "graphite"})],
     []),
    # --- discussions to buy, and purchases ramped up --------------------------------------------------------------
    ("discussions-to-buy", "en", "Dell is in discussions to buy roughly 12,000 Nvidia GPUs.",
     [("Dell", "ordered", "Nvidia GPUs", {"status": "planned", "quantity": 12000})], []),
    ("discussions-to-buy", "en", "Dell is seeking to grow, with discussions to buy 10,000 Nvidia GPUs every year.",
     [("Dell", "ordered", "Nvidia GPUs", {"status": "planned"})], []),
    ("discussions-to-buy", "fr", "Dell est en pourparlers pour acheter des GPU Nvidia.",
     [("Dell", "ordered", "Nvidia GPU", {"status": "planned"})], []),
    ("purchases-ramped-up", "en", "Dell will ramp up purchases of Nvidia GPUs.", [("Nvidia", "supplies", "Dell")], []),
    # --- a known product's name inside a longer unknown name is not that product ---------------------------------
    ("name-inside-a-name", "en", "Kelvor has contracted to build the Condor Galaxy supercomputer on behalf of its client, Orvane.",
     [("Kelvor", "manufactures", "Condor Galaxy supercomputer")], [("Kelvor", "supplies", "Samsung")]),
    ("name-inside-a-name", "en", "Qualcomm supplies modems for the Galaxy S24.", [("Qualcomm", "supplies", "Samsung")], []),
    # --- a deal's purpose hung on the verb, and a material the parser hung elsewhere -----------------------------
    ("deal-extended-for-supply", "fr", ("Soitec et STMicroelectronics annoncent l'extension de leur accord pour la "
     "fourniture de plaquettes SiC."), [("STMicroelectronics", "ordered", "SiC wafers")], []),
    ("deal-extended-for-supply", "fr", ("Orvane a signé avec Kelvor un accord pour la livraison de plaquettes en "
     "carbure de silicium."), [("Orvane", "ordered", "SiC wafers")], []),
    # --- units counted in digits are goods; a business unit is not ------------------------------------------------
    ("counted-units", "en", "Kelvor will deliver at least 1,890 units to Orvane by 2030.",
     [("Kelvor", "delivered", "Orvane", {"quantity": 1890, "status": "planned"})], []),
    ("counted-units", "en", "Kelvor sold two business units to Orvane.", [], [("Kelvor", "supplies", "Orvane")]),
    # --- hardware of aerospace, telecom and rail is goods, named by type ----------------------------------------
    ("hardware-by-type", "en", "Kelvor won a $31 million order from Orvane for data recorders.",
     [("Orvane", "ordered", "data recorders"), ("Kelvor", "supplies", "Orvane")], []),
    ("hardware-by-type", "fr", "Orvane a attribué à Kelvor un contrat pour des détecteurs infrarouges.",
     [("Orvane", "ordered", "infrared detector")], []),
    ("hardware-by-type", "fr", "Kelvor livrera 30 locomotives à Orvane.",
     [("Kelvor", "delivered", "Orvane", {"quantity": 30, "status": "planned"})], []),
    ("hardware-by-type", "en", "Kelvor trains its AI models on Nvidia GPUs.", [], [("Kelvor", "ordered", "trains")]),
    # --- a French trade verb after a name that the tagger read as a noun, or mis-lemmatised --------------------
    ("french-verb-after-a-name", "fr", "Apple recourt à TSMC pour ses puces.", [("TSMC", "supplies", "Apple")], []),
    ("french-verb-after-a-name", "fr", "SFR recourt aux services de Huawei pour son réseau.",
     [("Huawei", "supplies", "SFR")], []),
    ("french-verb-after-a-name", "fr", "L'équipe Thales travaille pour Airbus.", [], [("Thales", "supplies", "Airbus")]),
    # --- second reader's probes of this round: what must stay as it was ------------------------------------------
    ("failed-attempt", "en", "Apple did not hesitate to place orders with TSMC.",
     [("TSMC", "supplies", "Apple", {"status": "asserted"})], []),
    ("failed-attempt", "fr", "Kelvor n'a pas tardé à décrocher une commande d'Apple.",
     [("Kelvor", "supplies", "Apple", {"status": "asserted"})], []),
    ("failed-attempt", "en", "Intel shares collapsed after the company shipped fewer chips to Dell.",
     [("Intel", "supplies", "Dell", {"status": "asserted"})], []),
    ("failed-attempt", "en", "Huawei refused to buy chips from Micron.",
     [("Micron", "supplies", "Huawei", {"status": "denied"})], []),
    ("neither-nor", "en", "Samsung, neither the largest nor the cheapest supplier, sells HBM to Nvidia.",
     [("Samsung", "supplies", "Nvidia", {"status": "asserted"})], []),
    ("deal-purpose-by-trade", "en", "Verizon signed a deal with Nvidia to provide AI services to enterprises.",
     [], [("Nvidia", "supplies", "Verizon")]),
    ("deal-purpose-by-trade", "en", "Telefonica signed a deal with Ericsson to provide network services to Ericsson.",
     [], [("Ericsson", "supplies", "Telefónica")]),
    ("effect-on-making", "en", "Samsung delayed mass production of HBM4 chips.", [("Samsung", "manufactures", "HBM4")], []),
    ("effect-on-making", "en", "TSMC's new Arizona fab will enable production of 2nm chips.",
     [("TSMC", "manufactures", "2nm chips")], []),
    ("name-inside-a-name", "en", "Foxconn assembles Indian iPhones for Apple.", [("Foxconn", "supplies", "Apple")], []),
    ("name-inside-a-name", "en", "Anthropic uses Google Cloud TPUs to train its models.", [("Anthropic", "uses", "TPU")], []),
    ("chosen-to-deploy", "en", "Nvidia chose CoreWeave to deploy its first Blackwell systems.", [],
     [("CoreWeave", "supplies", "Nvidia")]),
    ("chosen-to-deploy", "fr", "Bouygues Telecom a choisi Huawei pour installer ses antennes.",
     [("Huawei", "supplies", "Bouygues Telecom")], [("Huawei", "uses", "Bouygues Telecom antennas")]),
    ("goods-with-their-maker", "en", "Meta is spending billions on Nvidia chips and AMD GPUs.",
     [("Meta", "ordered", "Nvidia chips", {"supplier": "Nvidia"}), ("Meta", "ordered", "AMD GPUs", {"supplier": "AMD"})],
     []),
    # --- consumer devices are goods: an assembler making them for a brand supplies it ----------------------------
    ("devices-made-for-a-brand", "en", "Kelvor already manufactures televisions for Orvane and Brio.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Brio")], []),
    ("devices-made-for-a-brand", "en", "Kelvor is also assembling wireless speakers for Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("devices-made-for-a-brand", "fr", "Kelvor fabrique des téléviseurs pour Orvane depuis 2019.",
     [("Kelvor", "supplies", "Orvane")], []),
    # --- 'the company' after a sentence with no company subject: the lede's subject, not the last name -----------
    ("description-back-to-the-lede", "en", ("Kelvor has won assembly contracts from Orvane and Brio. Kelvor will "
     "assemble phones for Orvane at its Pune plant. Analysts said the orders put Kelvor on track to lead the sector. "
     "It will be a first for the Japanese brand Sentavi, whose TVs have so far been built abroad. On top of "
     "that, the company already builds TVs for Marvane and Tolvix."),
     [("Kelvor", "supplies", "Marvane"), ("Kelvor", "supplies", "Tolvix")], [("Sentavi", "supplies", "Marvane")]),
    ("description-back-to-the-lede", "en", ("Orvane is a big customer of Kelvor. Kelvor assembles the main chips of "
     "Orvane's phones. The company also makes chips for Brio."),
     [("Kelvor", "supplies", "Brio")], [("Orvane", "supplies", "Brio")]),  # a company subject just before: that one
    # --- an unknown name opening a sentence, tagged a verb though parsed as the subject, is a name ----------------
    ("subject-tagged-a-verb", "en", "Kelvor already supplies chips to Orvane.", [("Kelvor", "supplies", "Orvane")], []),
    ("subject-tagged-a-verb", "en", "Kelvor recently shipped wafers to Orvane.",
     [("Kelvor", "delivered", "Orvane"), ("Kelvor", "supplies", "Orvane")], []),
    # --- a name no list knows, ending in a word that ends company names, is one company's name -----------------
    ("name-with-a-company-tail", "fr", "Orvane Systèmes s'approvisionne auprès de Kelvor en cartes hyperfréquences.",
     [("Kelvor", "supplies", "Orvane Systèmes")], []),
    ("name-with-a-company-tail", "fr", "Kelvor a été sélectionné par Naval Group pour fournir 300 radars de navigation.",
     [("Kelvor", "supplies", "Naval Group")], []),
    ("name-with-a-company-tail", "fr", "Kelvor a remporté une commande de Brevanne Automobiles portant sur 5 000 capteurs.",
     [("Kelvor", "supplies", "Brevanne Automobiles"), ("Brevanne Automobiles", "ordered", "Kelvor sensors")], []),
    ("name-with-a-company-tail", "en", "Kelvor won an order from Tolvane Aerospace for 300 radios.",
     [("Kelvor", "supplies", "Tolvane Aerospace")], []),
    # --- French: an unknown name as the object or the 'à' argument of a trade verb is a company; a town is not --
    ("french-trade-argument", "fr", "Kelvor fournit Meridel en capteurs.", [("Kelvor", "supplies", "Meridel")], []),
    ("french-trade-argument", "fr", "Infineon a vendu à Trivalis des microcontrôleurs.",
     [("Infineon", "supplies", "Trivalis")], []),
    ("french-trade-argument", "fr", "Kelvor a livré des puces à Perpignan.", [], [("Kelvor", "supplies", "Perpignan")]),
    # --- 'équipe' after a name, which the tagger leaves untyped (the noun 'équipe', a team), is the verb ----------
    ("equipe-tagged-x", "fr", "Qualcomm équipe Orvane en processeurs.", [("Qualcomm", "supplies", "Orvane")], []),
    ("equipe-tagged-x", "fr", "Kelvor équipe Thales en calculateurs de bord.",
     [("Kelvor", "supplies", "Thales", {"product": "Kelvor computers"})], []),
    # --- a company added to another's list of suppliers supplies it -------------------------------------------
    ("added-to-the-suppliers", "en", "Apple added the display maker Kelvor to its list of OLED panel suppliers.",
     [("Kelvor", "supplies", "Apple")], [("Apple", "supplies", "Kelvor")]),
    ("added-to-the-suppliers", "fr", "Apple a ajouté le fabricant d'écrans Kelvor à sa liste de fournisseurs.",
     [("Kelvor", "supplies", "Apple")], [("Apple", "supplies", "Kelvor")]),
    ("added-to-the-suppliers", "en", "Apple has added a new clause to its list of supplier requirements.", [],
     [("Apple", "supplies", "Apple")]),
    # --- French: a time phrase the parser made the object ('la semaine dernière') leaves the goods the object ----
    ("time-phrase-as-object", "fr", "Kelvor a commandé le mois dernier 200 serveurs à Orvane.",
     [("Kelvor", "ordered", "Orvane servers", {"quantity": 200, "date": "2024-08"}), ("Orvane", "supplies", "Kelvor")], []),
    ("time-phrase-as-object", "fr", "SK Hynix a livré la semaine dernière un premier lot de mémoires HBM3E à Orvane.",
     [("SK Hynix", "delivered", "Orvane"), ("SK Hynix", "supplies", "Orvane")], []),
    ("last-month", "en", "Kelvor ordered 200 servers from Orvane last month.",
     [("Kelvor", "ordered", "Orvane servers", {"date": "2024-08"})], []),
    # --- a negation of the whole ('not all of the panels') leaves a part supplied: no denial --------------------
    # ('Orvane's phones': with 'panels' now a kind the lexicon knows, 'Orvane phones' reads as a model of phones)
    ("not-all-is-some", "en", "Kelvor was not supplying all of the panels for Orvane's phones.",
     [("Kelvor", "supplies", "Orvane", {"status": "asserted"})], []),
    ("not-all-is-some", "fr", "Kelvor ne fournit pas toutes les puces à Renault.",
     [("Kelvor", "supplies", "Renault", {"status": "asserted"})], []),
    ("not-all-is-some", "en", "Kelvor did not supply chips to Orvane.",
     [("Kelvor", "supplies", "Orvane", {"status": "denied"})], []),
    # --- contracts 'from' a company come from the customer, wherever the verb that wins them stands ------------
    ("contracts-from-the-customer", "en", "Kelvor has won a contract from Nokia, besides contracts from Brio and Toshiba.",
     [("Kelvor", "supplies", "Nokia"), ("Kelvor", "supplies", "Brio"), ("Kelvor", "supplies", "Toshiba")],
     [("Brio", "supplies", "Kelvor"), ("Toshiba", "supplies", "Kelvor")]),
    # --- an order split between sellers goes to each of them ---------------------------------------------------
    ("order-split-between", "en", "Orvane has ordered 8 million OLED panels, split between LG Display and Kelvor.",
     [("LG Display", "supplies", "Orvane"), ("Kelvor", "supplies", "Orvane")], []),
    ("order-split-between", "fr", "Orvane a commandé 8 millions de dalles OLED, réparties entre LG Display et Kelvor.",
     [("LG Display", "supplies", "Orvane"), ("Kelvor", "supplies", "Orvane")], []),
    ("order-split-between", "en", "Orvane's orders for 3nm chips are split between TSMC and Samsung.",
     [("TSMC", "supplies", "Orvane"), ("Samsung", "supplies", "Orvane")], []),
    ("order-split-between", "en", "The profits are split between Kelvor and Orvane.", [],
     [("Kelvor", "supplies", "Orvane"), ("Orvane", "supplies", "Kelvor")]),
    # --- common nouns NER took for an organisation before the goods' noun name the goods, not a company ---------
    ("goods-words-as-organisation", "en", ("Kelvor has stopped producing LCD panels, so Orvane has turned to Chinese "
     "makers for LCD TV panels."), [], [("Kelvor", "supplies", "LCD TV")]),
    # --- 'Ce dernier lui a commandé': the latter is the subject, so 'lui' is the other company ---------------
    ("latter-and-clitic", "fr", "Oradis a signé avec Thales. Ce dernier lui a commandé 200 radars.",
     [("Thales", "ordered", "Oradis radars", {"supplier": "Oradis"}), ("Oradis", "supplies", "Thales")],
     [("Thales", "supplies", "Oradis")]),
    # --- a passive with no agent: the goods' possessor supplies them -------------------------------------------
    ("passive-goods-possessor", "en", "Kelvor boosted output. Its memory chips will be delivered to Orvane in March.",
     [("Kelvor", "delivered", "Orvane"), ("Kelvor", "supplies", "Orvane")], []),
    ("passive-goods-possessor", "fr", "Kelvor a accéléré sa production. Ses puces mémoire sont fournies à Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    # --- microprocessors, microchips, microcontrollers are goods ------------------------------------------------
    ("micro-goods", "fr", "Le constructeur Renault a signé un accord avec Qualcomm pour développer trois microprocesseurs.",
     [("Qualcomm", "supplies", "Renault")], []),
    ("micro-goods", "fr", "Orvane a passé commande de micropuces auprès de Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    ("micro-goods", "en", "Orvane buys microcontrollers from Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    # --- rolling stock is goods: trains, trams, railcars ----------------------------------------------------------
    ("rail-goods", "fr", "Orvane a commandé à Kelvor 15 trains pour un montant de 600 millions d'euros.",
     [("Orvane", "ordered", "Kelvor trains", {"supplier": "Kelvor", "quantity": 15}), ("Kelvor", "supplies", "Orvane")], []),
    ("rail-goods", "en", "Orvane ordered 60 trams from Kelvor.", [("Orvane", "ordered", "Kelvor trams")], []),
    ("rail-goods", "en", "Kelvor will train its AI models on Nvidia chips.", [], [("Kelvor", "ordered", "train")]),
    # --- chosen for a contract: who is chosen supplies who chose -----------------------------------------------
    ("chosen-for-contract", "en", "Orvane picked Kelvor and Brio for a $2 billion contract to expand its network.",
     [("Kelvor", "supplies", "Orvane"), ("Brio", "supplies", "Orvane")], []),
    ("chosen-for-contract", "fr", "Orvane a retenu Kelvor pour un contrat de 2 milliards d'euros.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("chosen-for-contract", "en", "Orvane picked Kelvor for its board of directors.", [], [("Kelvor", "supplies", "Orvane")]),
    # --- an operator in a deal for goods buys them ---------------------------------------------------------------
    ("operator-buys", "fr", "Kelvor a signé un contrat avec l'opérateur Orvane pour deux satellites.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("operator-buys", "en", "Kelvor signed a deal with data-center operator Orvane for 500 servers.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # --- one English name before the -s form of a trade verb that the tagger read as a plural noun ---------------
    ("one-name-verb", "en", "Dell sources from Micron and SK Hynix.",
     [("Micron", "supplies", "Dell"), ("SK Hynix", "supplies", "Dell")], []),
    ("one-name-verb", "en", "Orvane Systems sources chips from Kelvor.", [("Kelvor", "supplies", "Orvane Systems")], []),
    # --- session 49 ---------------------------------------------------------------------------------
    # what the goods go into is the customer's: its possessor, or a device's maker
    ("goods-used-in", "en", "Kelvor supplies the chips used in Orvane's phones.", [("Kelvor", "supplies", "Orvane")], []),
    ("goods-used-in", "en", "Kelvor supplies the modems used in the iPhone 16.", [("Kelvor", "supplies", "Apple")], []),
    # who is entrusted with a supply supplies the one who entrusts it (rule supply.entrust)
    ("entrusted-supply", "fr", "Norvia a confié à Veltrix la fourniture de ses modules radar pour cinq ans.",
     [("Veltrix", "supplies", "Norvia")], [("Norvia", "supplies", "Veltrix")]),
    ("entrusted-supply", "fr", "La fourniture des modules radar a été confiée à Veltrix par Norvia.",
     [("Veltrix", "supplies", "Norvia")], [("Norvia", "supplies", "Veltrix")]),
    ("entrusted-supply", "fr", "Norvia a attribué à Veltrix l'approvisionnement en capteurs de ses usines.",
     [("Veltrix", "supplies", "Norvia")], [("Norvia", "supplies", "Veltrix")]),
    ("entrusted-supply", "fr", "Veltrix assurera la fourniture des modules radar à Norvia.",  # its own supply
     [("Veltrix", "supplies", "Norvia")], [("Norvia", "supplies", "Veltrix")]),
    # chosen to make, and equipping a customer's goods (make.ask with 'pour'; the repaired parses)
    ("chosen-to-make", "fr", "Apple a retenu TSMC pour graver ses futures puces M5.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    ("chosen-to-make", "fr", "Thales Alenia Space a été choisi par Airbus pour fabriquer 20 satellites.",
     [("Thales Alenia Space", "supplies", "Airbus")], [("Airbus", "supplies", "Thales Alenia Space")]),
    ("equips-a-customers-goods", "fr", "Valeo équipe désormais les voitures de Stellantis de ses caméras.",
     [("Valeo", "supplies", "Stellantis")], [("Stellantis", "supplies", "Valeo")]),
    # a bracketed abbreviation inside a noun phrase is left out of the parse; after a company noun it names it
    ("abbreviation-inside", "en", "Meanwhile, power amplifier (PA) supplier Kelvor has landed orders from Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("abbreviation-inside", "en", "The Taiwanese foundry (TWFC) will ship chips to Orvane.", [("TWFC", "supplies", "Orvane")], []),
    ("abbreviation-inside", "en", "Orvane said its memory supplier (KLV) raised prices.", [("KLV", "supplies", "Orvane")], []),
    # a counted supply to a list of customers is a volume, not a shipment to each; to one or two, a shipment
    ("volume-to-many-customers", "en", "Kelvor supplies about 4 million computers a year to Dell, HP, Lenovo and Acer.",
     [("Kelvor", "supplies", "Dell"), ("Kelvor", "supplies", "Acer")], [("Kelvor", "delivered", "Dell")]),
    ("volume-to-many-customers", "en", "Kelvor will supply 20,000 chips to Dell and HP.",
     [("Kelvor", "delivered", "Dell"), ("Kelvor", "delivered", "HP")], []),
    # chosen by a customer to build or deploy its network: a supply, in the passive and in a cleft too
    ("chosen-to-build", "fr", "Nokia a été retenu par Bouygues Telecom pour construire son réseau 5G.",
     [("Nokia", "supplies", "Bouygues Telecom")], [("Bouygues Telecom", "supplies", "Nokia")]),
    ("chosen-to-build", "en", "Ericsson was selected by Vodafone to build its 5G network.",
     [("Ericsson", "supplies", "Vodafone")], [("Vodafone", "supplies", "Ericsson")]),
    ("chosen-to-build", "en", "Intel chose Fluor to build its Ohio plant.", [], [("Fluor", "supplies", "Intel")]),
    ("cleft-passive", "fr", "C'est l'équipementier Ericsson qui a été choisi par Orange pour déployer son réseau.",
     [("Ericsson", "supplies", "Orange")], [("Orange", "supplies", "Ericsson")]),
    # a contract won, the participle on the noun: the winner supplies the one it was won from
    ("contract-won-participle", "fr", "L'équipementier Nokia a rendu public le contrat gagné auprès de Free Mobile pour la 5G.",
     [("Nokia", "supplies", "Free Mobile")], [("Free Mobile", "supplies", "Nokia")]),
    # a name with its legal ending and a bracketed abbreviation; a bracket that spells out an acronym
    ("bracketed-abbreviation", "fr", "Volvo a conclu un accord de fourniture de batteries avec Contemporary Amperex Technology Ltd (CATL).",
     [("CATL", "supplies", "Volvo")], [("Contemporary Amperex", "supplies", "Volvo")]),
    ("bracketed-abbreviation", "en",
     "Kelvor signed a deal with Orvane Semiconductor Manufacturing Co. (OSMC) for wafers. OSMC will deliver 5,000 wafers to Kelvor in March.",
     [("Orvane Semiconductor Manufacturing", "delivered", "Kelvor")], [("OSMC", "delivered", "Kelvor")]),
    ("maker-in-a-deal", "fr",  # a control: the maker noun already told the way
     "Saft, spécialiste de la fabrication de batteries, a signé un contrat avec Orvane, premier constructeur de trains du pays, pour la fourniture de batteries.",
     [("Saft", "supplies", "Orvane")], [("Orvane", "supplies", "Saft")]),
    # the second noun of an apposition ('... et filiale de X') is the named company's too, and its owner no customer
    ("apposition-subsidiary", "fr", "Saft, spécialiste des batteries pour l'industrie et filiale de TotalEnergies, a ouvert un site.",
     [("TotalEnergies", "parent_of", "Saft")], [("Saft", "supplies", "TotalEnergies")]),
    ("apposition-subsidiary", "en", "Saft, a maker of batteries and a subsidiary of TotalEnergies, signed a contract.",
     [("TotalEnergies", "parent_of", "Saft")], []),
    # goods bound for a device: its maker buys them
    ("bound-for-a-device", "fr", "Kelvor vient d'obtenir une commande pour 60 millions d'écrans OLED destinés au futur iPhone.",
     [("Kelvor", "supplies", "Apple"), ("Apple", "ordered", "OLED panel")], [("Apple", "supplies", "Kelvor")]),
    ("bound-for-a-device", "en", "Kelvor won an order for 60 million OLED panels for the next iPhone.",
     [("Kelvor", "supplies", "Apple"), ("Apple", "ordered", "OLED panel")], []),
    # a product noun that qualifies another through a bare 'de' makes one product with it
    ("bare-de-compound", "fr", "Kelvor fournit des modules de caméra à Apple.",
     [("Kelvor", "supplies", "Apple", {"product": "camera module"})], []),
    # serving companies is supplying them
    ("serves-customers", "fr", "AMD sert désormais tous les grands du cloud : Amazon, Microsoft et Google.",
     [("AMD", "supplies", "Amazon"), ("AMD", "supplies", "Google")], []),
    ("serves-customers", "en", "Kelvor serves Dell and HP from its plant in Penang.",
     [("Kelvor", "supplies", "Dell"), ("Kelvor", "supplies", "HP")], []),
    ("serves-customers", "en", "The Kelvor design served as a model for Nvidia.", [], [("Kelvor", "supplies", "Nvidia")]),
    # an assembler building another company's servers or devices supplies it; so does one working on them
    ("assembler-of-servers", "en", "Foxconn builds Dell servers in Mexico.", [("Foxconn", "supplies", "Dell")], []),
    # a maker's process used to make goods of a kind is a licence; to make a company's own chip, a supply
    ("process-licence", "en", "Orvane and Kelvor will use Micron's 40nm process to produce DRAM for others.",
     [], [("Micron", "supplies", "Orvane"), ("Micron", "supplies", "Kelvor")]),
    ("process-licence", "en", "Apple will use TSMC's 3nm process to make the M5 chips.", [("TSMC", "supplies", "Apple")], []),
    # a description that is a clause's subject is none of the companies its clause names
    ("description-not-in-its-clause", "en",
     "Dell moved its laptop orders to Compal. The decision hurt Wistron. The firm took a fifth of Dell's orders and now supplies Acer.",
     [("Wistron", "supplies", "Acer")], [("Dell", "supplies", "Acer")]),
    # server makers that build a chip designer's reference system do not supply the designer
    ("reference-system", "en", "Hon Hai is becoming the largest producer of GB200 NVL72 servers, powered by Nvidia's chips.",
     [], [("Foxconn", "supplies", "Nvidia")]),
    # an abbreviation the article defines for a known company names it afterwards
    ("defined-abbreviation", "en", "Kelvor met Microsoft (MS) on Monday. Kelvor will supply DRAM chips to MS from next year.",
     [("Kelvor", "supplies", "Microsoft")], []),
    # a contract or tender won or awarded, in the passive: the winner supplies the one that issued it
    ("contract-won-passive", "fr", "L'appel d'offres émis par la RATP a été remporté par Kelvor.",
     [("Kelvor", "supplies", "RATP")], [("RATP", "supplies", "Kelvor")]),
    ("contract-won-passive", "fr", "Le contrat a été attribué à Thales par Airbus.",
     [("Thales", "supplies", "Airbus")], [("Airbus", "supplies", "Thales")]),
    ("contract-won-passive", "en", "The tender issued by SNCF was won by Alstom.",
     [("Alstom", "supplies", "SNCF")], [("SNCF", "supplies", "Alstom")]),
    ("contract-won-passive", "en", "The contract was awarded to Thales by Airbus.",
     [("Thales", "supplies", "Airbus")], [("Airbus", "supplies", "Thales")]),
    # where a company's revenue comes from, it sells
    ("revenue-comes-from", "fr", "Le chiffre d'affaires de Wiwynn provient surtout de Microsoft et de Meta.",
     [("Wiwynn", "supplies", "Microsoft"), ("Wiwynn", "supplies", "Meta")], [("Microsoft", "supplies", "Wiwynn")]),
    ("revenue-comes-from", "en", "Kelvor's revenue mainly comes from Dell and HP.",
     [("Kelvor", "supplies", "Dell"), ("Kelvor", "supplies", "HP")], [("Dell", "supplies", "Kelvor")]),
    ("revenue-comes-from", "en", "Nvidia's new chief came from Intel.", [], [("Intel", "supplies", "Nvidia")]),
    # a description in apposition names a kind, not the product: 'the TC bonder, a core HBM tool'
    ("apposed-description", "en", "Hanmi is to ship SK hynix its new \"TC bonder\", a key high-bandwidth memory (HBM) production machine.",
     [("Hanmi Semiconductor", "supplies", "SK Hynix", {"product": "TC bonder"})], []),
    # where goods come from is no revenue, even from 'businesses'
    ("goods-from-businesses", "en", "Samsung has long used lenses from local businesses such as Kolen and Sekonix.",
     [("Kolen", "supplies", "Samsung"), ("Sekonix", "supplies", "Samsung")], [("Samsung", "supplies", "Kolen")]),
    # 'européen' describes a company of any member country; 'constructeur' a maker of aircraft or satellites too
    ("european-description", "fr",
     "Airbus a vendu un satellite à l'opérateur Kelvosat. En avril, le constructeur européen a signé un autre contrat, cette fois avec l'opérateur Eutelsat.",
     [("Airbus", "supplies", "Eutelsat")], [("Kelvosat", "supplies", "Eutelsat")]),
    # an ampersand for 'and' in a known name
    ("ampersand-in-a-name", "fr", "En mai, Airbus Defence & Space a conclu un contrat avec l'opérateur Kelvosat.",
     [("Airbus Defence and Space", "supplies", "Kelvosat")], [("Space", "supplies", "Kelvosat"), ("Airbus", "supplies", "Kelvosat")]),
    # a product acronym in the plural is the product; each product supplied is a fact of its own
    ("plural-acronym-goods", "en", "Kelvor will supply DRAMs and FPGAs to Orvane Motors.",
     [("Kelvor", "supplies", "Orvane Motors", {"product": "DRAM"}), ("Kelvor", "supplies", "Orvane Motors", {"product": "FPGA"})],
     []),
    # a brand entrusts an assembler with making, not the other way round, whatever the coreference said
    ("entrusted-the-right-way", "fr",
     "Pegatron gagne du terrain chez Apple. Le groupe lui a confié l'assemblage de l'iPad mini.",
     [("Pegatron", "supplies", "Apple")], [("Apple", "supplies", "Pegatron")]),
    # an adjective after a copula is no verb ('important' is no form of 'importer')
    ("adjective-not-verb", "fr", "Kelvor reste le plus important assembleur des MacBook et des iMac.",
     [], [("Apple", "supplies", "Quanta"), ("Quanta", "ordered", "MacBook")]),
    # 'sent its stock down' ships nothing; a shipment that is a subject goes to no one named after its verb
    ("no-shipment", "en", "Apple removed the headphone jack from the iPhone 7. This move sent Cirrus Logic's stock down 13 percent.",
     [], [("Apple", "delivered", "Cirrus Logic"), ("Apple", "supplies", "Cirrus Logic")]),
    ("no-shipment", "en",
     "Apple makes the iPhone. Falling iPhone shipments pushed Skyworks to look for buyers beyond Apple to Samsung and Huawei.",
     [], [("Apple", "delivered", "Samsung"), ("Apple", "supplies", "Samsung")]),
    # the items of one list supply one another no more than the rules say
    ("list-items-no-pairs", "fr",
     "Le fondeur grave des puces pour quelque 400 clients dans le monde, dont Qualcomm, Nvidia, AMD, SK Hynix, Micron.",
     [], [("Micron", "supplies", "Qualcomm"), ("Micron", "supplies", "Nvidia")]),
    # found by the review of session 50: readings the first versions of its rules got wrong
    ("review-50", "en", "Kelvor will use TSMC's 3nm process to make AI chips.", [("TSMC", "supplies", "Kelvor")], []),
    ("review-50", "fr", "BOE fournit des écrans à Huawei. Le constructeur chinois a commandé 10 millions de dalles OLED.",
     [("Huawei", "ordered", "OLED panel")], [("BOE", "ordered", "OLED panel")]),
    ("review-50", "en", "Orvane chose Kelvor to build a partnership with Renault.", [], [("Kelvor", "supplies", "Orvane")]),
    ("review-50", "en", "Samsung served Apple with a lawsuit in 2011.", [], [("Samsung", "supplies", "Apple")]),
    ("review-50", "en", "Kelvor's revenue comes mainly from its Orvane unit.", [], [("Kelvor", "supplies", "Orvane")]),
    ("review-50", "fr", "Le chiffre d'affaires de Kelvor provient de sa filiale Orvane.", [],
     [("Kelvor", "supplies", "Orvane"), ("Orvane", "supplies", "Kelvor")]),
    ("review-50", "en", "SMIC (Semiconductor Manufacturing International Corp., a key Huawei supplier) reported results.",
     [("SMIC", "supplies", "Huawei")], []),
    ("review-50", "fr", "NXP et Infineon ont annoncé leurs résultats. Le fabricant européen va livrer des puces à Tesla.",
     [], [("NXP", "supplies", "Tesla"), ("Infineon", "supplies", "Tesla")]),
    ("review-50", "en", "Tesla makes its own batteries. Tesla signed a deal with Kelvor for the supply of batteries.",
     [("Kelvor", "supplies", "Tesla")], [("Tesla", "supplies", "Kelvor")]),
    ("review-50", "fr", "Saft, spécialiste des batteries et filiale de Total, vient d'ouvrir une usine.",
     [("Total", "parent_of", "Saft")], [("Saft", "supplies", "Total")]),
    # a company bought is no order of its goods
    ("company-acquired", "en", "The bankrupt DRAM chipmaker should be acquired by Micron.", [], [("Micron", "ordered", "DRAM")]),
    # a public body named by its country buys as itself; a body the lexicon knows as the government's stays the country
    ("public-body", "en", "In May the United States Air Force handed Kelvor a contract for flight recorders.",
     [("Kelvor", "supplies", "United States Air Force"), ("United States Air Force", "ordered", "flight recorders")], []),
    ("public-body", "en", "The US Navy ordered 12 radars from Kelvor.",
     [("US Navy", "ordered", "Kelvor radars"), ("Kelvor", "supplies", "US Navy")], [("Navy", "ordered", "Kelvor radars")]),
    ("public-body", "en", "Kelvor won a $20 million order from the French Ministry of Defence for radios.",
     [("Kelvor", "supplies", "French Ministry of Defence")], [("Kelvor", "supplies", "French Ministry")]),
    ("public-body", "en", "The U.S. Department of Commerce banned exports of H20 chips to China.",
     [("United States", "restricts_export", "H20")], []),
    ("public-body", "en", "China's Ministry of Commerce restricted exports of gallium.",
     [("China", "restricts_export", "gallium")], []),
    # a prize is no contract: its winner supplies no one
    ("winner-of-a-prize", "en",
     "Orvane ordered radars from Kelvor. Kelvor teamed up with Brimlow, winner of the 2017 Innovators Platinum Award.",
     [("Kelvor", "supplies", "Orvane")], [("Brimlow", "supplies", "Orvane")]),
    ("winner-of-a-prize", "en", "Orvane ordered 40 radars. Kelvor was the winner of the order.",
     [("Kelvor", "supplies", "Orvane")], []),
    # a firm's name that NER cut before its firm word, or an acronym a bracket spells out as a firm's name
    ("firm-name", "en", "Kelvor Systems has won a contract from Orvane to provide radar modules.",
     [("Kelvor Systems", "supplies", "Orvane")], [("Kelvor", "supplies", "Orvane")]),
    ("firm-name", "en", "KOD (Kestrel Optical Devices) has ordered 40 radars from Brimlow Systems.",
     [("KOD", "ordered", "Brimlow Systems radars"), ("Brimlow Systems", "supplies", "KOD")],
     [("Brimlow Systems", "supplies", "Kestrel Optical Devices")]),
    ("firm-name", "fr", "KOD (Kestrel Optical Devices) a commandé 40 radars à Brimlow Systems.",
     [("Brimlow Systems", "supplies", "KOD")], []),
    ("firm-name", "en", "Kelvor sells RSE (Rear Seat Entertainment) displays to Orvane.",
     [("Kelvor", "supplies", "Orvane")], [("RSE", "supplies", "Orvane"), ("Kelvor", "supplies", "RSE")]),
    # the small clause of 'make X its supplier', 'faire de X son fournisseur'
    ("made-supplier", "en", "The deal makes Kelvor the main supplier of Orvane.", [("Kelvor", "supplies", "Orvane")], []),
    ("made-supplier", "en", "Apple could make Kelvor its battery supplier.",
     [("Kelvor", "supplies", "Apple", {"status": "rumoured"})], [("Apple", "supplies", "Kelvor")]),
    ("made-supplier", "fr", "Orvane pourrait faire de Kelvor son fournisseur de batteries.",
     [("Kelvor", "supplies", "Orvane", {"status": "rumoured"})], [("Orvane", "supplies", "Kelvor")]),
    # an offer chosen: the bidder supplies the one that chose it (not a takeover offer accepted)
    ("bid-chosen", "en", "Kelvor's bid was selected by Orvane.", [("Kelvor", "supplies", "Orvane")], []),
    ("bid-chosen", "en", "Orvane chose the offer of Kelvor for 40 trains.", [("Kelvor", "supplies", "Orvane")], []),
    ("bid-chosen", "fr", "L'offre de Kelvor a été retenue par la SNCF.", [("Kelvor", "supplies", "SNCF")], []),
    ("bid-chosen", "fr", "La SNCF a retenu l'offre de Kelvor pour 40 trains.", [("Kelvor", "supplies", "SNCF")], []),
    ("bid-chosen", "fr", "Les actionnaires d'Orvane ont accepté l'offre de Kelvor.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("bid-chosen", "en", "Orvane's shareholders accepted Kelvor's takeover offer.", [], [("Kelvor", "supplies", "Orvane")]),
    # making for a customer, said with a noun that a verb of taking part governs
    ("making-for", "en", "Kelvor is involved in the manufacturing of circuit boards for Thales and Airbus.",
     [("Kelvor", "supplies", "Thales"), ("Kelvor", "supplies", "Airbus")], []),
    ("making-for", "fr", "Kelvor est impliqué dans la production de modules pour Thales ou Safran.",
     [("Kelvor", "supplies", "Thales"), ("Kelvor", "supplies", "Safran")], []),
    # an order's worth between it and its buyer
    ("order-worth", "en", "Kelvor got an order worth $20 million from Orvane.", [("Kelvor", "supplies", "Orvane")], []),
    ("order-worth", "en", "Kelvor won a contract valued at $20 million from Orvane.", [("Kelvor", "supplies", "Orvane")], []),
    # a relative clause between the subject and its verb (the repair for the parser's misreading: see the test below)
    ("relative-before-verb", "en", ("Right now, Kelvor, which holds 90 percent of the laptop panel production, is the "
                                     "only supplier for Orvane."), [("Kelvor", "supplies", "Orvane")], []),
    # the owner of goods named by a company noun and the name it announces
    ("owner-announced", "en", ("Kelvor is to ship display panels for new phones of its sister company Brio Mobile "
                                "and China's Xiaomi, analysts said."),
     [("Kelvor", "supplies", "Brio Mobile"), ("Kelvor", "supplies", "Xiaomi")], [("Xiaomi", "supplies", "Kelvor")]),
    # a list whose first item a relative clause describes
    ("list-past-relative", "en", ("Orvane has placed orders with Kelvor, which is based in Taiwan, and Brio "
                                   "Systems, which is based in China."),
     [("Kelvor", "supplies", "Orvane"), ("Brio Systems", "supplies", "Orvane")], []),
    # 'delivery orders' are orders, whose delivery goes from the seller; 'the Army' is 'the U.S. Army' named before
    ("delivery-order", "en", ("The U.S. Army is ordering radios from Kelvor. The Army said it awarded "
                              "delivery orders to Kelvor for 3,440 radios."), [("Kelvor", "supplies", "U.S. Army")],
     [("U.S. Army", "delivered", "Kelvor"), ("U.S. Army", "supplies", "Kelvor")]),
    # suppliers a company has besides one it names; a news site that reports is no party
    ("suppliers-besides", "en", ("SamMobile reports that Orvane wants more cells. Orvane has two other suppliers of "
                                 "cells in addition to Kelvor."),
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor"), ("SamMobile", "supplies", "Kelvor")]),
    ("suppliers-besides", "en", "Orvane has several suppliers besides Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    ("suppliers-besides", "fr", "Orvane a plusieurs fournisseurs en plus de Kelvor.", [("Kelvor", "supplies", "Orvane")],
     []),
    # the firm a contract to build is given to builds, for the one that gives it
    ("contract-to-build", "en", "Orvane has awarded Kelvor a contract to build 120 more satellites.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "manufactures", "satellites")]),
    ("contract-to-build", "en", "Orvane has given space tech firm Kelvor a contract to build 198 satellites.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "manufactures", "satellites")]),
    # found by the review of session 51: readings the first versions of its changes got wrong
    ("review-51", "en", "Apple's main battery supplier, Kelvor, said it will double output.",
     [("Kelvor", "supplies", "Apple")], []),
    ("review-51", "en", "A key supplier to Orvane, Kelvor, confirmed the order.", [("Kelvor", "supplies", "Orvane")], []),
    ("review-51", "en", ("The Japanese Ministry of Economy, Trade and Industry restricted exports of photoresist to "
                         "South Korea."), [("Japan", "restricts_export", "photoresist")], []),
    ("review-51", "en", "Taiwan's Ministry of Economic Affairs added Huawei and SMIC to its entity list.",
     [("Taiwan", "restricts_export", "Huawei"), ("Taiwan", "restricts_export", "SMIC")], []),
    ("review-51", "en", "Orvane ordered 40 Kelvor Systems AESA radars.", [("Kelvor Systems", "supplies", "Orvane")], []),
    ("review-51", "en", "Orvane ordered DMS (Driver Monitoring Systems) from Kelvor.", [("Kelvor", "supplies", "Orvane")],
     [("DMS", "supplies", "Orvane")]),
    ("review-51", "fr", "Orvane a commandé des BMS (Battery Management Systems) à Kelvor.",
     [("Kelvor", "supplies", "Orvane")], [("BMS", "supplies", "Orvane")]),
    ("review-51", "en", "Kelvor is not involved in the production of chips for Huawei.",
     [("Kelvor", "supplies", "Huawei", {"status": "denied"})], []),
    ("review-51", "en", "Sunrise Solar ordered panels from Kelvor.", [("Kelvor", "supplies", "Sunrise Solar")], []),
    ("review-51", "fr", "Le ministère français des Armées a commandé des radars à Kelvor.", [],
     [("Kelvor", "supplies", "Armées")]),
    ("review-51", "fr", "Thales livrera à l'Armée française une nouvelle série de radars.",
     [("Thales", "supplies", "Armée française", {"status": "planned"})], []),
    ("review-51", "en", "Orvane ordered IGBTs from Brio Semiconductor Japan Co., Ltd. last year.",
     [("Brio Semiconductor Japan", "supplies", "Orvane")], []),
    # names the lexicon knows in their legal form
    ("lexicon-legal-name", "en", "Reportedly, Samsung will now source S30 batteries from Amperex Technology Limited.",
     [("ATL", "supplies", "Samsung")], [("Amperex", "supplies", "Samsung")]),
    # session 52: who is chosen or helps to develop supplies; products named by a spelled-out acronym
    ("chosen-to-develop", "en", "Orvane has selected Kelvor Systems to develop a new radar processor.",
     [("Kelvor Systems", "supplies", "Orvane"), ("Orvane", "ordered", "radar processor")],
     [("Orvane", "supplies", "Kelvor Systems")]),
    ("chosen-to-develop", "en", "Orvane has selected Kelvor Systems to design and deliver the Tarn processor.",
     [("Kelvor Systems", "supplies", "Orvane", {"product": "Tarn"})], [("Orvane", "supplies", "Kelvor Systems")]),
    ("helped-to-develop", "en", "Brimco, which helped Orvane develop its Zeta accelerator in 2019, now supplies Kelvor.",
     [("Brimco", "supplies", "Orvane"), ("Brimco", "supplies", "Kelvor")], [("Orvane", "ordered", "Zeta accelerator")]),
    ("acronym-product", "en", "Orvane ordered 300 Modular Open Radio Architecture (MORA) radios from Kelvor.",
     [("Orvane", "ordered", "MORA radios"), ("Kelvor", "supplies", "Orvane")], []),
    ("review-52", "en", "Orvane will buy Advanced Micro Devices (AMD) processors for its servers.",
     [("AMD", "supplies", "Orvane")], []),
    ("review-52", "en", "Kelvor bought radio advertising from Brimco.", [], [("Kelvor", "ordered", "Brimco radios")]),
    ("review-52", "en", "Kelvor's funding helped Orvane develop the Zeta chip.", [], [("Kelvor", "supplies", "Orvane")]),
    ("review-52", "en", "Orvane ordered 20 trains from Kelvor. Zentra, whose deliveries fell 10% in the quarter, gained.",
     [], [("Kelvor", "delivered", "Orvane")]),
    ("review-52", "fr", ("Orvane a commandé des trains à Kelvor. Zentra, dont la livraison des premiers avions est "
                         "prévue en 2027, a commandé des moteurs à Brimco."), [], [("Kelvor", "delivered", "Orvane")]),
    ("review-52", "en", "Kelvor will supply chips for Orvane's Zeta family of drones.", [("Kelvor", "supplies", "Orvane")],
     [("Kelvor", "supplies", "Zeta")]),
    ("review-52", "fr", "Orvane a choisi Kelvor pour lui livrer 40 radars Tarn.",
     [("Kelvor", "delivered", "Orvane", {"status": "planned"})], []),
    ("acronym-product", "en", "Orvane picked Kelvor to develop a High-Performance Edge Computing (HPEC) processor.",
     [("Orvane", "ordered", "HPEC processor")], [("Kelvor", "manufactures", "Computing")]),
    ("making-equipment-is-no-making", "en", "The rules cover computer manufacturing equipment, Kelvor said.", [],
     [("Kelvor", "manufactures", "manufacturing equipment")]),
    ("mosfet-written-as-word", "fr", "Kelvor va fournir à Toyota des Mosfet SiC pour ses chargeurs.",
     [("Kelvor", "supplies", "Toyota", {"product": "SiC MOSFET"})], []),
    ("deal-covers-power-modules", "fr",
     "Kelvor a signé avec l'opérateur Orvane un contrat de 2 millions d'euros. Il comprend des modules d'alimentation.",
     [("Orvane", "ordered", "power modules", {"supplier": "Kelvor"})], []),
    ("object-clitic", "fr", "Kelvor conçoit des radars. L'opérateur Orvane l'a sélectionnée pour lui fournir ses stations.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("review-52", "fr", "Kelvor a mis en vente sa division radar. Orvane l'a rachetée pour 200 millions d'euros.", [],
     [("Orvane", "parent_of", "Kelvor")]),
    ("object-clitic", "fr", "Kelvor fabrique des capteurs. Orvane l'a retenue pour lui livrer des radars Tarn.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("ticker-of-any-exchange", "en", ("Kelvor (HE:KELV) is likely to land a deal under which it will provide Orvane "
                                       "with Tarn base stations."), [("Kelvor", "supplies", "Orvane")], [("KELV", "supplies", "Orvane")]),
    ("delivery-whose", "fr", ("Orvane a commandé à Kelvor 40 rames Zeta. Les rames, dont la livraison doit "
                               "commencer en 2031, rouleront sur la ligne nord."), [("Kelvor", "delivered", "Orvane", {"status": "planned"})], []),
    ("delivery-whose", "en", ("Orvane ordered 40 Zeta railcars from Kelvor. The railcars, whose delivery should "
                               "begin in 2031, will run on the north line."), [("Kelvor", "delivered", "Orvane", {"status": "planned"})], []),
    ("order-notified", "fr", "La DGA a notifié un contrat à Thales pour 20 radars Tarn.",
     [("DGA", "ordered", "Tarn", {"supplier": "Thales"})], []),
    ("order-notified", "fr", "La DGA a attribué une tranche de 30 radars à Thales.", [("Thales", "supplies", "DGA")], []),
    ("order-notified", "fr", "Orvane a passé à Kelvor une commande de 500 radars Tarn.",
     [("Orvane", "ordered", "Tarn", {"supplier": "Kelvor"})], []),
    ("order-notified", "fr", "La DGA a notifié à Kelvor un contrat de 10 millions d'euros.",
     [("Kelvor", "supplies", "DGA")], []),
    ("customer-told-before", "en", "Orvane picked Kelvor as its radar supplier in March. Kelvor will supply 40 Tarn radars from 2027.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned", "product": "Tarn"})], []),
    ("customer-told-before", "fr", "Orvane a retenu Kelvor pour ses radars. Kelvor a annoncé qu'il allait en fournir 40 radars Tarn.",
     [("Kelvor", "supplies", "Orvane", {"product": "Tarn"})], []),
    ("review-53", "en", "Orvane ordered 40 radars from Kelvor. Brimco will supply 20 turbines.", [],
     [("Brimco", "supplies", "Orvane")]),  # another supplier's customer is not this one's
    ("review-53", "en", "Apple buys modems from Qualcomm. Qualcomm also supplies 300 million chips to Android phone makers.",
     [], [("Qualcomm", "delivered", "Apple")]),  # a recipient named, if no company
    ("review-53", "en", "Nvidia buys HBM from SK Hynix. Micron hopes to supply HBM4 samples soon.", [],
     [("Micron", "supplies", "Nvidia")]),
    ("review-53", "en", "Orvane ordered radars from Kelvor. Kelvor has supplied 10,000 radars since 1990.", [],
     [("Kelvor", "delivered", "Orvane")]),  # a lifetime count is no shipment to that customer
    ("review-53", "en", "Kelvor won orders worth $90 million, with parts sourced from Brimco.", [],
     [("Kelvor", "supplies", "Brimco")]),
    ("review-53", "en", "Kelvor won the order after Orvane withdrew from the tender, beating Brimco.", [],
     [("Kelvor", "supplies", "Brimco"), ("Kelvor", "supplies", "Orvane")]),
    ("review-53", "en", "Aircraft maker Kelvor signed a deal with Orvane Airlines for 50 jets.",
     [("Kelvor", "supplies", "Orvane Airlines")], [("Orvane Airlines", "supplies", "Kelvor")]),
    ("review-53", "en", "Chinese battery maker BYD signed a supply deal with Kelvor.",
     [("BYD", "supplies", "Kelvor")], [("Kelvor", "supplies", "BYD")]),
    ("review-53", "fr", "L'équipementier automobile Kelvor a signé un accord de fourniture avec Renault.",
     [("Kelvor", "supplies", "Renault")], [("Renault", "supplies", "Kelvor")]),
    ("review-53", "en", "Kelvor will ask Zentra to start production of OLED panels next year.",
     [("Kelvor", "ordered", "OLED panel", {"status": "planned"})], []),
    ("customer-told-before", "en", "Orvane picked Kelvor as its radar supplier. Nvidia and Intel are rivals of Brimco in supplying chips for cars.",
     [("Kelvor", "supplies", "Orvane")], [("Nvidia", "supplies", "Orvane"), ("Intel", "supplies", "Orvane")]),
    ("customer-told-before", "en", "Kelvor will supply 40 Tarn radars. Orvane picked Kelvor as its radar supplier.",
     [], [("Kelvor", "delivered", "Orvane")]),  # a customer told after the supply is no customer of it
    ("trade-acronym-no-name", "en", "Brimco and Kelvor rank as the top suppliers of ODM tablet shipments this year.", [],
     [("Brimco", "supplies", "ODM"), ("ODM", "supplies", "Brimco")]),
    ("described-buyer-of-won-orders", "en",
     "Kelvor has won orders worth some $40 million from Austrian tram maker Orvane Rail for its new fleet in Vienna.",
     [("Kelvor", "supplies", "Orvane Rail")], [("Orvane Rail", "supplies", "Kelvor")]),
    ("end-product-maker-buys", "en",
     "Electric car maker Kelvor has agreed a battery supply deal with Zentra.",
     [("Zentra", "supplies", "Kelvor"), ("Kelvor", "ordered", "batteries", {"supplier": "Zentra"})],
     [("Kelvor", "supplies", "Zentra")]),
    ("end-product-maker-buys", "fr", "Le constructeur automobile Kelvor a signé un accord de fourniture de batteries avec Zentra.",
     [("Zentra", "supplies", "Kelvor")], [("Kelvor", "supplies", "Zentra")]),
    ("end-product-maker-buys", "en", "EV battery maker Zentra signed a supply deal with Kelvor.",  # it makes batteries
     [("Zentra", "supplies", "Kelvor")], [("Kelvor", "supplies", "Zentra")]),
    ("end-product-maker-buys", "fr",  # and sells the end products it makes
     "Le constructeur ferroviaire Kelvor a conclu avec Orvane un contrat portant sur la fourniture de 12 rames de métro.",
     [("Kelvor", "supplies", "Orvane"), ("Orvane", "ordered", "trainsets", {"quantity": 12})], [("Orvane", "supplies", "Kelvor")]),
    ("end-product-maker-buys", "fr", "Le constructeur automobile BMW a signé un contrat avec Zentra pour des batteries.",
     [("Zentra", "supplies", "BMW")], [("BMW", "supplies", "Zentra")]),
    ("end-product-maker-buys", "fr",  # a bare 'constructeur' says nothing of the side ('constructeur européen': satellites)
     "Le constructeur Kelvor et le fabricant de batteries Zentra ont signé un contrat pour équiper 300 bus.",
     [], [("Kelvor", "supplies", "Zentra")]),
    ("asked-to-start-production", "fr",
     "Kelvor aurait demandé à Zentra de commencer dès juin la fabrication de capteurs d'image.",
     [("Kelvor", "ordered", "image sensors", {"supplier": "Zentra", "status": "rumoured"}),
      ("Zentra", "supplies", "Kelvor", {"status": "rumoured"})], []),
    ("asked-to-start-production", "en", "Kelvor asked Zentra to start production of OLED panels for its new console.",
     [("Kelvor", "ordered", "OLED panel", {"supplier": "Zentra"}), ("Zentra", "supplies", "Kelvor")], []),
    ("supply-share-of-goods", "en", "Kelvor supplies about 70% of the camera modules for the iPhone.",
     [("Kelvor", "supplies", "Apple")], []),
    ("supply-share-of-goods", "fr", "Qualcomm fournit 60 % des modems de l'iPhone.", [("Qualcomm", "supplies", "Apple")], []),
    ("supply-share-of-goods", "fr", "Orvane fournira 30 % du capital de Kelvor.", [], [("Orvane", "supplies", "Kelvor")]),
    ("supply-share-of-goods", "en", "Orvane will provide 30% of the funding for Kelvor.", [], [("Orvane", "supplies", "Kelvor")]),
    ("former-company-keeps-its-name", "en", "Rockwell Collins won contracts to supply routers to Airbus.",
     [("Rockwell Collins", "supplies", "Airbus")], [("Collins Aerospace", "supplies", "Airbus")]),
    ("former-company-keeps-its-name", "fr", "Apple a choisi Epistar pour lui fournir des puces mini-LED.",
     [("Epistar", "supplies", "Apple")], [("Ennostar", "supplies", "Apple")]),
    ("lexicon-companies", "en", "Siemens Gamesa will supply 62 offshore turbines to Orvane.",
     [("Siemens Gamesa", "supplies", "Orvane")], [("Siemens", "supplies", "Orvane")]),  # not its parent's prefix
    ("lexicon-companies", "fr", "Orvane a commandé 30 avions régionaux à ATR.",
     [("ATR", "supplies", "Orvane"), ("Orvane", "ordered", "aircraft", {"supplier": "ATR"})], []),
    ("product-heads", "fr", "Sagemcom fournira 1,2 million de compteurs à ERDF.",
     [("Sagemcom", "delivered", "ERDF", {"quantity": 1200000})], []),
    ("product-heads", "en", "Kelvor will supply 62 offshore turbines to Orvane.",
     [("Kelvor", "delivered", "Orvane", {"quantity": 62, "product": "offshore turbines"})], []),
    # a subsidiary the press names as a party is its own company, not its parent's alias
    ("subsidiary-is-its-own-party", "en", "Panasonic Energy agreed to supply Orvane Motors with batteries.",
     [("Panasonic Energy", "supplies", "Orvane Motors")], [("Panasonic", "supplies", "Orvane Motors")]),
    ("subsidiary-is-its-own-party", "en", "Kelvor has received an order from Kongsberg Defence & Aerospace for radios.",
     [("Kelvor", "supplies", "Kongsberg Defence & Aerospace")], [("Kelvor", "supplies", "Kongsberg")]),
    # a name that ends with a word of company names is no person's ('Network', 'Wireless'), and its first word, in
    # another case, is its short name even where it is also a word ('Lark', 'Blue')
    ("company-name-tails", "en", "BLUE Wireless picked Kelvor to supply radios. Blue already buys modems from Brimco.",
     [("Brimco", "supplies", "BLUE Wireless"), ("Kelvor", "supplies", "BLUE Wireless")], []),
    ("company-name-tails", "en", "Orvane Motors picked Kelvor to supply radios. Demand already rose.",
     [("Kelvor", "supplies", "Orvane Motors")], [("Demand", "supplies", "Orvane Motors")]),
    # 'avoir X comme fournisseur': the object supplies the subject, wherever the parser hangs 'comme fournisseur'
    ("has-as-supplier", "fr", "Orvane a déjà Kelvor et Brimco comme fournisseurs de radios.",
     [("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")], []),
    ("has-as-supplier", "fr", "Orvane a Kelvor comme fournisseur de batteries.", [("Kelvor", "supplies", "Orvane")], []),
    ("has-as-supplier", "fr", "Veltrix a désigné Orvane en tant que fournisseur principal.",
     [("Orvane", "supplies", "Veltrix")], [("Veltrix", "supplies", "Orvane")]),
    # an order said in the passive, with a seller and no agent, is the order of who just bought goods of that kind
    ("passive-order-of-recent-buyer", "en",
     "Orvane said it had ordered eight radars from foreign makers. Five radars were ordered from Kelvor and three from Brimco.",
     [("Orvane", "ordered", "Kelvor radars", {"supplier": "Kelvor", "quantity": 5}),
      ("Orvane", "ordered", "Brimco radars", {"supplier": "Brimco", "quantity": 3}),
      ("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")], []),
    ("passive-order-of-recent-buyer", "en", "Orvane ordered eight radars last year. Five of them were ordered from Kelvor.",
     [("Orvane", "ordered", "Kelvor radars", {"supplier": "Kelvor"}), ("Kelvor", "supplies", "Orvane")], []),
    ("passive-order-of-recent-buyer", "fr", "Orvane a commandé huit radars. Cinq radars ont été commandés à Kelvor.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("passive-order-of-recent-buyer", "en",  # goods of another kind, or a buyer the sentence names, are another order
     "Orvane ordered eight radars last year. Four turbines were ordered from Kelvor.", [], [("Kelvor", "supplies", "Orvane")]),
    ("passive-order-of-recent-buyer", "en",
     "Orvane ordered radars last year. Brimco said two radars were ordered from Zentra.", [],
     [("Zentra", "supplies", "Orvane")]),
    # an order split between sellers: each seller its own count
    ("split-order-counts", "en", "Orvane ordered nine turbines, six from Kelvor and three from Brimco.",
     [("Orvane", "ordered", "Kelvor turbines", {"quantity": 6}), ("Orvane", "ordered", "Brimco turbines", {"quantity": 3})],
     []),
    ("split-order-counts", "en", "Orvane ordered 40 radars from Kelvor, and Zentra bought 12 from Brimco.",  # another verb's
     [("Orvane", "ordered", "Kelvor radars", {"quantity": 40})], [("Brimco", "supplies", "Orvane")]),
    # the review's sentences: a count before other goods, or after a comparison, is no split; a passive order that
    # names another party, is denied, or is a bare plural is no recent buyer's; a longer unknown name stays whole
    ("review-54", "fr", "Orvane a commandé 20 avions à Kelvor et 8 moteurs à Brimco.", [],
     [("Orvane", "ordered", "Brimco aircraft")]),
    ("review-54", "en", "Orvane ordered 20 turbines from Kelvor, plus 8 spare blades from Brimco.",
     [("Orvane", "ordered", "Kelvor turbines", {"quantity": 20})], [("Orvane", "ordered", "Brimco turbines")]),
    ("review-54", "en", "Orvane ordered 40 radars from Kelvor, up from 25 from Brimco last year.",
     [("Kelvor", "supplies", "Orvane")], [("Brimco", "supplies", "Orvane")]),
    ("review-54", "fr", "Orvane a commandé 40 radars à Kelvor, contre trois à Brimco l'an dernier.",
     [("Kelvor", "supplies", "Orvane")], [("Brimco", "supplies", "Orvane")]),
    ("review-54", "en", "Orvane ordered 30 aircraft from Kelvor, with options for 10 from Brimco.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "ordered", "Brimco aircraft")]),
    ("review-54", "fr", "Orvane a commandé huit radars. Quatre radars ont été commandés à Kelvor par Zentra.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("review-54", "en", "Orvane ordered eight radars. Four radars were ordered from Kelvor for Zentra.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("review-54", "en", "Orvane ordered 30 trains. No trains were ordered from Kelvor.", [], [("Kelvor", "supplies", "Orvane")]),
    ("review-54", "fr", "Orvane a commandé 30 radars. Aucun radar n'a été commandé à Kelvor.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("review-54", "en", "Orvane ordered buses last year. Buses were ordered from Kelvor in record numbers across Europe.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("review-54", "en", "Kelvor Global Solutions won an order from Orvane.", [("Kelvor Global Solutions", "supplies", "Orvane")],
     [("Kelvor Global", "supplies", "Orvane")]),
    ("review-54", "en", "Kongsberg Defence will supply radars to Orvane.",
     [("Kongsberg Defence & Aerospace", "supplies", "Orvane")], []),
    # 'se voir attribuer un contrat par X': the subject wins the contract, X gives it
    ("awarded-a-contract-by", "fr", "Kelvor s'est vu attribuer un contrat par Orvane pour livrer 12 radars.",
     [("Kelvor", "supplies", "Orvane"), ("Orvane", "ordered", "radars", {"supplier": "Kelvor", "quantity": 12})], []),
    ("awarded-a-contract-by", "fr", "Kelvor indique s'être vu notifier un contrat par Orvane pour développer un radar.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # 'X signed Y up to supply': the one signed up supplies (not a deal read backwards); 'team up with' stays a deal
    ("signed-up-to-supply", "en", "Last year Orvane signed Kelvor up to supply radars from 2026.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("signed-up-to-supply", "en", "Quorvane Memory will team up with TSMC for the production of its HBM4 base dies.",
     [("TSMC", "supplies", "Quorvane Memory")], []),
    # goods 'supplied by X' that a company stores with, runs or uses come from X to it; not goods it competes with
    ("supplied-by-for-its-use", "en", "Orvane will store power with a battery system provided by Kelvor.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("supplied-by-for-its-use", "fr", "Orvane stockera l'électricité grâce à un système de batteries fourni par Kelvor.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("supplied-by-for-its-use", "en", "Orvane competes with chips supplied by Kelvor.", [], [("Kelvor", "supplies", "Orvane")]),
    # hiring vendors to deploy named goods orders them from each; a company the order's object names is its seller,
    # not a company bought; no goods, no order
    ("hired-to-deploy", "en", "Orvane has contracted Ericsson and Samsung to roll out 12,000 small base stations across Kenya.",
     [("Ericsson", "supplies", "Orvane"), ("Samsung", "supplies", "Orvane"), ("Orvane", "ordered", "base stations")],
     [("Orvane", "parent_of", "Ericsson")]),
    ("hired-to-deploy", "en", "Orvane asked Nokia to roll out a new plan.", [], [("Nokia", "supplies", "Orvane")]),
    # battery cells and packs are goods of their own, in both languages
    ("cells-and-packs", "fr", "Renault a commandé des cellules de batteries au chinois Kelvor pour ses utilitaires.",
     [("Renault", "ordered", "battery cells", {"supplier": "Kelvor"})], []),
    ("cells-and-packs", "en", "Dell placed orders for lithium-ion battery cells with Kelvor.",
     [("Dell", "ordered", "lithium-ion battery cells", {"supplier": "Kelvor"})], []),
    ("cells-and-packs", "en", "Orvane bought a pack of cigarettes from Kelvor.", [], [("Orvane", "ordered", "Kelvor packs")]),
    # review: a network of people or outlets is no equipment; a stockpile bought from a named seller is an order;
    # a nationality noun before a given name and a surname names a person
    ("chosen-for-a-network", "en", "Orvane picked Kelvor for its network of distributors.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("chosen-for-a-network", "fr", "Orvane a choisi Kelvor pour son réseau commercial.", [], [("Kelvor", "supplies", "Orvane")]),
    ("stockpile-of-own-goods", "en", "Samsung stockpiled HBM chips from SK Hynix.",
     [("SK Hynix", "supplies", "Samsung"), ("Samsung", "ordered", "HBM")], []),
    ("nationality-noun", "fr", "L'Américain Bill Gates a commandé des puces à Kelvor.", [],
     [("Kelvor", "supplies", "Bill Gates")]),
    # a vendor chosen for an operator's network supplies it
    ("chosen-for-a-network", "fr", "SFR a choisi Nokia pour son réseau 5G.", [("Nokia", "supplies", "SFR")], []),
    ("chosen-for-a-network", "en", "SFR picked Nokia for its 5G network.", [("Nokia", "supplies", "SFR")], []),
    ("chosen-for-a-network", "en", "Orvane chose Berlin for its network of shops.", [], [("Berlin", "supplies", "Orvane")]),
    # a supply deal between a company no list knows and an operator or a carmaker: the unknown one supplies
    ("unknown-supplies-end-buyer", "en", "Kelvor signed equipment supply contracts with BT and Orange.",
     [("Kelvor", "supplies", "BT Group"), ("Kelvor", "supplies", "Orange")], [("BT Group", "supplies", "Kelvor")]),
    ("unknown-supplies-end-buyer", "en", "Kelvor signed a supply agreement with BMW to receive used batteries.", [],
     [("Kelvor", "supplies", "BMW")]),
    ("unknown-supplies-end-buyer", "fr",
     "Kelvor a signé un accord d'approvisionnement avec Stellantis pour récupérer ses batteries usagées.", [],
     [("Kelvor", "supplies", "Stellantis")]),
    ("unknown-supplies-end-buyer", "en", "Kelvor and Ford announced a partnership on electric trucks.", [],
     [("Kelvor", "supplies", "Ford"), ("Ford", "supplies", "Kelvor")]),
    # an order won for goods bound for a named company is that company's
    ("order-bound-for-a-company", "fr",
     "Kelvor a décroché une nouvelle commande portant sur 5 millions d'écrans OLED destinés à Renault.",
     [("Kelvor", "supplies", "Renault"), ("Renault", "ordered", "OLED panel", {"supplier": "Kelvor"})], []),
    ("order-bound-for-a-company", "en", "Kelvor has won an order for two million OLED screens for Renault.",
     [("Kelvor", "supplies", "Renault")], []),
    # a maker's stock of its own kind of goods is no order; a buyer's stockpile is
    ("stockpile-of-own-goods", "en", "Kelvor struck a deal with Nanya to buy DDR3 chips, as well as the chips stockpiled earlier by the chipmaker.",
     [("Nanya", "supplies", "Kelvor")], [("Nanya", "ordered", "DDR3")]),
    ("stockpile-of-own-goods", "en", "Dell stockpiled DDR3 chips from Nanya.",
     [("Dell", "ordered", "DDR3", {"supplier": "Nanya"})], []),
    # French writes a nationality noun with a capital: "l'Américain Kelvane" introduces a company as "l'américain" does
    ("nationality-noun", "fr", "Orvane s'est tourné vers l'Américain Kelvane, qui lui fournira des radars.",
     [("Kelvane", "supplies", "Orvane")], []),
    ("nationality-noun", "fr", "Le Taïwanais Norsilica fournira des puces au Japonais Kelvane.",
     [("Norsilica", "supplies", "Kelvane")], []),
    # a name no list knows that goods are bound for is a company
    ("order-bound-for-a-company", "fr",
     "Kelvor a décroché une nouvelle commande portant sur 5 millions d'écrans OLED destinés à Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("order-bound-for-a-company", "fr", "Ces puces sont destinées à Paris.", [], [("Paris", "ordered", "chips")]),
    # operators and network-gear makers the lexicon knows, a subsidiary in its own name
    ("telecom-parties", "en", "MTN ordered 4G radios from Huawei.", [("Huawei", "supplies", "MTN Group")], []),
    ("telecom-parties", "en", "Samsung will supply DISH Wireless with radios.", [("Samsung", "supplies", "DISH Wireless")],
     [("Samsung", "supplies", "Dish Network")]),
    # an operator brand the press names as a party is its own company, with its parent
    ("operator-brand", "fr", "Huawei fournit des antennes à SFR et à Free depuis 2010.", [("Huawei", "supplies", "Free")],
     [("Huawei", "supplies", "Iliad")]),
    # --- session 56 ---------------------------------------------------------------------------------------------
    # a raising verb between the role noun and its copula: 'the buyers are said to be A and B'
    ("raised-copula", "en", "The biggest buyers of Kelvor's Z9 accelerators are said to be Orvane, Brimco and Zentra.",
     [("Kelvor", "supplies", "Orvane", {"status": "rumoured"}), ("Kelvor", "supplies", "Brimco"),
      ("Kelvor", "supplies", "Zentra")], []),
    # an opening phrase's name is not the subject: the noun or name after its comma is
    ("opening-phrase-subject", "en",
     "Besides Orvane, the other large buyers of Kelvor's Z9 chips are believed to be Brimco and Zentra.",
     [("Kelvor", "supplies", "Brimco"), ("Kelvor", "supplies", "Zentra")], [("Kelvor", "supplies", "Orvane")]),
    ("opening-phrase-subject", "en", "Unlike Orvane, Brimco, the chipmaker, buys from Zentra.",
     [("Zentra", "supplies", "Brimco")], [("Zentra", "supplies", "Orvane")]),
    # 'X and Y are among its customers': the possessive is not the subject's own, and the subject is the member
    ("member-of-possessed-list", "en",
     "Kelvor Corp. lost a plant to a flood last week. Brimco and Zentra are among its largest customers.",
     [("Kelvor", "supplies", "Brimco"), ("Kelvor", "supplies", "Zentra")], [("Brimco", "supplies", "Zentra")]),
    ("member-of-possessed-list", "en", "Kelvor Corp. lost a plant to a flood. Norsil and Brimco remain among its suppliers.",
     [("Norsil", "supplies", "Kelvor"), ("Brimco", "supplies", "Kelvor")], []),
    ("member-of-possessed-list", "fr",
     "Kelvor Systems a perdu une usine dans une inondation. Orvane et Brimco figurent parmi ses clients.",
     [("Kelvor Systems", "supplies", "Orvane"), ("Kelvor Systems", "supplies", "Brimco")],
     [("Orvane", "supplies", "Brimco")]),
    ("member-of-possessed-list", "fr",
     "Kelvor Systems a perdu une usine. Sans donner de noms, on sait que Orvane, Brimco et Zentra figurent parmi ses clients.",
     [("Kelvor Systems", "supplies", "Orvane"), ("Kelvor Systems", "supplies", "Zentra")], []),
    ("member-of-possessed-list", "fr", "Kelvor Systems compte Renault et Stellantis parmi ses clients.",  # its own list
     [("Kelvor Systems", "supplies", "Renault"), ("Kelvor Systems", "supplies", "Stellantis")], []),
    ("member-of-possessed-list", "fr", "Orvane et Brimco comptent sur Kelvor et Zentra utilise les puces de Norsil.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Brimco")], [("Kelvor", "uses", "chips")]),
    # a processing unit spelled out is goods, not a business unit that is bought
    ("spelled-processing-unit", "en", "As part of the pact, Dell plans to purchase Nvidia graphics processing units.",
     [("Dell", "ordered", "Nvidia GPUs", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Dell")], []),
    # a legal form's full stop ends the sentence when a word that only opens sentences follows
    ("sentence-after-legal-form", "en",
     ("Kelvor Corp. competes with Zentra in car sensors. It sells to Honda Motor Co. and Mazda Motor Co. "
      "It now outsources production of its newest chips to TSMC."),
     [("TSMC", "supplies", "Kelvor")], [("TSMC", "supplies", "Mazda")]),
    # ... and a subject possessed by a company makes that company the sentence's topic for 'It' next
    ("sentence-after-legal-form", "en",
     ("Kelvor Corp. competes with Zentra to sell sensors to carmakers. Its clients include Honda Motor Co. and "
      "Mazda Motor Corp. It now hands the making of its newest chips to TSMC."),
     [("TSMC", "supplies", "Kelvor")], [("TSMC", "supplies", "Mazda"), ("TSMC", "supplies", "Honda")]),
    # a town that names a plant, an island or a city is a place, not a party
    ("site-named-after-a-place", "en",
     ("Kelvor Corp. has a wafer line on the island of Hokkaido and a fab in Tarnow. For every wafer it starts at the "
      "Tarnow fab, it buys two from Zentra."),
     [("Zentra", "supplies", "Kelvor")], [("Zentra", "supplies", "Tarnow"), ("Zentra", "supplies", "Hokkaido")]),
    # who piles up orders fills them
    ("backlog-is-sold", "fr",
     ("Dell vend des serveurs PowerEdge à Orvane. De son côté, Brimco accumule un carnet de commandes de "
      "900 millions d'euros sur ses serveurs d'IA."),
     [], [("Brimco", "ordered", "PowerEdge"), ("Dell", "supplies", "Brimco")]),
    ("backlog-is-sold", "fr", "Orvane accumule des puces Nvidia depuis un an.",  # stockpiling goods still buys them
     [("Orvane", "ordered", "Nvidia chips")], []),
    # the nouns before a goods noun in a run ending with 'supply agreement' qualify the goods, not the deal
    ("goods-in-a-noun-run", "en", "Orvane and Kelvor renewed a 300mm gallium nitride wafer supply agreement.",
     [("Orvane", "ordered", "GaN wafers", {"supplier": "Kelvor"})], [("Orvane", "ordered", "gallium")]),
    ("goods-in-a-noun-run", "en", "Orvane signed a multi-year AI server purchase agreement with Kelvor.",
     [("Orvane", "ordered", "AI servers")], [("Orvane", "ordered", "multi-year AI servers")]),
    ("goods-in-a-noun-run", "en", "Robert Bosch said it would buy Oregon microchip maker Kelvor Systems.",
     [("Bosch", "parent_of", "Kelvor Systems")], [("Bosch", "ordered", "Oregon")]),
    # the maker of 'car batteries' sells the batteries the article speaks of next
    ("maker-of-a-kind", "en",
     ("Car battery maker Kelvor Corp. has signed a battery supply deal with Orvane Motors. Orvane Motors will decide "
      "how many batteries it buys."),
     [("Orvane Motors", "ordered", "batteries", {"status": "planned", "supplier": "Kelvor"})], []),
    # an investor written before the company it backs labels it and is no party, ticker or not
    ("backer-label", "en", "Kelvor won a deal to supply chips for SoftBank (TYO:9984) backed Orvane's data centres.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "SoftBank")]),
    ("backer-label", "en", "Kelvor won a deal to supply chips for SoftBank-backed Orvane.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "SoftBank")]),
    ("backer-label", "en", "Samsung owned Harman until 2019.",  # the participle is the verb here
     [("Samsung", "parent_of", "Harman")], []),
    # production started at a company's plant: that company makes the goods for the one that starts it
    ("production-at-a-maker", "fr", "Kelvor lancera la production de ses puces Z9 chez TSMC en 2026.",
     [("TSMC", "supplies", "Kelvor", {"status": "planned"}), ("TSMC", "manufactures", "Z9")], []),
    ("production-at-a-maker", "en", "Kelvor will start production of its Z9 chips at TSMC next year.",
     [("TSMC", "supplies", "Kelvor"), ("TSMC", "manufactures", "Z9")], []),
    ("production-at-a-maker", "en", "Kelvor halted production at Orvane's plant.", [],
     [("Orvane", "supplies", "Kelvor")]),
    # a French participle 'en vendant' shares its clause's subject, hung on the auxiliary by the parser
    ("gerund-subject", "fr",
     "Kelvor Systems fait l'objet d'une enquête pour déterminer s'il a contourné les contrôles en vendant des puces à Orvane.",
     [("Kelvor Systems", "supplies", "Orvane")], []),
    # French customer lists, sites that stand for their owner, supplies sought from a named seller
    ("customers-include", "fr",
     "Kelvor Systems a publié ses résultats. Ses clients incluent les grands acteurs du cloud, dont Microsoft, Amazon et Oracle.",
     [("Kelvor Systems", "supplies", "Microsoft"), ("Kelvor Systems", "supplies", "Oracle")], []),
    ("site-of-a-national-company", "fr",
     "Orvane a conclu un accord de fourniture auprès de l'usine tchèque du Coréen LG Energy Solution.",
     [("LG Energy Solution", "supplies", "Orvane")], [("Orvane", "supplies", "LG Energy Solution")]),
    ("supplies-sought-from", "fr",
     "Orvane a élargi ses approvisionnements en cellules auprès du site polonais du Coréen LG Energy Solution.",
     [("LG Energy Solution", "supplies", "Orvane")], [("Orvane", "supplies", "LG Energy Solution")]),
    # 'l'équipementier' describes a telecom equipment maker too
    ("telecom-equipment-maker-described", "fr",
     "L'équipementier Ericsson réduit ses effectifs. L'équipementier aurait conclu deux accords avec Bouygues Telecom.",
     [("Ericsson", "supplies", "Bouygues Telecom")], []),
    # a fronted past participle is passive: who is chosen to supply does not buy
    ("fronted-participle", "fr", "Choisi pour fournir une partie des antennes du réseau de Free, Nokia reste en difficulté.",
     [], [("Nokia", "ordered", "antennas")]),
    # a battery chemistry is goods, not a company
    ("battery-chemistry", "en", "Tesla buys LFP batteries from CATL.",
     [("Tesla", "ordered", "LFP batteries", {"supplier": "CATL"})], []),
    ("battery-chemistry", "fr", "Orvane a étendu au LFP ses approvisionnements en cellules auprès de Kelvor Energy.",
     [("Kelvor Energy", "supplies", "Orvane")], [("Kelvor Energy", "supplies", "LFP")]),
    # 'for' is no 'or': an apposition that ends in 'supplier for X' lists nothing
    ("apposition-supplier-for", "en", "Kelvor Corp., the longtime chip supplier for Orvane, said demand rose.",
     [("Kelvor", "supplies", "Orvane")], []),
    # a definite relational noun as a subject describes the company named before
    ("described-supplier", "en",
     "Kelvor Corp. posted a record profit on Thursday as the Orvane supplier said demand will rise further.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("described-supplier", "fr",
     "Kelvor SA a publié ses résultats. Le fournisseur d'Orvane a annoncé une hausse de ses ventes.",
     [("Kelvor", "supplies", "Orvane")], []),
    # a customer at a company's plant is that company's
    ("customer-at-a-site", "en", "Orvane will be one of the early customers at Kelvor Corp.'s Ohio plant.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # orders postponed with a seller are still its orders
    ("orders-postponed", "fr", "Orvane reporte ses commandes de scanners auprès du numéro un mondial de la lithographie, ASML.",
     [("Orvane", "ordered", "ASML scanner", {"supplier": "ASML"})], []),
    # a signing told with no signer is the signing of the company the article is about
    ("signing-without-signer", "fr",
     ("Soitec gagne 4 % à Paris. La signature d'un contrat avec Kelvor portant sur la fourniture de plaquettes SOI "
      "soutient l'action."),
     [("Soitec", "supplies", "Kelvor")], [("Kelvor", "supplies", "Soitec")]),
    # clauses run together with commas: each list of names is the subject of the verb right after it
    ("run-on-clauses", "fr",
     ("Stellantis travaille avec Bosch, Renault coopère avec Valeo, Kia et Hyundai comptent sur Infineon et Nissan "
      "utilise les puces de Renesas."),
     [("Infineon", "supplies", "Kia"), ("Infineon", "supplies", "Hyundai")],
     [("Infineon", "supplies", "Valeo"), ("Infineon", "uses", "Renesas chips")]),
    # a name that labels a project is no party, as a town that names a plant is none
    ("project-name", "en", "Kelvor Corp. will deliver GPUs to the Nimbus project.",
     [], [("Kelvor", "supplies", "Nimbus"), ("Kelvor", "delivered", "Nimbus")]),
    ("project-name", "en", "Kelvor Corp. will ship 5,000 GPUs to the Aurora Project in Illinois.",
     [], [("Kelvor", "supplies", "Aurora Project")]),
    ("project-name", "en", "Kelvor Corp. will supply servers for Orvane's Zephyr project in Texas.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "Zephyr")]),
    # in a supply deal, the party whose trade makes the kind of goods traded supplies them, the goods read from the
    # signed agreement's own words too
    ("deal-maker-of-the-kind", "en", "SK Hynix signed an HBM supply agreement with Kelvor.",
     [("SK Hynix", "supplies", "Kelvor"), ("Kelvor", "ordered", "HBM")], [("Kelvor", "supplies", "SK Hynix")]),
    ("deal-maker-of-the-kind", "en", "Apple signed a DRAM supply agreement with Micron.",
     [("Micron", "supplies", "Apple")], [("Apple", "supplies", "Micron")]),
    ("deal-maker-of-the-kind", "fr", "Soitec a signé un contrat avec Kelvor portant sur la fourniture de plaquettes SOI.",
     [("Soitec", "supplies", "Kelvor")], [("Kelvor", "supplies", "Soitec")]),
    ("run-on-clauses", "fr", "Renault coopère avec Valeo, Kia et Hyundai comptent sur Infineon.",
     [("Infineon", "supplies", "Kia"), ("Infineon", "supplies", "Hyundai")], [("Infineon", "supplies", "Renault")]),
    # a gapped second order's seller sells too: 'de 30 millions ... à X et de 10 millions à Y'
    ("gapped-order-seller", "fr",
     "Xiaomi aurait passé commande de 30 millions de dalles LCD à BOE et de 10 millions à Tianma pour ses téléphones.",
     [("BOE", "supplies", "Xiaomi"), ("Tianma", "supplies", "Xiaomi")], []),
    # the review's findings on this session's change (sentences written by the reviewer)
    ("review-56", "en", "Samsung opened a fab in the U.K. It will supply chips to Arm.",
     [("Samsung", "supplies", "Arm")], [("U.K. It", "supplies", "Arm")]),
    ("review-56", "en", "Nvidia sells GPUs in the U.S. Its customers include Microsoft and Meta.",
     [("Nvidia", "supplies", "Microsoft"), ("Nvidia", "supplies", "Meta")], []),
    ("review-56", "en", "Ford ordered 10,000 cells from SK On Co. They will be delivered in 2026.",
     [("SK On", "delivered", "Ford", {"status": "planned"})], []),
    ("review-56", "fr", "Renault sécurise ses approvisionnements en puces, explique un responsable chez Valeo.",
     [], [("Valeo", "supplies", "Renault")]),
    ("review-56", "fr", "Intel reporte ses commandes, a-t-on appris auprès de sources proches d'ASML.",
     [], [("ASML", "supplies", "Intel")]),
    ("review-56", "en", "As SoftBank owned Arm outright, Nvidia tried to buy it.", [("SoftBank", "parent_of", "Arm")], []),
    ("review-56", "fr", "Apple achète à TSMC. Samsung espère que la signature d'un contrat avec Qualcomm relancera sa fonderie.",
     [], [("Qualcomm", "supplies", "Apple")]),
    # --- session 57 ---------------------------------------------------------------------------------------------
    # named goods the verb puts in the future, nothing counted, are a supply to come, not a shipment (session 68: the
    # annotated sets give no delivery for them); a plan or a habit is not one either
    ("future-supply-ships", "en", "Under the deal, Kelvor will supply Orvane with gallium nitride power modules from 2027.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], [("Kelvor", "delivered", "Orvane")]),
    ("future-supply-ships", "fr", "Le fabricant japonais Kelvor fournira à Orvane des plaquettes de 200 mm en 2027.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], [("Kelvor", "delivered", "Orvane")]),
    ("future-supply-ships", "en", "Kelvor will reportedly supply its Z9 processors to Orvane.",
     [("Kelvor", "supplies", "Orvane", {"status": "rumoured"})], [("Kelvor", "delivered", "Orvane")]),
    # (a counted one is: 'fournira à Orvane 18 000 processeurs')
    ("future-supply-ships", "fr", "Kelvor fournira à Orvane quelque 18 000 processeurs VX300.",
     [("Kelvor", "delivered", "Orvane", {"status": "planned"})], []),
    ("future-supply-ships", "en", "Kelvor plans to supply Orvane with power modules.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], [("Kelvor", "delivered", "Orvane")]),
    ("future-supply-ships", "en", "Kelvor supplies Orvane with power modules.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "delivered", "Orvane")]),
    # a short name that is also a word, where the article names the company in full, is masked before the parse
    ("short-name-before-parse", "en",
     ("Applied Materials and Lam Research said they would comply. "
      "Applied, KLA, and Lam ship etching tools to Orvane Memory."),
     [("Applied Materials", "supplies", "Orvane Memory"), ("KLA", "supplies", "Orvane Memory"),
      ("Lam Research", "supplies", "Orvane Memory")], []),
    # a trade verb read as a noun after a list of names, in a clause of its own beside another verb
    ("verb-after-names-in-a-clause", "en",
     "While KLA, Lam Research and Tokyo Electron ship etching tools to YMTC, ASML sells it scanners.",
     [("KLA", "supplies", "YMTC"), ("Lam Research", "supplies", "YMTC"), ("Tokyo Electron", "supplies", "YMTC")], []),
    ("verb-after-names-in-a-clause", "en", "Analysts say Samsung and SK Hynix supply memory chips to Orvane.",
     [("Samsung", "supplies", "Orvane"), ("SK Hynix", "supplies", "Orvane")], []),
    ("verb-after-names-in-a-clause", "en", "Samsung and Micron supply chains are under strain, analysts say.",
     [], [("Samsung", "supplies", "Micron")]),
    # the -s form of a trade verb read as a plural noun before a gerund the parser made the verb
    ("verb-after-names-in-a-clause", "en", "KLA ships etching tools to Orvane.",
     [("KLA", "supplies", "Orvane", {"product": "etching tool"})], []),
    # NER's one name across a clause's comma is two names
    ("names-across-a-comma", "en", "While KLA and Lam Research ship etching tools to Orvane, Kelvor sells it scanners.",
     [("KLA", "supplies", "Orvane"), ("Lam Research", "supplies", "Orvane")], [("KLA", "supplies", "Orvane Kelvor")]),
    # depending on sales to a company is supplying it; depending on supplies from one is buying
    ("sales-dependence", "en", "Kelvor and Brimco both lean a lot on their supplies to Orvane.",
     [("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor"), ("Orvane", "supplies", "Brimco")]),
    ("sales-dependence", "en", "Skyworks and Qorvo both depend heavily on their sales to Apple.",
     [("Skyworks", "supplies", "Apple"), ("Qorvo", "supplies", "Apple")], [("Apple", "supplies", "Qorvo")]),
    ("sales-dependence", "en", "Orvane relies on supplies from Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    # a relative clause the parser hung on the main verb belongs to the name before its comma; in it, a clitic is
    # not the antecedent, and a possessive is the antecedent's
    ("relative-antecedent", "fr", "Nvidia a investi dans Nebius, qui lui achète des GPU depuis 2024.",
     [("Nvidia", "supplies", "Nebius"), ("Nebius", "ordered", "Nvidia GPU")], [("Nebius", "supplies", "Nvidia")]),
    ("relative-antecedent", "fr",
     "Hyundai et Kia se sont engagés auprès d'Infineon, qui a réservé un tiers de sa production de modules pour Renault.",
     [("Infineon", "supplies", "Renault"), ("Infineon", "supplies", "Hyundai")],
     [("Hyundai", "supplies", "Infineon"), ("Renault", "supplies", "Infineon")]),
    # a list between dashes that the parser joined to the place before it names the companies of the noun above
    ("names-after-a-dash", "en",
     ("Kelvor will keep supplying tools to foreign firms that build memory in China — SK Hynix, Samsung and Micron — "
      "until 2026."),
     [("Kelvor", "supplies", "Samsung"), ("Kelvor", "supplies", "SK Hynix"), ("Kelvor", "supplies", "Micron")], []),
    # the learned pair layer does not make a company the rules read as a buyer, and never as a seller, supply others
    ("pair-against-the-rules", "fr", "Inspur aura du mal à s'approvisionner en composants, notamment ceux d'AMD, Intel et Nvidia.",
     [("AMD", "supplies", "Inspur")], [("Inspur", "supplies", "Intel"), ("Inspur", "supplies", "Nvidia")]),
    # a named product received from nobody named came from the maker the lexicon gives, named or not
    ("received-from-its-maker", "en", "Kelvor Memory received its first High NA EUV machine in March.",
     [("ASML", "delivered", "Kelvor Memory"), ("ASML", "supplies", "Kelvor Memory")], []),
    ("received-from-its-maker", "en", "Orvane took delivery of the first Twinscan EXE:5000 last year.",
     [("ASML", "delivered", "Orvane")], []),
    # an order's seller after the count it was placed for: 'commande de 30 millions de dalles à X'
    ("order-count-seller", "fr", "Xiaomi aurait passé commande de 30 millions de dalles LCD à BOE pour ses téléphones.",
     [("Xiaomi", "ordered", "LCD panel", {"supplier": "BOE"}), ("BOE", "supplies", "Xiaomi")], []),
    # one-word names NER took for persons, listed as examples of a company noun, are companies
    ("examples-of-a-company-noun", "fr", "Plusieurs entreprises ont acheté des serveurs Nvidia, dont Orvane et Brimco.",
     [("Orvane", "ordered", "Nvidia servers"), ("Nvidia", "supplies", "Brimco")], []),
    ("examples-of-a-company-noun", "fr", "Plusieurs dirigeants, dont Huang et Su, ont rencontré des clients de Nvidia.",
     [], [("Nvidia", "supplies", "Huang"), ("Nvidia", "supplies", "Su")]),
    # goods that equip a device are the goods supplied, not the device
    ("goods-that-equip", "fr", "Les puces de Kelvor équipent les smartphones d'Orvane.",
     [("Kelvor", "supplies", "Orvane", {"product": "Kelvor chips"})], [("Orvane", "supplies", "Kelvor")]),
    # who a company is in talks with to buy sells to it
    ("talks-to-buy", "en", "Orvane is in talks with Kelvor to buy its AI chips, two people close to the talks said.",
     [("Kelvor", "supplies", "Orvane", {"status": "planned"})], [("Orvane", "supplies", "Kelvor")]),
    ("talks-to-buy", "en", "Orvane is negotiating with Kelvor to buy AI chips.", [("Kelvor", "supplies", "Orvane")], []),
    ("talks-to-buy", "fr", "Renault serait en discussions avec Qualcomm pour acheter ses puces.",
     [("Qualcomm", "supplies", "Renault", {"status": "rumoured"})], []),
    # network switches and SSDs are goods
    ("goods-heads", "en", "Kelvor has been supplying Orvane with network switches since 2019.",
     [("Kelvor", "supplies", "Orvane", {"product": "network switches"})], []),
    ("goods-heads", "en", "Kelvor ships network switches and SSDs to Orvane.",
     [("Kelvor", "supplies", "Orvane", {"product": "network switches"}), ("Kelvor", "delivered", "Orvane")], []),
    # parts that go into a company's devices: their maker supplies it ('the parts that ...' is no anaphora: its
    # relative clause says which); goods that end up somewhere by other hands are no supply
    ("goes-into-a-device", "en", "Kelvor makes the processors that go into Orvane's phones.",
     [("Kelvor", "supplies", "Orvane")], []),
    ("goes-into-a-device", "en", "Kelvor's sensors end up in Orvane's cars.", [("Kelvor", "supplies", "Orvane")], []),
    ("goes-into-a-device", "en", "Kelvor chips smuggled through a third country ended up in Orvane's data centers.",
     [], [("Kelvor", "supplies", "Orvane")]),
    # a gapped second order's seller sells too: 'de 30 millions ... à X et de 10 millions à Y'
    ("gapped-order-seller", "fr",
     "Xiaomi aurait passé commande de 30 millions de dalles LCD à BOE et de 10 millions à Tianma pour ses téléphones.",
     [("BOE", "supplies", "Xiaomi"), ("Tianma", "supplies", "Xiaomi")], []),
    # the review's findings on this session's change (sentences written by the reviewer)
    ("review-57", "en", "Orvane accounted for 30% of Kelvor's revenue, while Brimco accounted for 12% of its own revenue.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "Brimco")]),
    ("review-57", "en", "Samsung partnered with Tesla, which will buy its AI6 chips.", [], [("Tesla", "manufactures", "AI6")]),
    ("review-57", "en", "Apple expanded its partnership with TSMC, which will make its M5 chips in Arizona.",
     [("TSMC", "supplies", "Apple", {"product": "M5"})], []),
    ("review-57", "en", "CoreWeave received its first GB300 systems, delivered by Dell.",
     [("Dell", "delivered", "CoreWeave")], [("Nvidia", "delivered", "CoreWeave")]),
    ("review-57", "en", "Orvane depends on shipments to Europe from Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    ("review-57", "fr", "Orvane est en discussions avec SoftBank pour acheter Ampere.", [], [("SoftBank", "supplies", "Orvane")]),
    # a gapped clause of a customer's share takes the seller of the clause it repeats
    ("gapped-share", "en", "Orvane accounted for 26% of Kelvor's revenue in 2025, while Brimco accounted for 16%.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Brimco")], []),
    # --- session 58 ---------------------------------------------------------------------------------------------
    # an aside between commas after a French infinitive of making: the noun phrase after it is the object
    ("aside-before-object", "fr", "Samsung compte produire, à partir de 2027, les puces Z9 de Kelvor.",
     [("Samsung", "supplies", "Kelvor", {"status": "planned"}), ("Samsung", "manufactures", "Z9")], []),
    ("aside-before-object", "fr", "Samsung va fournir, dès 2026, des modules de mémoire à Kelvor.",
     [("Samsung", "supplies", "Kelvor")], []),
    # a French participle hangs on the noun it agrees with, not on the nearest noun
    ("participle-agreement", "fr", "Samsung fabriquera une série de capteurs destinés aux drones conçue par Kelvor.",
     [("Samsung", "supplies", "Kelvor")], []),
    ("participle-agreement", "fr", "Samsung va fabriquer les puces du modèle conçues par Kelvor.",
     [("Samsung", "supplies", "Kelvor")], []),
    # the one a contract is given to does what the infinitive says, not the one who gives it
    ("award-to-do", "en", "Orvane gave a $2.4 billion, seven-year contract to Ericsson to provide fibre optic gear.",
     [("Ericsson", "supplies", "Orvane"), ("Orvane", "ordered", "fibre optic gear")],
     [("Orvane", "manufactures", "fibre optic gear")]),
    ("award-to-do", "en", "Orvane awarded a contract to Kelvor to supply radio equipment.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "manufactures", "radio equipment")]),
    ("award-to-do", "fr", "Orvane a attribué à Kelvor un contrat pour fournir des modules optiques.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "manufactures", "optical modules")]),
    # a division or unit of a company trades as the company
    ("division-of", "en", "The networks unit of Zantec won a contract from Orvane to supply radio equipment.",
     [("Zantec", "supplies", "Orvane")], [("Orvane", "manufactures", "radio equipment")]),
    ("division-of", "fr", "La branche réseaux de Nokia a obtenu un contrat de Bouygues Telecom pour fournir 5 000 antennes.",
     [("Nokia", "supplies", "Bouygues Telecom")], []),
    # 'the company' does not take up a name that only modifies a thing ('the Kunlun cluster')
    ("attributive-name", "en",
     ("Alibaba's rollout of the 20,000-card Kunlun cluster marks the end of a shift that started in 2022, when the "
      "company made its first GPU order from Huawei rather than Nvidia."),
     [("Huawei", "supplies", "Alibaba")], [("Huawei", "supplies", "Kunlun")]),
    # an order placed 'from' a company: the placer buys, the company sells
    ("order-placed-from", "en", "Alibaba said that in 2023 the company placed a first accelerator order from Huawei.",
     [("Huawei", "supplies", "Alibaba")], []),
    # the partners chosen to deliver, listed after 'including'
    ("chosen-list", "en",
     "Telefonica has chosen three vendors, including Nokia, Ericsson and Samsung, to supply its new radio network.",
     [("Ericsson", "supplies", "Telefónica"), ("Nokia", "supplies", "Telefónica")], []),
    # purchases moved 'de X vers Y': X is where they came from, not the goods' maker
    ("source-before-destination", "fr", "Orvane a déplacé une partie de ses achats de cartes graphiques de Nvidia vers AMD.",
     [("AMD", "supplies", "Orvane"), ("Orvane", "ordered", "graphics cards", {"supplier": "AMD"})], []),
    # a pronoun takes up the anaphor of its own sentence before it, and nothing further back if that one names nothing
    ("pronoun-after-anaphor", "fr",
     ("Zantec assemble l'iPhone d'Apple depuis des années. L'accord ne comporte aucun engagement ferme, mais Orvane "
      "pourra tester ces machines et aura le droit de les acheter."),
     [("Zantec", "supplies", "Apple")], [("Orvane", "ordered", "iPhone"), ("Apple", "supplies", "Orvane")]),
    # a description takes the company named just before it that the frame's other roles do not hold
    ("description-near", "en",
     ("Tsinghua Unigroup was once a shareholder of Yangtze Memory. While KLA ships inspection gear to Yangtze Memory, "
      "the Dutch firm ASML still sells the Chinese chipmaker its newest DUV scanners."),
     [("ASML", "supplies", "YMTC")], [("ASML", "supplies", "Unigroup")]),
    # a fan of a vendor is not its customer; a customer of it is
    ("customer-of-a-vendor", "en",
     "Samsung has won a big 5G contract in Europe. Orvane Group is a vocal fan of the Korean vendor.",
     [], [("Samsung", "supplies", "Orvane Group"), ("Samsung", "supplies", "Orvane")]),
    # what 'sell it / them to' sells is the pronoun; the buyer is after 'to'
    ("sold-pronoun", "en", "Brimco Labs designed the Z500 accelerator. Under the rules Kelvor may not sell it to buyers in China.",
     [("Brimco Labs", "manufactures", "Z500")], [("Kelvor", "supplies", "Brimco Labs")]),
    ("sold-pronoun", "en",
     "Kelvor agreed to combine Brimco's accelerators with its own Xeon boards and sell them to cloud operators.",
     [], [("Kelvor", "supplies", "Brimco")]),
    # a possessive on the second of two coordinated nouns is the first one's
    ("conjunct-owner", "fr",
     ("Orvane a transféré ses achats de baies de stockage de NetApp vers Dell, une bonne affaire pour l'américain et "
      "ses deux grands fournisseurs, Quanta et Compal."),
     [("Quanta", "supplies", "Dell"), ("Compal", "supplies", "Dell")], [("Dell", "supplies", "NetApp")]),
    ("conjunct-owner", "en", "This is good news for Dell and its main suppliers, Inventec and Wistron.",
     [("Inventec", "supplies", "Dell"), ("Wistron", "supplies", "Dell")], []),
    # a partnership for the making of the party's own goods: the partner makes them for it
    ("partner-makes-own", "en", "Orvane works with Kelvor on the manufacturing of its Z9 processors.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("partner-makes-own", "en", "Google has teamed up with Broadcom on the production of its TPU accelerators.",
     [("Broadcom", "supplies", "Google")], [("Google", "supplies", "Broadcom")]),
    ("partner-makes-own", "fr", "Orvane a signé un accord avec Kelvor pour la fabrication de ses puces Z9.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # goods from a company in a device: the company supplies the device's maker
    ("device-uses-goods-from", "en",
     "Nintendo launched the Switch 2 in June. The Switch 2 uses 512GB of NAND memory from SK Hynix for its game library.",
     [("SK Hynix", "supplies", "Nintendo")], []),
    # relying on a company's chips is using them, not (by the guidelines) buying them
    ("rely-is-use", "en", "Orvane has long leaned on Nvidia's GPUs for training.",
     [("Orvane", "uses", "Nvidia GPUs")], [("Nvidia", "supplies", "Orvane")]),
    # an em dash glued between two words opens an aside; it does not join the name to the next word
    ("glued-dash-aside", "en", "Brimco and Kelvor—two of Orvane's biggest suppliers—plan to merge.",
     [("Brimco", "supplies", "Orvane"), ("Kelvor", "supplies", "Orvane")], []),
    # 'A and B, two of X's vendors': both
    ("group-apposition", "en", "Skyworks and Qorvo, two of Apple's largest vendors, are in merger talks.",
     [("Qorvo", "supplies", "Apple"), ("Skyworks", "supplies", "Apple")], []),
    # a purchase a licence allows is a supply, not an order placed
    ("licensed-purchase", "en", "The US cancelled the licences that allowed Huawei to buy chips from Qualcomm and Intel.",
     [("Qualcomm", "supplies", "Huawei"), ("Intel", "supplies", "Huawei")], [("Huawei", "ordered", "Qualcomm chips")]),
    # the holder of a licence to sell sells, not who grants it
    ("licence-holder", "en", "Washington gave Kelvor a licence to sell its GPUs to Orvane.",
     [("Kelvor", "supplies", "Orvane")], []),
    # the parts of a device supplied by a company: supplied to the device's maker, and the company does not make
    # the device
    ("parts-of-a-device", "fr",
     "Xiaomi a lancé la SU7 en 2024. Les cellules de batterie de cette SU7 sont fournies par BYD et son rival CATL.",
     [("BYD", "supplies", "Xiaomi"), ("CATL", "supplies", "Xiaomi")], [("BYD", "manufactures", "SU7")]),
    ("parts-of-a-device", "en", "Xiaomi launched the SU7 in 2024. The batteries of the SU7 are supplied by BYD.",
     [("BYD", "supplies", "Xiaomi")], [("BYD", "manufactures", "SU7")]),
    # names each followed by where they are from are still one list
    ("names-with-origins", "en",
     "Orvane's memory suppliers include Samsung from South Korea, Micron from the United States and CXMT from China.",
     [("Samsung", "supplies", "Orvane"), ("Micron", "supplies", "Orvane"), ("CXMT", "supplies", "Orvane")], []),
    # a passive supply with no agent: the goods' owner supplies
    ("passive-supply-owner", "en",
     "Only a handful of BYD's Blade packs were ever supplied to Geely, Changan Automobile and Toyota.",
     [("BYD", "supplies", "Geely"), ("BYD", "supplies", "Toyota")], []),
    # one order of a count placed 'auprès de' a seller, in a sentence that names no buyer: the article's company's
    ("orphan-order", "fr",
     ("Nvidia a obtenu le feu vert pour vendre ses puces H20 en Chine. Ce feu vert a débouché sur une commande de "
      "200 000 unités auprès de TSMC."),
     [("TSMC", "supplies", "Nvidia"), ("Nvidia", "ordered", "H20", {"supplier": "TSMC"})], []),
    ("orphan-order", "fr", "Nvidia a publié ses résultats. Les commandes de puces auprès de TSMC ont bondi de 20 %.",
     [], [("TSMC", "supplies", "Nvidia")]),
    # review 58: a unit with a name of its own, or a former division, is its own company; a description's nearby
    # name is not the one its own clause's roles hold
    ("review-58", "fr", "L'unité Waymo d'Alphabet achète des lidars à Hesai.",
     [("Hesai", "supplies", "Waymo")], [("Hesai", "supplies", "Alphabet")]),
    ("review-58", "fr", "La division écrans de Samsung, Samsung Display, fournit des dalles à Apple.",
     [("Samsung Display", "supplies", "Apple")], [("Samsung", "supplies", "Apple")]),
    ("review-58", "fr", "Kioxia, l'ancienne division mémoire de Toshiba, fournit de la mémoire flash à Apple.",
     [("Kioxia", "supplies", "Apple")], [("Toshiba", "supplies", "Apple")]),
    ("review-58", "en", "Arm has one customer in Qualcomm, and another in Apple; the vendor's biggest customer remains Apple.",
     [("Arm", "supplies", "Apple")], [("Qualcomm", "supplies", "Apple")]),
    # 'afin de' after a verb of choice: the one chosen does it, as after 'pour' (the parser hangs it on 'afin')
    ("chosen-afin-de", "fr", "Orvane a choisi Kelvor afin de fabriquer ses modules.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("chosen-afin-de", "fr", "Kelvor a été choisi par Orvane afin de fabriquer ses modules.",
     [], [("Orvane", "supplies", "Kelvor"), ("Orvane", "manufactures", "Kelvor modules")]),
    # --- session 59 ---------------------------------------------------------------------------------------------
    # a preposition after an adjective of comparison introduces what is compared, not a recipient
    ("compared-to", "en", ("Kelvor unveiled its Z9 chip. Each Z9 chip delivers computing power similar to three "
     "Orvane boards."), [("Kelvor", "manufactures", "Z9")],
     [("Kelvor", "delivered", "Orvane"), ("Kelvor", "supplies", "Orvane")]),
    # 'à' before an infinitive ('à savoir', 'namely') names no one supplied
    ("a-before-infinitive", "fr", "Kelvor a fourni une partie des pièces des serveurs d'Orvane, à savoir des modules Brio.",
     [], [("Kelvor", "supplies", "Brio")]),
    # a name no list knows that only opens the goods' name is no customer ('OpenVPX systems' name a standard)
    ("name-inside-goods", "en", "Mercury Systems will provide Kestrel signal processing systems for a radar program.",
     [], [("Mercury Systems", "supplies", "Kestrel"), ("Mercury Systems", "delivered", "Kestrel")]),
    ("name-inside-goods", "en", "TI would supply Orvane's new chip.", [("Texas Instruments", "supplies", "Orvane")], []),
    # the owner written on the phrase ('Orvane's Z9 chips'), not the foundry the article said makes them, is the
    # customer of a part of them
    ("owner-over-foundry", "en", ("The Z9 processor that Orvane uses in its servers is made by TSMC. Kelvor supplied one "
     "of the key components of Orvane's Z9 chips."), [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "TSMC")]),
    # '..., it added', '..., the report said': the speaker is no subject the next 'the company' takes up
    ("speaker-after-the-said", "en", ("Kelvor Systems has won a contract from Brio to build its servers. It is the first "
     "time Orvane will make its own boards in India, the report said. The firms did not respond, it added. Besides "
     "these deals, the company already makes modules for Zentek."),
     [("Kelvor Systems", "supplies", "Zentek")], [("Orvane", "supplies", "Zentek")]),
    # 'X se voit confier par Y la construction de ...': X builds for Y, wherever the parse hangs 'par Y'
    ("se-voir-confier", "fr", "Kelvor s'est vu confier par Orvane la construction de son nouveau supercalculateur.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("se-voir-confier", "fr", "Kelvor venait de se voir confier la fabrication du Zephyr par Orvane.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # capitalised words the parse split after a name no list knows are one name
    ("split-name", "fr", "Kelvor s'est vu confier la construction du Zephyr par Oak Valley National Laboratory.",
     [("Kelvor", "supplies", "Oak Valley National Laboratory")], []),
    ("making-entrusted", "fr", "Orvane a confié la direction du projet à Kelvor.", [], [("Kelvor", "supplies", "Orvane")]),
    # robots, humanoids, drones, panels and displays are goods, also counted by thousands
    ("robots-are-goods", "en", "Kelvor plans to buy thousands of Zentek robots.",
     [("Zentek", "supplies", "Kelvor"), ("Kelvor", "ordered", "robots")], []),
    ("robots-are-goods", "fr", "Kelvor prévoit d'acheter des milliers de robots de Zentek.",
     [("Zentek", "supplies", "Kelvor")], []),
    ("robots-are-goods", "fr", "Kelvor achète des dalles OLED à Zentek.",
     [("Zentek", "supplies", "Kelvor"), ("Kelvor", "ordered", "OLED panels")], []),
    # a display technology's acronym is no company ('for LCD TV panels')
    ("technology-acronym", "en", ("Orvane stopped making LCD panels, so Kelvor turned to Chinese makers to feed its "
     "appetite for LCD TV panels."), [], [("Orvane", "supplies", "LCD TV"), ("Kelvor", "supplies", "LCD TV")]),
    # 'déployé chez X': where goods are deployed uses them; the goods' maker supplies it
    ("deployed-at", "fr", "On trouve le serveur K2 de Kelvor, déployé chez Orvane, dans plusieurs usines.",
     [], [("Orvane", "supplies", "Kelvor"), ("Kelvor", "uses", "K2")]),
    # a French participle with no agent takes no maker by position ('le robot Stretch conçu pour ...')
    ("participle-no-agent", "fr", ("L'accord couvre la gamme de Kelvor, notamment le robot Atlas et le robot logistique "
     "Zephyr conçu pour le déchargement des camions."), [], [("Zephyr", "manufactures", "Atlas")]),
    # a maker no list knows that assembles a known brand's devices assembles them for the brand
    ("assembles-a-brand", "fr", "Zentek assemble des smartphones Xiaomi en Inde.",
     [("Zentek", "supplies", "Xiaomi")], []),
    ("assembles-a-brand", "en", "Zentek assembles AMD laptops.", [], [("Zentek", "supplies", "AMD")]),
    # 'X a pour client Y', 'ont pour donneur d'ordre Y': the subject has the customer, whatever comes before it
    ("has-as-customer", "fr", "Depuis des années, Kelvor a pour donneur d'ordre HP, Asus ou Acer.",
     [("Kelvor", "supplies", "HP"), ("Kelvor", "supplies", "Acer")], [("HP", "supplies", "Kelvor")]),
    ("has-as-customer", "fr", "Depuis des années, Kelvor a pour client Orvane.", [("Kelvor", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor")]),
    # an apposition after a whole list: a singular noun describes the name just before it, a plural one all of them
    ("apposition-after-a-list", "en", ("Brimco Electronics and Zentek, a notebook manufacturer for HP and Dell, look to "
     "grow in Mexico."), [("Zentek", "supplies", "HP")], [("Brimco Electronics", "supplies", "HP")]),
    ("apposition-after-a-list", "en", "Kelvor and Zentek, two chip suppliers for Orvane, plan to grow.",
     [("Kelvor", "supplies", "Orvane"), ("Zentek", "supplies", "Orvane")], []),
    ("review-59", "fr", "Zentek a pour donneur d'ordre Thales.", [("Zentek", "supplies", "Thales")], []),
    ("review-59", "fr", "Brimco a pour principal fournisseur Zentek.", [("Zentek", "supplies", "Brimco")],
     [("Brimco", "supplies", "Zentek")]),
    # the maker named on goods a company deploys is the rules' pair, not the pair model's ('Hyundai supplies Boston
    # Dynamics' was read backwards)
    ("review-59", "en", "Hyundai plans to deploy thousands of Boston Dynamics robots.",
     [("Hyundai", "uses", "Boston Dynamics robots")], [("Hyundai", "supplies", "Boston Dynamics")]),
    # a public buyer with its own budget (the American energy department, the Pentagon) is a party; the country
    # that controls exports stays a government
    ("public-buyer", "en", "The Pentagon ordered 500 drones from Kelvor.",
     [("U.S. Department of Defense", "ordered", "drones"), ("Kelvor", "supplies", "U.S. Department of Defense")], []),
    ("public-buyer", "fr", "Le département de l'Énergie a commandé deux supercalculateurs à Kelvor.",
     [("Kelvor", "supplies", "U.S. Department of Energy")], []),
    ("public-buyer", "en", "The Commerce Department restricted exports of Z9 chips to China.",
     [("United States", "restricts_export", "Z9")], []),
    # --- session 60 ---------------------------------------------------------------------------------------------
    # an infinitive on a noun said of a subject is the subject's doing ('the first company to buy')
    ("first-to-verb", "en", "Orvane is the first company to buy Kelvor's new vision chips.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("first-to-verb", "en", "Brimco became the latest carmaker to secure a supply of power chips from Kelvor.",
     [("Kelvor", "supplies", "Brimco")], [("Brimco", "supplies", "Kelvor")]),
    ("first-to-verb", "en", "It is the only way to buy Kelvor chips.", [], [("Kelvor", "supplies", "Kelvor")]),
    # a counted company noun that names spell out after a comma or a colon ('deux constructeurs, A et B'); the
    # parser may coordinate the names, or their nationalities, with the noun
    ("spelled-out-group", "fr", "Orvane se fournit en bornes auprès de deux constructeurs, Kelvor et Brimco.",
     [("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")], []),
    ("spelled-out-group", "fr", ("Orvane s'approvisionne auprès de deux fabricants, l'allemand Kelvor et le coréen "
     "Brimco."), [("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")], []),
    ("spelled-out-group", "en", "Orvane sources its modems from two vendors: Kelvor and Brimco.",
     [("Kelvor", "supplies", "Orvane"), ("Brimco", "supplies", "Orvane")], []),
    ("spelled-out-group", "en", "The two executives, Jane Kessler and Mark Duval, met Orvane's buyers.", [],
     [("Jane Kessler", "supplies", "Orvane")]),
    # a verb the tagger took for a noun, coordinated with a denied one, keeps its own mood
    ("but-after-negation", "fr", "Orvane ne produit pas ses chargeurs, mais s'approvisionne auprès de Kelvor.",
     [("Kelvor", "supplies", "Orvane", {"status": "asserted"})], []),
    # samples sent for a customer's qualification are a supply
    ("sampling", "en", "Kelvor has begun sampling its HBM4 chips to Orvane.", [("Kelvor", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor")]),
    # 'delivering a lift to X' delivers nothing, and a plural noun spelt out by a list stands for no one of them
    ("delivered-a-lift", "en", ("Orvane has moved its server orders from Brio to Dell, delivering a lift to Dell and to its "
     "main suppliers, Quanta and Wistron."), [("Quanta", "supplies", "Dell"), ("Dell", "supplies", "Orvane")],
     [("Orvane", "delivered", "Dell"), ("Quanta", "supplies", "Orvane"), ("Orvane", "supplies", "Quanta")]),
    # a part of a product the lexicon knows by its model code alone ('M1 Pro' is one of Apple's codes) is supplied to
    # the product's maker, and its supplier does not make the product
    ("part-of-a-coded-model", "en", "Kelvor supplied one of the key parts of the M2 Max chips.",
     [("Kelvor", "supplies", "Apple")], [("Kelvor", "manufactures", "M2 Max")]),
    ("part-of-a-coded-model", "fr", "Kelvor a fourni des composants des puces M3 Pro.",
     [("Kelvor", "supplies", "Apple")], [("Kelvor", "manufactures", "M3 Pro")]),
    # orders said from the buyers' side, with no seller in the sentence, were received by the article's company
    ("orders-received", "en", ("Kelvor makes modem chips. The rise in sales came from orders from clients including "
     "Zentek and Brimco, analysts said."), [("Kelvor", "supplies", "Zentek"), ("Kelvor", "supplies", "Brimco")],
     [("Zentek", "supplies", "Kelvor")]),
    ("orders-received", "en", "Kelvor makes modem chips. Orders from Zentek for Brimco chips rose.", [],
     [("Kelvor", "supplies", "Zentek")]),  # another company named: not the article's
    # customers listed of no one the sentence names are the article's company's, if it is upstream of them
    ("customers-listed", "fr", ("TSMC est saturé. Avec des clients tels que Nvidia, Apple et AMD au taquet, les "
     "places seront chères."), [("TSMC", "supplies", "Nvidia"), ("TSMC", "supplies", "AMD")], []),
    ("customers-listed", "en", "Nvidia makes GPUs. Customers such as Samsung and Micron sell memory.", [],
     [("Nvidia", "supplies", "Samsung")]),  # memory makers are upstream of a chip designer
    # a name the sentence corrects ('X, or rather its unit Y') is not the party; the correction is
    ("or-rather", "fr", "Samsung, ou plutôt sa filiale Samsung Electro-Mechanics, a livré des substrats à Orvane.",
     [("Samsung Electro-Mechanics", "supplies", "Orvane")], [("Samsung", "supplies", "Orvane")]),
    ("or-rather", "en", "Kelvor, or rather its unit Kelvor Power, supplied the modules to Orvane.",
     [("Kelvor Power", "supplies", "Orvane")], [("Kelvor", "supplies", "Orvane")]),
    # a possessor written on a listed name describes it ('X's spin-off Y') and is no member of the list
    ("possessor-in-a-list", "en", ("Kelvor makes modem chips. Sales rose on orders from clients including Zentek’s "
     "budget spin-off Brimco, Orvane and Nokia."), [("Kelvor", "supplies", "Brimco"), ("Kelvor", "supplies", "Orvane")],
     [("Kelvor", "supplies", "Zentek")]),
    # an order fulfilled by a company is that company's sale to whoever placed it
    ("order-fulfilled-by", "en", "Half of Orvane's order will be fulfilled by Kelvor.", [("Kelvor", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor")]),
    ("order-fulfilled-by", "en", "Orvane's last order was filled by Kelvor.", [("Kelvor", "supplies", "Orvane")], []),
    ("order-fulfilled-by", "fr", "La commande de Brimco sera honorée par Kelvor.", [("Kelvor", "supplies", "Brimco")],
     [("Brimco", "supplies", "Kelvor")]),
    ("order-fulfilled-by", "fr", "La moitié de la commande de Brimco sera exécutée par Kelvor.",
     [("Kelvor", "supplies", "Brimco")], []),
    # an unnamed customer that a participle of naming identifies ('a client, identified by sources as X') is X
    ("identified-as", "en", "Kelvor will ship cells to an overseas customer, identified by two people as Tesla.",
     [("Kelvor", "supplies", "Tesla")], []),
    ("identified-as", "fr", "Kelvor fournira des cellules à un client, identifié par la presse comme étant Tesla.",
     [("Kelvor", "supplies", "Tesla")], []),
    ("identified-as", "en", "Kelvor will ship cells to a customer, identified by Orvane Inc. as a carmaker.", [],
     [("Kelvor", "supplies", "Orvane")]),  # who identifies is no customer
    # a share of a 'business' is of what the owner sells or of what it buys: where the two trades sit decides
    ("share-of-business", "en", "Nokia accounted for a third of Orange's business.",
     [("Nokia", "supplies", "Orange")], [("Orange", "supplies", "Nokia")]),
    ("share-of-business", "en", "Apple accounts for a quarter of TSMC's business.", [("TSMC", "supplies", "Apple")],
     [("Apple", "supplies", "TSMC")]),
    # a company's unit trades as the company, also when the parser hangs the company on the unit's own name
    ("unit-of-a-described-company", "fr", ("La division « Défense et Espace » du groupe Kelvor a décroché une commande de "
     "Telesat pour fabriquer 50 satellites."), [("Kelvor", "supplies", "Telesat")], [("Telesat", "supplies", "Kelvor")]),
    # the owner of what is provided ('Brimco's solutions') is their maker, not a customer; nor is a name after a
    # company noun when it owns the next noun ('its customers Brimco's ...')
    ("offering-owner", "en", "Kelvor will provide its customers Brimco's graphics solutions.", [],
     [("Kelvor", "supplies", "Brimco")]),
    ("offering-owner", "en", "Kelvor will provide Orvane with Brimco's graphics solutions.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "Brimco")]),
    # a known maker's unit that the lexicon names on its own is its own company ('Canon Tokki', not Canon and 'Tokki')
    ("known-unit-name", "en", "Orvane has bought evaporation tools from Canon Tokki.",
     [("Canon Tokki", "supplies", "Orvane")], [("Canon", "supplies", "Orvane")]),
    # goods a company makes that another uses ('modules used by X') are made for that user
    ("made-and-used-by", "en", "Kelvor, a contract maker, produces optical modules used by Orvane and Brimco.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Brimco")], []),
    ("made-and-used-by", "fr", "Kelvor fabrique des modules optiques utilisés par Nvidia et Cisco.",
     [("Kelvor", "supplies", "Nvidia"), ("Kelvor", "supplies", "Cisco")], []),
    # 'not from X but from Y': the negation is of X; 'from X but not from Y' denies Y
    ("not-x-but-y", "en", "Orvane does not buy cells from Panasonic but from CATL.",
     [("Panasonic", "supplies", "Orvane", {"status": "denied"}), ("CATL", "supplies", "Orvane", {"status": "asserted"})],
     []),
    ("not-x-but-y", "fr", "Orvane n'achète pas ses cellules à Panasonic, mais à CATL.",
     [("CATL", "supplies", "Orvane", {"status": "asserted"})], []),
    ("not-x-but-y", "fr", "Orvane achète sa mémoire auprès de Samsung, mais pas auprès de SK Hynix.",
     [("Samsung", "supplies", "Orvane", {"status": "asserted"}), ("SK Hynix", "supplies", "Orvane", {"status": "denied"})],
     []),
    ("not-x-but-y", "en", "Orvane buys cells from Panasonic but not from CATL.",
     [("CATL", "supplies", "Orvane", {"status": "denied"})], []),
    # a correction sets the corrected name aside for the pair model too; a panel maker sits upstream of a phone maker
    ("or-rather", "en", "Alphabet, or rather its unit Google, buys TPUs made by TSMC.", [("TSMC", "supplies", "Google")],
     [("TSMC", "supplies", "Alphabet")]),
    ("panel-maker-upstream", "fr", "Samsung Display a signé un contrat avec Xiaomi.",
     [("Samsung Display", "supplies", "Xiaomi")], [("Xiaomi", "supplies", "Samsung Display")]),
    # the maker of the goods a frame trades is the rules' pair, not the pair model's ('vend les FPGA d'AMD')
    ("maker-of-traded-goods", "fr", "Avnet vend les FPGA d'AMD à des clients industriels.", [],
     [("Avnet", "supplies", "AMD")]),
    # a name written as another's owner ('l'ancienne filiale de Huawei') is no party of the pair model either
    ("owner-in-apposition", "fr", "Qualcomm fournit des puces à Honor, l'ancienne filiale de Huawei.", [],
     [("Qualcomm", "supplies", "Huawei")]),
    # a driver-chip designer sits upstream of a panel maker; a cooperation agreement is no supply by its own words;
    # a seller the sentence denies is not said to make the goods
    ("panel-maker-upstream", "en", "BOE signed a deal with Novatek for driver ICs.",
     [("Novatek", "supplies", "BOE")], [("BOE", "supplies", "Novatek")]),
    ("cooperation-agreement", "fr", "Innolux et TCL ont annoncé un accord de coopération technique.", [],
     [("Innolux", "supplies", "TCL Technology"), ("TCL Technology", "supplies", "Innolux")]),
    ("not-x-but-y", "en", "Orvane buys HBM not from Samsung but from SK Hynix.",
     [("SK Hynix", "supplies", "Orvane", {"status": "asserted"}), ("Samsung", "supplies", "Orvane", {"status": "denied"})],
     []),
    # --- session 61 ---------------------------------------------------------------------------------------------
    # a share of a company's orders that comes from another: the other buys from it (as a share of its revenue does)
    ("orders-come-from", "en", "About a tenth of Kelvor's orders come from Orvane.", [("Kelvor", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor")]),
    ("orders-come-from", "fr", "Environ 10 % des commandes de Kelvor proviennent d'Orvane.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    ("orders-come-from", "fr", "Les capteurs d'Orvane proviennent de Kelvor.", [("Kelvor", "supplies", "Orvane")],
     [("Orvane", "supplies", "Kelvor")]),  # goods, not orders: where they come from sells them
    # an object pronoun of a trade verb stands for the goods the sentence named, a kind too
    ("pronoun-goods", "fr", "Orvane ne fabrique pas de mémoire flash et doit l'acheter à Kelvor.",
     [("Orvane", "ordered", "flash memory", {"supplier": "Kelvor"})], []),
    ("pronoun-goods", "en", "Orvane does not make flash memory and must buy it from Kelvor.",
     [("Orvane", "ordered", "flash memory", {"supplier": "Kelvor"})], []),
    # a company that names an event hosts it and is no party to what is said there
    ("event-host", "fr", "Le fabricant Oppo est apparu au Samsung Developer Conference pour présenter ses puces.", [],
     [("Samsung", "supplies", "Oppo")]),
    ("event-host", "en", "At the Samsung Foundry Forum, Orvane said it buys chips from Kelvor.",
     [("Kelvor", "supplies", "Orvane")], [("Samsung", "supplies", "Orvane")]),
    # what a maker noun says a company makes is a product's name, not another company
    ("maker-of-a-name", "en", "The maker of Zephyrs and Talon pickups said Kelvor will produce more chips for it.", [],
     [("Kelvor", "supplies", "Zephyrs"), ("Kelvor", "supplies", "Talon")]),
    # a counted purchase of goods named by their kind is an order; uncounted, it says too little to file
    ("counted-purchase", "en", "Orvane bought 5,000 GPUs last year.", [("Orvane", "ordered", "GPUs", {"quantity": 5000})],
     []),
    ("counted-purchase", "en", "Orvane bought GPUs last year.", [], [("Orvane", "ordered", "GPUs")]),
    # money raised from a lender is no purchase and no delivery
    ("money-raised", "en", "In March, Orvane secured US$76M from Kelvor to finance the project.", [],
     [("Kelvor", "supplies", "Orvane")]),
    ("money-raised", "fr", "Orvane a obtenu 50 millions d'euros de Kelvor.", [],
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "delivered", "Orvane")]),
    ("money-raised", "en", "Meta secured 20,000 GPUs from Nvidia.", [("Nvidia", "supplies", "Meta")], []),
    # 'its' in a sentence whose subject is no company is the company that completes the subject
    ("its-subjects-owner", "fr", ("Le concepteur de puces Arm a chuté depuis sa cotation. Les grands clients de Kelvor sont "
     "Samsung, TSMC et Micron, qui représentent à eux trois près de la moitié de son chiffre d'affaires."),
     [("Kelvor", "supplies", "Samsung"), ("Kelvor", "supplies", "Micron")], [("Arm", "supplies", "Samsung")]),
    # partners that build a plant together trade nothing by it; facilities sold are no goods
    ("plant-built-together", "fr", "TSMC s'est associé avec Renault et Valeo pour construire une usine en France.", [],
     [("TSMC", "supplies", "Renault"), ("TSMC", "supplies", "Valeo")]),
    ("plant-built-together", "en", "TSMC teamed up with Renault and Valeo to build a plant in France.", [],
     [("TSMC", "supplies", "Renault"), ("TSMC", "supplies", "Valeo")]),
    ("facilities-sold", "fr", "Kelvor a vendu ses installations de Penang à Orvane.", [], [("Kelvor", "supplies", "Orvane")]),
    # a delivery with no party named: the goods of the kind just ordered go from its seller to its buyer; deliveries to
    # a customer just told come from its supplier
    ("delivered-kind-after-order", "fr", ("Veltrix achètera 20 000 serveurs auprès d'Orvane. Les serveurs seront livrés "
     "en cinq lots."), [("Orvane", "delivered", "Veltrix")], []),
    ("deliveries-to-a-told-customer", "fr", ("Orvane fournira des aimants à Kelvor. Les premières livraisons pour Kelvor "
     "débuteront en 2027."), [("Orvane", "delivered", "Kelvor", {"status": "planned"})], []),
    # a purchase noun whose buyer 'par'/'by' completes the goods, where the parser hung it
    ("purchase-by", "fr", "Le partenariat garantit l'achat de sa production de germanium par Kelvor.",
     [("Kelvor", "ordered", "germanium")], []),
    ("purchase-by", "en", "The deal guarantees the purchase of its germanium output by Kelvor.",
     [("Kelvor", "ordered", "germanium")], []),
    # chosen for the chooser's own products ('ses futures voitures', 'its cars'): the one chosen supplies parts for them
    ("chosen-for-its-cars", "fr", "Brimco retient Mobileye pour les fonctionnalités de conduite assistée de ses futurs modèles.",
     [("Mobileye", "supplies", "Brimco")], []),
    ("chosen-for-its-cars", "en", "Brimco chose Mobileye for its next sports cars.", [("Mobileye", "supplies", "Brimco")], []),
    # goods made for companies that a noun lists ('pour des entreprises comme A ou B'), however the parser hung 'pour'
    ("made-for-companies-like", "fr", "Kelvor conçoit des SSD pour des sociétés comme Kioxia ou Western Digital.",
     [("Kelvor", "supplies", "Kioxia"), ("Kelvor", "supplies", "Western Digital")], [("Kioxia", "supplies", "Kelvor")]),
    # a description placed by 'from <country>' is the company of that country named before
    ("maker-from-a-country", "en", ("Apple brings its cell supplier TDK to Vietnam. The big component maker from Japan "
     "will produce battery cells there."), [("TDK", "manufactures", "battery cells")],
     [("Apple", "manufactures", "battery cells")]),
    # a name NER calls a person that ends like a firm ('Kelvor Magnetics') is a company
    ("firm-ending-name", "en", "General Motors signed a long agreement with Kelvor Magnetics for the supply of magnets.",
     [("Kelvor Magnetics", "supplies", "General Motors")], []),
    # made on a customer's behalf ('pour le compte de'), whatever the goods are called; a fronted participle's 'pour X'
    # that the parser hung on the maker's name
    ("made-on-behalf-of", "fr", "La puce sera produite par TSMC pour le compte de Kelvor.", [("TSMC", "supplies", "Kelvor")],
     []),
    ("made-on-behalf-of", "fr", "TSMC produira la puce pour sa filiale.", [], [("TSMC", "supplies", "TSMC")]),
    ("fronted-made-for", "fr", "Fabriqué par Kelvor pour Orvane, le serveur Zeta ne sera pas livré avant 2027.",
     [("Kelvor", "supplies", "Orvane")], []),
    # (review) an object pronoun stands for goods only after a trade verb and in the goods' number: a company bought
    # out is no goods; 'packages it at Y' makes nothing; a 'business model' is no product; money got is no supply
    ("pronoun-goods", "en", "Kelvor makes memory chips, and Micron wants to buy it to expand its portfolio.", [],
     [("Micron", "ordered", "memory chips"), ("Kelvor", "supplies", "Micron")]),
    ("pronoun-goods", "fr", "Kelvor conçoit des puces pour l'IA ; SoftBank l'a racheté en 2016.", [],
     [("Kelvor", "supplies", "SoftBank")]),
    ("pronoun-goods", "en", "Nvidia buys HBM from SK Hynix and packages it at TSMC.", [("SK Hynix", "supplies", "Nvidia")],
     [("TSMC", "supplies", "SK Hynix")]),
    ("chosen-for-its-cars", "fr", "Orvane a choisi Kelvor pour son modèle économique.", [], [("Kelvor", "supplies", "Orvane")]),
    ("maker-of-a-name", "en", "The maker of Zephyrs, Orvane, buys chips from Kelvor.", [("Kelvor", "supplies", "Orvane")],
     [("Kelvor", "supplies", "Zephyrs")]),
    ("money-raised", "en", "Orvane got $250 million from Kelvor Capital and Brio Ventures.", [],
     [("Kelvor Capital", "supplies", "Orvane"), ("Brio Ventures", "supplies", "Orvane")]),
    # (second review) no subsidiary and no building is made 'pour le compte de' a customer; a host kept as a mention
    # leaves no masked token to be read as a name; a kind in a relative clause on a company, or a price, makes 'it'
    # the company; a maker's list of models goes on over its commas
    ("made-on-behalf-of", "fr", "Kelvor produit ces puces pour le compte de sa filiale Kelvor Systems.", [],
     [("Kelvor", "supplies", "Kelvor Systems")]),
    ("made-on-behalf-of", "fr", "L'usine a été construite par Vinci pour le compte de Kelvor.", [],
     [("Vinci", "supplies", "Kelvor")]),
    ("made-on-behalf-of", "en", "The chip will be made by TSMC on behalf of Kelvor.", [("TSMC", "supplies", "Kelvor")], []),
    ("event-host", "fr", "Kelvor a dévoilé ses puces au Intel Foundry Forum.", [],
     [("Kelvor", "supplies", "Michelin Forum"), ("Kelvor", "supplies", "Michelin")]),
    ("pronoun-goods", "en", "Kelvor, which makes a popular AI chip, is for sale; Nvidia wants to buy it.", [],
     [("Nvidia", "ordered", "Kelvor AI chip")]),
    ("pronoun-goods", "en", "Kelvor makes a modem chip, and Qualcomm agreed to buy it for $1.4 billion.", [],
     [("Qualcomm", "ordered", "modem chip"), ("Kelvor", "supplies", "Qualcomm")]),
    ("pronoun-goods", "fr", "Kelvor fabrique un modem et Intel veut l'acheter pour environ 1,4 milliard.", [],
     [("Intel", "ordered", "Kelvor modem"), ("Kelvor", "supplies", "Intel")]),
    ("maker-of-a-name", "fr", "Renault, constructeur des Clio, Mégane et Captur, achète ses puces à Kelvor.",
     [("Kelvor", "supplies", "Renault")], [("Kelvor", "supplies", "Mégane"), ("Kelvor", "supplies", "Captur")]),
    ("maker-of-a-name", "en", "Brimco is the maker of Kelvor's Vega processors.", [("Brimco", "supplies", "Kelvor")], []),
    # the pair model reads no supply up the chain, nor between two chip firms named as rivals
    ("pair-against-the-chain", "en", "Regulators said Qualcomm tried to keep rivals like Intel out of the modem market.",
     [], [("Intel", "supplies", "Qualcomm")]),
    ("pair-against-the-chain", "fr", ("Les modems d'Intel étaient moins rapides, ce qui a poussé Apple à brider ceux de "
     "Qualcomm."), [], [("Intel", "supplies", "Qualcomm")]),
    # --- session 62 ---------------------------------------------------------------------------------------------
    # stocking up, a stockpile built or held, a stock built: goods bought (the goods' maker sells)
    ("stockpile", "en", "Huawei stocked up on Intel processors before the ban took effect.",
     [("Intel", "supplies", "Huawei"), ("Huawei", "ordered", "Intel processors", {"supplier": "Intel"})], []),
    ("stockpile", "en", "Kelvor has built up a stockpile of memory chips from Micron.",
     [("Micron", "supplies", "Kelvor")], []),
    ("stockpile", "en", "Kelvor built up stocks of DRAM from Micron and Samsung last year.",
     [("Micron", "supplies", "Kelvor"), ("Samsung", "supplies", "Kelvor")], [("Kelvor", "manufactures", "DRAM")]),
    # a kind many make, bought from two sellers, comes from each (whoever the article said makes it)
    ("kind-from-two-sellers", "en", "Kelvor bought DRAM from Micron and Samsung last year.",
     [("Kelvor", "ordered", "DRAM"), ("Micron", "supplies", "Kelvor"), ("Samsung", "supplies", "Kelvor")], []),
    ("stockpile", "en", "Nvidia's inventory of H20 chips rose to $5 billion.", [], [("Nvidia", "ordered", "H20")]),
    ("stockpile", "fr", "Kelvor a constitué un stock de puces mémoire de Samsung.",
     [("Samsung", "supplies", "Kelvor"), ("Kelvor", "ordered", "memory chips", {"supplier": "Samsung"})], []),
    ("stockpile", "fr", "Kelvor a fait des stocks de processeurs Intel avant l'interdiction.",
     [("Intel", "supplies", "Kelvor")], []),
    # a gerund of trade after a phase verb, read by the parser as a noun's modifier ('purchasing manager')
    ("trade-gerund", "en", "Phone makers like Kelvor have suspended purchasing DRAM from vendors such as Samsung.",
     [("Samsung", "supplies", "Kelvor")], []),
    ("trade-gerund", "en", "The purchasing manager at Kelvor left for Samsung.", [], [("Samsung", "supplies", "Kelvor")]),
    # a design licensed from an IP vendor: a chip based or built on its cores or architecture, a licensee
    ("licensed-design", "en", "Chip designers like Kelvor and Brio base most of their designs on cores from Arm.",
     [("Arm", "supplies", "Kelvor"), ("Arm", "supplies", "Brio")], []),
    ("licensed-design", "en", "Kelvor's processors are based on Orvane's architecture.", [("Orvane", "supplies", "Kelvor")], []),
    ("licensed-design", "en", "Kelvor's forecast is based on Orvane's figures.", [], [("Orvane", "supplies", "Kelvor")]),
    ("licensed-design", "en", "Kelvor licenses its CPU designs from Orvane.", [("Orvane", "supplies", "Kelvor")],
     [("Kelvor", "supplies", "Orvane")]),
    ("licensed-design", "en", "Kelvor is one of Arm's biggest licensees.", [("Arm", "supplies", "Kelvor")], []),
    ("licensed-design", "fr", "Les puces de Kelvor reposent sur l'architecture d'Arm.", [("Arm", "supplies", "Kelvor")], []),
    ("licensed-design", "fr", "Kelvor s'appuie sur des cœurs Arm pour ses puces.", [("Arm", "supplies", "Kelvor")], []),
    # a plural company noun qualified by a relative clause, subject of 'include' or a copula, is the names after it
    ("named-by-predicate", "en", "Companies that buy chips from Nvidia include Meta and Oracle.",
     [("Nvidia", "supplies", "Meta"), ("Nvidia", "supplies", "Oracle")], []),
    ("named-by-predicate", "fr", "Les fabricants qui achètent des puces à MediaTek sont Sony, TCL et Xiaomi.",
     [("MediaTek", "supplies", "Sony"), ("MediaTek", "supplies", "Xiaomi")], []),
    ("named-by-predicate", "en", "Companies that compete with Nvidia include AMD and Intel.", [],
     [("Nvidia", "supplies", "AMD"), ("AMD", "supplies", "Nvidia")]),
    # "the world's second-largest X maker" is one company named before, as 'the X maker' is
    ("worlds-description", "en", ("Huawei is on a US blacklist. Intel continues its deliveries to the world's "
     "second-largest smartphone maker."), [("Intel", "supplies", "Huawei")], []),
    # (first review) an instruction set split at its hyphen is no company; a maker's own stock is no purchase, nor
    # is a recipient of later deliveries a seller; a gerund the tagger took for a noun is mended too; licensees listed
    ("licensed-design", "fr", "Les puces de Kelvor reposent sur l'architecture RISC-V.", [],
     [("RISC", "supplies", "Kelvor"), ("V", "supplies", "Kelvor")]),
    ("stockpile", "en", "Samsung built up inventories of NAND chips at its Pyeongtaek plant.", [],
     [("Samsung", "ordered", "NAND chips")]),
    ("stockpile", "fr", "Micron a constitué des stocks de HBM en vue des livraisons à Nvidia.", [],
     [("Nvidia", "supplies", "Micron"), ("Micron", "ordered", "HBM")]),
    ("trade-gerund", "en", "Honda suspended buying chips from Nexperia.", [("Nexperia", "supplies", "Honda")], []),
    ("licensed-design", "en", "Arm's licensees include Apple, Qualcomm, MediaTek and Samsung.",
     [("Arm", "supplies", "Qualcomm"), ("Arm", "supplies", "MediaTek"), ("Arm", "supplies", "Samsung")], []),
    # a part of its business with a customer lost to a rival: the rival now supplies the customer (no revenue earned)
    ("lost-to-rival", "en", "Kelvor had lost a large slice of its business with Lenovo to Qualcomm by 2024.",
     [("Qualcomm", "supplies", "Lenovo")], [("Lenovo", "supplies", "Qualcomm")]),
    ("lost-to-rival", "en", "Kelvor lost a share of the market to Orvane.", [], [("Orvane", "supplies", "Kelvor")]),
    # (second review) the loser of business is never the customer; a ranked description with several companies it may
    # be is left unresolved; 'considering' buying is no phase of buying; a brand licensed is no goods
    ("lost-to-rival", "en", "Intel lost the majority of its data-center business to AMD.", [], [("AMD", "supplies", "Intel")]),
    ("lost-to-rival", "en", "Apple lost part of its market share in China to Huawei.", [], [("Huawei", "supplies", "Apple")]),
    ("worlds-description", "en", ("Apple and Xiaomi buy displays from BOE. The world's third-largest smartphone maker "
     "also buys from Tianma."), [], [("Tianma", "supplies", "Apple")]),
    ("trade-gerund", "en", "Kelvor considered buying chips from Orvane but chose Brio.", [], [("Kelvor", "ordered", "Orvane chips")]),
    ("licensed-design", "en", "Lenovo licensed the ThinkPad brand from IBM.", [], [("IBM", "supplies", "Lenovo")]),
    ("acronym-trade", "fr", "Kelvor, fournisseur de solutions IoT et de caméras, pourrait être sanctionné.", [],
     [("Kelvor", "supplies", "IoT")]),
    ("acronym-trade", "fr", "La société NiD achète des puces à Infineon.", [("Infineon", "supplies", "NiD")], []),
    # in the passive, 'awarded a contract from X', 'awarded orders worth $170m from X': X is the buyer
    ("awarded-from", "en", "Alstom has been awarded a contract from SNCF to build 60 trains.",
     [("Alstom", "supplies", "SNCF"), ("SNCF", "ordered", "trains")], [("SNCF", "supplies", "Alstom")]),
    ("awarded-from", "en", "Alstom has been awarded orders worth $90m from Deutsche Bahn to supply 40 trams.",
     [("Alstom", "supplies", "Deutsche Bahn")], []),
    ("awarded-from", "en", "Kelvor was awarded a prize from the Orvane Foundation.", [],
     [("Kelvor", "supplies", "Orvane Foundation")]),
    # a short acronym before a trade noun names the trade, not a company
    ("acronym-trade", "en", "The BBC reported that IP vendor Orvane has suspended business with Kelvor.", [],
     [("Orvane", "supplies", "IP")]),
    # buying a company, or spinning a business off, trades no goods
    ("company-bought", "fr", "En mars, Kelvor a mené à bien l'acquisition du spécialiste français des FPGA, Orvane.", [],
     [("Kelvor", "ordered", "FPGA"), ("Orvane", "ordered", "FPGA")]),
    ("company-bought", "en", "The purchase of chip designer Orvane by Kelvor closed in May.", [],
     [("Orvane", "supplies", "Kelvor"), ("Kelvor", "supplies", "Orvane")]),
    ("business-spun-off", "fr", ("Après avoir externalisé son activité de circuits programmables au sein d'une entité "
     "distincte, Kelvor a conclu un accord pour vendre 51 % de cette société à Brio Capital."), [],
     [("Brio Capital", "supplies", "Kelvor")]),
    # goods a maker makes that companies use are supplied to them; devices and chargers are goods
    ("made-goods-used-by", "en", "Orvane builds optical devices used by Nvidia and Cisco.",
     [("Orvane", "supplies", "Nvidia"), ("Orvane", "supplies", "Cisco")], []),
    ("made-on-behalf-of", "fr", "Orvane devrait produire des chargeurs rapides pour le compte de Xiaomi.",
     [("Orvane", "supplies", "Xiaomi")], []),
    # --- session 63 ---------------------------------------------------------------------------------------------
    # a deal for goods between a company no list knows and one that only buys the chain's goods: the unknown sells
    ("deal-unknown-seller", "en", "Volvo signed a contract with Kelvora for 12,000 chips.",
     [("Kelvora", "supplies", "Volvo"), ("Volvo", "ordered", "Kelvora chips", {"supplier": "Kelvora"})],
     [("Volvo", "supplies", "Kelvora")]),
    ("deal-unknown-seller", "fr", "Renault a signé un contrat avec Kelvora pour 12 000 puces.",
     [("Kelvora", "supplies", "Renault")], [("Renault", "supplies", "Kelvora")]),
    ("deal-unknown-seller", "en", "Kelvora works with carmakers such as Volvo and Ford to supply driving systems.",
     [("Kelvora", "supplies", "Volvo"), ("Kelvora", "supplies", "Ford")], [("Volvo", "supplies", "Kelvora")]),
    ("deal-unknown-seller", "en", "Volvo signed a contract with Kelvora.", [], [("Kelvora", "supplies", "Volvo")]),
    # goods a company takes (buys, uses) in a deal's purpose are the partner's, unless a seller is named
    ("goods-taken", "en", "Volvo has signed a deal with Nvidia to use its chips.",
     [("Nvidia", "supplies", "Volvo")], [("Volvo", "supplies", "Nvidia"), ("Volvo", "manufactures", "chips")]),
    ("goods-taken", "fr", "Renault a signé un accord avec Nvidia pour utiliser ses puces.",
     [("Renault", "uses", "Nvidia chips")], [("Renault", "manufactures", "chips")]),
    ("goods-taken", "en", "Volvo buys its memory from Samsung.", [("Samsung", "supplies", "Volvo")],
     [("Volvo", "supplies", "Samsung")]),
    # a possessive in a clause set before the main one is the main clause's subject's; the clause ends at its words
    ("fronted-clause", "en", ("The shareholders of Kelvora are Mubadala and Silver Lake. To keep doing business with its "
     "customers in the US, Kelvora cut its operations in China."), [],
     [("Kelvora", "supplies", "Mubadala"), ("Mubadala", "supplies", "Kelvora"), ("Kelvora", "supplies", "Silver Lake")]),
    ("fronted-clause", "fr", "Pour fournir ses clients, Kelvora a acheté des puces à Samsung.",
     [("Samsung", "supplies", "Kelvora")], [("Kelvora", "supplies", "Samsung")]),
    # 'its customers' are that company's customers, not the companies named last
    ("possessed-relation", "en", ("Kelvora's investors include Mubadala and Silver Lake. Kelvora wants to do more "
     "business with its customers."), [], [("Kelvora", "supplies", "Mubadala"), ("Mubadala", "supplies", "Kelvora")]),
    # a grade before a product noun is no model name; a Reuters code with a share class is ticker debris
    ("grade-word", "en", "Kelvora will supply Level 3 driving systems to Volvo.", [("Kelvora", "supplies", "Volvo")],
     [("Kelvora", "manufactures", "Level 3")]),
    ("reuters-code", "en", "(Reuters) - Volvo VOLVb.ST has signed a deal with Nvidia NVDA.O to use its chips.",
     [("Nvidia", "supplies", "Volvo")], [("STMicroelectronics", "supplies", "Nvidia")]),
    # more recipients after 'as well as', which the parser hangs on the verb as a second object
    ("as-well-as", "en", "Kelvora has also sold equipment to Volvo, as well as chipmakers Orvane and Brio.",
     [("Kelvora", "supplies", "Volvo"), ("Kelvora", "supplies", "Orvane"), ("Kelvora", "supplies", "Brio")], []),
    # 'to chipmaker X': the tagger reads the company noun as an infinitive
    ("to-company-noun", "en", "Samsung sold chips to chipmaker Orvane last year.", [("Samsung", "supplies", "Orvane")], []),
    # deliveries that only begin, right after a supply one company told, are that supply's
    ("onset-delivery", "en", "Kelvora signed a deal to supply Volvo with radar chips. Deliveries will begin in 2026.",
     [("Kelvora", "delivered", "Volvo", {"status": "planned"})], []),
    ("onset-delivery", "fr", "Kelvora fournira des puces à Renault. Les premières livraisons sont prévues en 2027.",
     [("Kelvora", "delivered", "Renault")], []),
    ("onset-delivery", "en", "Kelvora supplies Volvo and Ford. Deliveries fell 10% last year.", [],
     [("Kelvora", "delivered", "Volvo"), ("Kelvora", "delivered", "Ford")]),
    # a participle set before the product it describes: 'Built on X's node, <product> ...'
    ("fronted-participle", "en", "Built on TSMC's 3nm node, AMD's new GPU is fast.",
     [("TSMC", "supplies", "AMD")], []),
    # a first word the dictionary knows is a name where the article also writes it, capitalised, inside a sentence
    ("initial-name", "fr", "Elia a commandé 12 transformateurs à Hitachi Energy. Selon Elia, la livraison est prévue en 2027.",
     [("Hitachi Energy", "supplies", "Elia")], []),
    ("initial-name", "en", "Tennet ordered 12 converter stations from Hitachi Energy, a spokesman for Tennet said.",
     [("Hitachi Energy", "supplies", "Tennet")], []),
    # allying with a provider makes it no supplier of the ally
    ("partner-provider", "fr", ("Orvane s'est associé au fournisseur de serveurs indien Kelvora, basé à Pune, pour bâtir "
     "un centre de calcul."), [], [("Kelvora", "supplies", "Orvane")]),
    # goods of one company that equip another's devices: a supply; a company fitting its own devices uses the goods
    ("equip", "fr", "Les puces de Kelvora équiperont les voitures de Renault.", [("Kelvora", "supplies", "Renault")], []),
    ("equip", "en", "Kelvora's chips will equip Volvo's new cars.", [("Kelvora", "supplies", "Volvo")], []),
    ("equip", "en", "Volvo will equip its cars with Nvidia chips.", [("Volvo", "uses", "Nvidia chips")],
     [("Volvo", "supplies", "Nvidia")]),
    ("equip", "en", "Kelvora will equip Volvo's new cars with radar chips.", [("Kelvora", "supplies", "Volvo")],
     [("Kelvora", "uses", "radar chips")]),
    ("equip", "en", "Kelvora will supply its servers to Volvo.", [("Kelvora", "supplies", "Volvo")], []),
    # (after review) a participle set before its goods keeps its parties; a bare collaboration is no supply; another
    # company the sentence names may sell a maker's goods; a grade after the noun is a model's name
    ("fronted-participle", "en", "Built by Foxconn for Nvidia, the GB300 racks ship in the third quarter.",
     [("Foxconn", "supplies", "Nvidia")], []),
    ("fronted-participle", "en", "Supplied by Samsung, the HBM3E stacks go into Nvidia's Blackwell GPUs.",
     [("Samsung", "supplies", "Nvidia")], []),
    ("deal-unknown-seller", "en", "Kelvora works with Volvo and Ford on lidar sensors.", [],
     [("Kelvora", "supplies", "Volvo"), ("Kelvora", "supplies", "Ford")]),
    ("purchase-agreement-maker", "fr", "Kelvora a signé un contrat d'achat de 32 000 GPU Nvidia H100, qui seront livrés par Dell.",
     [], [("Nvidia", "supplies", "Kelvora")]),
    ("grade-word", "fr", "Kelvora lance la puce Niveau 5.", [("Kelvora", "manufactures", "Niveau 5")], []),
    ("initial-name", "fr", ("Québec financera la production de cellules de batteries de Kelvora. Le projet est soutenu "
     "par Québec."), [], [("Québec", "manufactures", "battery cells")]),
    # goods that ship, said as the subject: their owner ships them
    ("goods-ship", "en", "Kelvora said its radar chips would ship to Volvo in 2026.",
     [("Kelvora", "delivered", "Volvo", {"status": "planned"})], []),
    ("onset-delivery", "en", "Kelvora signed a deal to supply Volvo with radar chips. Deliveries will kick off in the second half.",
     [("Kelvora", "delivered", "Volvo", {"status": "planned"})], []),
    # a dispute named as a noun denies nothing
    ("concessive", "en", "Despite its dispute with Qualcomm, Apple will keep buying its modems.",
     [("Qualcomm", "supplies", "Apple", {"status": "planned"})], []),
    # revenue earned from a company, where the verb takes the 'from': it is a customer
    ("revenue-from", "en", "Kelvora derives 30% of its revenue from Volvo.", [("Kelvora", "supplies", "Volvo")], []),
    ("revenue-from", "en", "Kelvora generated $2 billion in revenue from Volvo last year.", [("Kelvora", "supplies", "Volvo")], []),
    ("revenue-from", "en", "Kelvora derives 30% of its revenue from China.", [], [("Kelvora", "supplies", "China")]),
    ("revenue-from", "fr", "Kelvora réalise 30 % de ses ventes auprès de Renault.", [("Kelvora", "supplies", "Renault")], []),
    # made by one company for another, the goods left unnamed: a supply; a plant built for another is none
    ("made-by-for", "en", "Built by Kelvora for Volvo, the new radar ships in 2026.", [("Kelvora", "supplies", "Volvo")], []),
    ("made-by-for", "fr", "Les puces, fabriquées par Kelvora pour Renault, seront livrées en 2026.",
     [("Kelvora", "supplies", "Renault")], []),
    ("made-by-for", "en", "The plant was built by Kelvora for Volvo.", [], [("Kelvora", "supplies", "Volvo")]),
    # (after the second review) deliveries expected to decline, or to others, are no onset; a French denial verb
    # the tagger misses still denies; a heading word is no name; a reseller sells what a purchase agreement buys
    ("onset-delivery", "en", ("Kelvora signed a deal to supply Volvo with radar chips. Deliveries are expected to fall "
     "short of targets in 2026."), [], [("Kelvora", "delivered", "Volvo")]),
    ("onset-delivery", "fr", ("Kelvora a signé un accord pour fournir des puces à Renault. Les livraisons aux autres "
     "constructeurs commenceront plus tard."), [], [("Kelvora", "delivered", "Renault")]),
    ("denial-verb", "fr", "Kelvora nie avoir livré des puces à Huawei.",
     [("Kelvora", "delivered", "Huawei", {"status": "denied"})], []),
    ("initial-name", "fr", "Mobile : SFR a commandé des antennes à Nokia, selon SFR Mobile.",
     [("Nokia", "supplies", "SFR")], [("Nokia", "supplies", "Mobile")]),
    ("purchase-agreement-maker", "en", "Meta signed a purchase agreement for 30,000 Nvidia GPUs through Dell.",
     [], [("Nvidia", "supplies", "Meta")]),
    ("equip", "fr", "Les écrans de Kelvor équipent déjà les iPhone d'Apple.", [("Kelvor", "supplies", "Apple")], []),
    # a newspaper the source list now knows reports; it sells nothing
    ("source-not-party", "en", "The Globe and Mail reports that Kelvora will open a data centre with Orvane as its first customer.",
     [], [("The Globe and Mail", "supplies", "Orvane"), ("Globe and Mail", "supplies", "Orvane")]),
    # an agreement or an order that was cancelled did not happen
    ("cancelled", "en", "Kelvora's purchase agreement for 32,000 Nvidia H100 GPUs was cancelled.",
     [("Kelvora", "ordered", "H100", {"status": "denied"})], []),
    ("cancelled", "en", "Kelvora's order for 5,000 chips from Orvane was cancelled in March.",
     [("Orvane", "supplies", "Kelvora", {"status": "denied"})], []),
    # the vendor the parser hung on a sum: 'pour 400 millions de dollars de puces AMD'
    ("vendor-after-sum", "fr", "Kelvora a acheté pour 400 millions de dollars de puces AMD.",
     [("AMD", "supplies", "Kelvora"), ("Kelvora", "ordered", "AMD chips", {"supplier": "AMD"})], []),
    ("as-well-as", "en", "Kelvora sold equipment to Volvo, as well as servicing its plants.",
     [("Kelvora", "supplies", "Volvo")], []),
    # a purchase agreement for goods named with their maker, no seller named: the maker sells
    ("purchase-agreement-maker", "fr", "Kelvora a signé un contrat d'achat de 32 000 GPU Nvidia H100.",
     [("Nvidia", "supplies", "Kelvora"), ("Kelvora", "ordered", "H100", {"supplier": "Nvidia", "quantity": 32000})], []),
    ("purchase-agreement-maker", "fr", "Kelvora a signé des contrats d'achat de puces avec plusieurs fondeurs taïwanais.",
     [("Kelvora", "ordered", "chips")], []),
    # --- session 64 ---------------------------------------------------------------------------------------------
    # 'livre' after a name the French tagger never saw is read as part of that name (a lower-case proper noun)
    ("livre-after-name", "fr", "Selon le journal, Kelvora livre chaque mois 20 000 cartes à Orbanex.",
     [("Kelvora", "delivered", "Orbanex", {"quantity": 20000}), ("Kelvora", "supplies", "Orbanex")], []),
    ("livre-after-name", "fr", "Le livre de Kelvora ne parle pas de puces.", [], [("Kelvora", "supplies", "Kelvora")]),
    # a deal whose purpose takes goods from a third company it names: that one sells, not a party to the deal
    ("sourced-elsewhere", "en", "Volvo signed a deal with Nvidia to source its chips from Kelvora.",
     [("Kelvora", "supplies", "Volvo")], [("Volvo", "supplies", "Nvidia"), ("Nvidia", "supplies", "Volvo")]),
    ("sourced-elsewhere", "fr", "Renault a signé un accord avec Nvidia pour acheter ses puces auprès de Kelvora.",
     [("Kelvora", "supplies", "Renault")], [("Nvidia", "supplies", "Renault"), ("Renault", "supplies", "Nvidia")]),
    ("sourced-elsewhere", "en", "Volvo signed a deal with Nvidia to use its chips.", [("Nvidia", "supplies", "Volvo")], []),
    # an order noun whose relative clause says who placed it, with whom, for what
    ("order-relative", "en", "The deal adds to an order that Kelvora placed with Nvidia in 2024 for 8,000 H100 chips.",
     [("Kelvora", "ordered", "H100", {"supplier": "Nvidia", "quantity": 8000}), ("Nvidia", "supplies", "Kelvora")], []),
    ("order-relative", "fr", "Ce contrat complète une commande que Kelvora avait passée auprès de Nvidia pour 8 000 puces H100.",
     [("Kelvora", "ordered", "H100", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Kelvora")], []),
    # a product's name among the listed customers breaks the parse's list: the names before it are still listed
    ("list-past-a-product", "fr", "Nvidia vise d'abord ses clients comme Kelvora, Atlas, Orbanex ou encore Brio Robotics.",
     [("Nvidia", "supplies", "Kelvora"), ("Nvidia", "supplies", "Orbanex"), ("Nvidia", "supplies", "Brio Robotics")], []),
    # the subject pronoun of a clause after ';' is the earlier clause's subject, a description here, not the last
    # name; a term built on a technical acronym ('AI-RAN') is no company
    ("pronoun-after-semicolon", "en", ("Kelvora Telecom opened a data centre in Busan. The carrier also works with Nvidia "
     "on AI-RAN; it plans to buy 3,000 Nvidia H200 GPUs."),
     [("Kelvora Telecom", "ordered", "H200", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Kelvora Telecom")],
     [("AI-RAN", "ordered", "H200"), ("Nvidia", "supplies", "AI-RAN")]),
    ("pronoun-after-semicolon", "en", ("Its chief executive spoke in Busan. The carrier also works with Kelvora on AI-RAN; "
     "it plans to buy 3,000 Nvidia H200 GPUs."), [],
     [("Kelvora", "ordered", "H200"), ("AI-RAN", "ordered", "H200")]),  # a carrier not named yet: no one named buys
    # the making a company does for another, whatever it makes: a supply (stopped: denied)
    ("production-for", "en", "Kelvora suspended production for Orvane in October after the new rules.",
     [("Kelvora", "supplies", "Orvane", {"status": "denied"})], []),
    ("production-for", "fr", "TSMC assure depuis 2023 la production pour le concepteur Kelvora.",
     [("TSMC", "supplies", "Kelvora")], []),
    ("production-for", "en", "Kelvora moved production for its iPhones to India.", [], [("Kelvora", "supplies", "Kelvora")]),
    ("production-for", "fr", ("Orvane conçoit des puces d'IA pour Brio. La cause de l'arrêt de la fabrication pour cette "
     "firme est que Kelvora applique les règles américaines."), [], [("Kelvora", "supplies", "Orvane")]),
    # an adjective before the vendor's name ('additional Nvidia GPUs') made the goods' phrase swallow the company
    ("adjective-before-vendor", "en", "Kelvora plans to buy additional Nvidia GPUs next year.",
     [("Kelvora", "ordered", "Nvidia GPUs", {"supplier": "Nvidia"}), ("Nvidia", "supplies", "Kelvora")], []),
    ("adjective-before-vendor", "en", "Orvane bought more AMD accelerators in March.",
     [("AMD", "supplies", "Orvane")], []),
    ("adjective-before-vendor", "en", "Kelvora plans to buy advanced Nvidia GPUs.",
     [("Kelvora", "ordered", "Nvidia GPUs")], [("Kelvora", "ordered", "Nvidia advanced GPUs")]),
    # (after the review) 'équipe' tagged a proper noun is read as tagged; a stop that is negated, denied or weighed
    # leaves the fact as it was; acronyms joined on a technical one are a term, a hyphenated name is a name; an
    # order a relative clause says was not placed gives nothing
    ("livre-after-name", "fr", "Zentrix équipe le robot Optimus de Tesla.", [("Zentrix", "supplies", "Tesla")], []),
    ("undone-stop", "en", "Kelvora never halted production for Orvane.",
     [("Kelvora", "supplies", "Orvane", {"status": "asserted"})], []),
    ("undone-stop", "en", "Kelvora denied it had stopped making chips for Orvane.",
     [("Kelvora", "supplies", "Orvane", {"status": "asserted"})], []),
    ("undone-stop", "fr", "Kelvora dément avoir cessé de livrer Orvane.",
     [("Kelvora", "supplies", "Orvane", {"status": "asserted"})], []),
    ("undone-stop", "fr", "Kelvora ne cessera pas la production pour Orvane.",
     [("Kelvora", "supplies", "Orvane", {"status": "asserted"})], []),
    ("undone-stop", "en", "Kelvora halted shipments to Orvane in May.",
     [("Kelvora", "supplies", "Orvane", {"status": "denied"})], []),
    ("hyphenated-name", "en", "Orvane buys sensors from AI-Tech Systems.", [("AI-Tech Systems", "supplies", "Orvane")], []),
    ("order-relative", "fr", "La commande que Kelvora n'a pas passée auprès de Nvidia aurait porté sur 8 000 puces H100.",
     [], [("Nvidia", "supplies", "Kelvora"), ("Kelvora", "ordered", "H100")]),
    # a passive supply: the subject is the customer, the agent the supplier, also where 'by' hangs on the goods
    ("passive-supply", "en", "Orvane will be supplied with radar chips by Kelvora.", [("Kelvora", "supplies", "Orvane")], []),
    ("passive-supply", "en", "Orvane is supplied by Kelvora.", [("Kelvora", "supplies", "Orvane")], []),
    # an object pronoun after a plural company noun stands for that noun's group, not the companies listed before
    ("plural-noun-pronoun", "en", ("With TSMC and Samsung both complying, Kelvora will tell its customers in China that it "
     "can no longer supply them with chips."), [], [("Kelvora", "supplies", "TSMC"), ("Kelvora", "supplies", "Samsung")]),
    ("plural-noun-pronoun", "en", "With TSMC and Samsung both complying, Kelvora will tell its clients in China that it cannot sell them chips.",
     [], [("Kelvora", "supplies", "TSMC"), ("Kelvora", "supplies", "Samsung")]),  # 'them' as the indirect object
    # a name no list knows, the object of 'supply', is the customer (an acronym there is the goods)
    ("unknown-object-customer", "en", "Kelvora denied that it had stopped supplying Orbanex.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    ("unknown-object-customer", "en", "Kelvora stopped supplying Orbanex last year.",
     [("Kelvora", "supplies", "Orbanex", {"status": "denied"})], []),
    ("unknown-object-customer", "fr", "Conçu par Kelvor pour Renault, le module équipera la future Zeltra.",
     [], [("Renault", "supplies", "Zeltra")]),  # a model, named with its article, is goods
    ("undone-stop", "en", "Kelvora could stop supplying Orbanex if the sanctions widen.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    ("undone-stop", "en", "Kelvora refused to stop supplying Orbanex despite the pressure.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    ("undone-stop", "en", "Kelvora has no plans to stop supplying Orbanex.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    ("undone-stop", "en", "Neither Kelvora nor Brio has stopped supplying Orbanex.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    ("undone-stop", "fr", "Kelvora n'a aucune intention de cesser de fournir Orbanex.",
     [("Kelvora", "supplies", "Orbanex", {"status": "asserted"})], []),
    # what a seller does with a buyer's orders: suspends them (denied), completes or accepts them
    ("seller-handles-orders", "en", "Kelvora has suspended new orders from Orvane after the listing.",
     [("Kelvora", "supplies", "Orvane", {"status": "denied"})], []),
    ("seller-handles-orders", "en", "Kelvora will complete orders placed by Orvane before the ban.",
     [("Kelvora", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvora")]),
    # (after the second review) a buyer halting its own buying is no seller; a weighed stop is no plan of the supply;
    # customers a sentence names 'as customers' are those names
    ("seller-handles-orders", "en", "Kelvora suspended its orders from Samsung.", [], [("Kelvora", "supplies", "Samsung")]),
    ("seller-handles-orders", "en", "Apple suspended orders from TSMC.", [], [("Apple", "supplies", "TSMC")]),
    ("seller-handles-orders", "en", "Kelvora has halted all purchases from AMD.", [], [("Kelvora", "supplies", "AMD")]),
    ("undone-stop", "en", "Kelvora is considering halting shipments to Orvane.",
     [("Kelvora", "supplies", "Orvane", {"status": "asserted"})], []),
    ("plural-noun-pronoun", "en", "TSMC, which counts Apple and Nvidia as customers, supplies them with 3nm chips.",
     [("TSMC", "supplies", "Apple", {"product": "3nm chips"})], []),
    # --- session 65 ---------------------------------------------------------------------------------------------
    # a nationality or a region's people made a noun describes a company, alone or before its name; it names none
    ("demonym-description", "fr", ("Google a publié ses comptes. Le Californien achèterait désormais ses serveurs "
     "chez le taïwanais Kelvora."), [("Kelvora", "supplies", "Google")], [("Kelvora", "supplies", "Californien")]),
    ("demonym-description", "fr", "Le Texan Orvane achète ses modules chez Kelvora.", [("Kelvora", "supplies", "Orvane")],
     []),
    # a clause's words between a company noun and a capitalised word: no apposition, the word is no company
    ("apposition-break", "en", "Orvane Group signed a deal to supply QuantSiC die for Brightel's inverters.",
     [("Orvane", "supplies", "Brightel")], [("Orvane", "supplies", "QuantSiC")]),
    ("apposition-break", "en", "Kelvor Group will ship QuantSiC dies to Orvane.",
     [("Kelvor", "supplies", "Orvane")], [("Kelvor", "supplies", "QuantSiC")]),  # (and 'dies' read as the verb)
    # a device's next generation, or a version of it, is its maker's: what is made for it goes to that maker
    ("made-for-next-generation", "fr", "Sony fabriquera des capteurs pour la future génération de smartphone de Google.",
     [("Sony", "supplies", "Google", {"status": "planned"})], []),
    ("made-for-next-generation", "en", "Sony will make image sensors for the next generation of Apple's phones.",
     [("Sony", "supplies", "Apple")], []),
    # packaging acronyms are terms, never suppliers
    ("no-party", "fr", "Kelvora fournit des composants FC-BGA pour les puces Intel.", [("Kelvora", "supplies", "Intel")],
     [("FC-BGA", "supplies", "Intel")]),
    ("no-party", "en", "Orvane is a supplier of substrates to Intel. Delivery lead times for the tools have grown.", [],
     [("Orvane", "delivered", "Intel")]),
    # taking charge of supplying is supplying, not asking for it
    ("take-charge-of-supply", "fr", ("D'après la presse coréenne, c'est Kelvora qui se chargera désormais de fournir à "
     "Renault les modules radar de ses futures voitures."), [("Kelvora", "supplies", "Renault")],
     [("Kelvora", "ordered", "radar modules"), ("Renault", "supplies", "Kelvora")]),
    # a deal whose purpose is only to explore or study trades nothing yet
    ("exploratory-deal", "fr", ("Orvane et Brightel ont conclu un protocole d'accord avec Kelvora pour étudier la production "
     "de capteurs au Maroc."), [], [("Kelvora", "supplies", "Orvane"), ("Orvane", "supplies", "Kelvora")]),
    ("exploratory-deal", "en", "Orvane announced a partnership with Kelvora to explore the making of radar modules in Mexico.",
     [], [("Kelvora", "supplies", "Orvane"), ("Orvane", "supplies", "Kelvora")]),
    ("exploratory-deal", "en", "Orvane signed an agreement with Kelvora to buy 10,000 radar modules.",
     [("Kelvora", "supplies", "Orvane")], []),
    # a counted noun closed by a colon names the companies after it, across the clauses that follow
    ("counted-colon-list", "fr", ("Orvane se fournit en mémoire auprès de trois acteurs : Samsung livre la moitié des "
     "modules, Micron et SK Hynix se partagent le reste."), [("Samsung", "supplies", "Orvane"), ("SK Hynix", "supplies", "Orvane"),
                                                           ("Micron", "supplies", "Orvane")], []),
    ("counted-colon-list", "en", ("Orvane buys its memory from three vendors: Samsung ships half of the volume, while "
     "SK Hynix and Micron split the rest."), [("SK Hynix", "supplies", "Orvane"), ("Micron", "supplies", "Orvane")], []),
    # counted goods ('des centaines de milliers de ces puces') are the goods, whose maker is no recipient
    ("counted-goods-no-recipient", "fr", ("Nvidia a présenté sa puce GB300. Orvane pourra expédier des centaines de "
     "milliers de ces puces vers le Qatar."), [], [("Orvane", "delivered", "Nvidia"), ("Orvane", "supplies", "Nvidia")]),
    # orders a seller received are read once, as the seller's: no buyer's order left to the goods' maker
    ("seller-side-order-once", "en", ("TSMC will make the A19 chip for Apple. Earlier, TSMC had won orders for processors "
     "from Huawei and Qualcomm."), [("TSMC", "supplies", "Huawei")], [("Apple", "supplies", "Huawei"), ("Apple", "supplies", "Qualcomm")]),
    # a name before a participle it qualifies is the name ('Google-designed')
    ("name-participle", "en", "Samsung will remain the only firm producing the Google-designed Tensor chips.",
     [("Samsung", "supplies", "Google")], [("Samsung", "supplies", "Google-designed")]),
    # a word or two in brackets inside a noun phrase is read without the brackets
    ("bracketed-adjective", "fr", "Thales Alenia Space empoche un (gros) contrat auprès d'Intelsat.",
     [("Thales Alenia Space", "supplies", "Intelsat")], [("Intelsat", "supplies", "Thales Alenia Space")]),
    # a sum before the goods names no goods
    ("sum-before-goods", "en", "Panasonic has inked a multi-billion euro battery supply contract with Toyota.",
     [("Toyota", "ordered", "Panasonic batteries")], [("Toyota", "ordered", "multi euro batteries")]),
    # a share won in another's contract, and another's contract won, are that other's orders
    ("share-of-contract", "en", "Nokia won a 20% share in Orange's 5G radio contract.", [("Nokia", "supplies", "Orange")], []),
    ("share-of-contract", "en", "Ericsson won Vodafone's contract for 5G radios.", [("Ericsson", "supplies", "Vodafone")], []),
    ("sell-slang", "en", "By then UMC should be busy flogging its 12nm capacity to Apple and AMD.",
     [("UMC", "supplies", "Apple"), ("UMC", "supplies", "AMD")], []),
    # 'all of whom' in a relative clause stands for the names the clause hangs on
    ("quantified-relative", "en", ("The memory makers Kioxia, Micron and SK Hynix, all of whom have booked orders for the "
     "new ASML scanner, expect it next year."), [("ASML", "supplies", "SK Hynix"), ("ASML", "supplies", "Micron")], []),
    # French: names after the comma of an opening phrase are the clause's subject, not the place's conjuncts
    ("fronted-phrase-subject", "fr", "En Italie, Vodafone et Iliad ont longtemps été des clients de Huawei.",
     [("Huawei", "supplies", "Vodafone"), ("Huawei", "supplies", "Iliad")], []),
    # words between 'ont' and 'été' made the parser read 'avoir' as the verb and the predicate as its object
    ("auxiliary-as-verb", "fr", "En Italie, Vodafone et Iliad ont pendant des années été des clients de Nokia.",
     [("Nokia", "supplies", "Vodafone"), ("Nokia", "supplies", "Iliad")], []),
    # 'rester l'un de ses clients': the subject is the customer of the one the possessive names
    ("become-one-of-customers", "fr", "Samsung affirme que Google va rester l'un de ses clients en 2 nm.",
     [("Samsung", "supplies", "Google")], [("Google", "supplies", "Google")]),
    # a supplier's key accounts named after the partnerships it strengthens
    ("key-accounts-partnership", "fr", ("Kelvora veut approfondir ses relations avec ses grands comptes (Renault, "
     "Valeo, Stellantis)."), [("Kelvora", "supplies", "Renault"), ("Kelvora", "supplies", "Stellantis")], []),
    # 'devenir client de X' where the parser hangs 'de X' on the verb: X supplies, from then on
    ("become-customer-of", "fr", "Selon la presse, Google va devenir client de TSMC pour ses puces Tensor.",
     [("TSMC", "supplies", "Google", {"status": "planned"})], []),
    ("become-customer-of", "fr", "Renault deviendra client de Valeo dès l'an prochain.",
     [("Valeo", "supplies", "Renault", {"status": "planned"})], []),
    # a customer named by a bare title is the customer of the company the article is about
    ("customer-title", "en", "Infineon posted record results. Key customer Brightel will take most of the new output.",
     [("Infineon", "supplies", "Brightel")], []),
    # outsourcing in French: 'auprès de', a parse that loses the verb, a gerund after 'tout en'
    ("outsourcing-fr", "fr", "Orvane externalise l'encapsulation de ses puces auprès de ASE.",
     [("ASE", "supplies", "Orvane")], [("Orvane", "supplies", "ASE")]),
    ("outsourcing-fr", "fr", "Orvane sous-traite la mise en boîtier de ses puces à ASE.", [("ASE", "supplies", "Orvane")], []),
    ("outsourcing-fr", "fr", "Orvane conçoit ses capteurs, tout en externalisant leur assemblage à ASE.",
     [("ASE", "supplies", "Orvane")], []),
    # orders handed on go to the one that takes them; a share of one's output handed on is a sale
    ("orders-handed-on", "fr", "Orvane pourrait céder à Kelvora une partie des commandes de Brightel.",
     [("Kelvora", "supplies", "Orvane", {"status": "rumoured"})], [("Orvane", "supplies", "Kelvora")]),
    ("orders-handed-on", "fr", "Orvane a cédé une partie de sa production à Kelvora.", [("Orvane", "supplies", "Kelvora")],
     [("Kelvora", "supplies", "Orvane")]),
    ("outsourcing-with", "en", "Orvane subcontracted with Kelvora to build the antenna arrays.",
     [("Kelvora", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvora")]),
    # chosen as a supplier by a noun that lists its members
    ("supplier-chosen-by", "en", ("Kelvora was picked as a supplier of laser links by several satellite builders, "
     "including Orvane and Brightel."), [("Kelvora", "supplies", "Orvane"), ("Kelvora", "supplies", "Brightel")], []),
    # measures, title case, datelines and words in lower case are no parties
    ("no-party", "en", "Orvane's inverter can deliver several hundred kWs to the motor.", [], [("Orvane", "delivered", "kWs")]),
    ("no-party", "en", "Orvane, Brightel Enter Into Multi-year Supply Agreement", [],
     [("Supply Agreement", "supplies", "Orvane")]),
    ("no-party", "en", "PARIS — Mynexa, a maker of laser terminals, was picked as a supplier by Orvane.",
     [("Mynexa", "supplies", "Orvane")], []),
    ("no-party", "en", ("WASHINGTON — Mynexa, which builds laser links, faces delays. Mynexa was chosen as a supplier "
     "of these links by several satellite builders, including Northrop Grumman and Rocket Lab."),
     [("Mynexa", "supplies", "Rocket Lab")], [("WASHINGTON - Mynexa", "supplies", "Rocket Lab")]),
    ("no-party", "en", "Kelvora was chosen by LEO broadband provider Orvane to build ground gateways.", [],
     [("Orvane", "supplies", "LEO")]),
    # a list that ends one clause and opens the next: its last two names are the next verb's subject
    ("list-opens-clause", "fr", "Renault travaille avec Valeo, Kia et Hyundai comptent sur Infineon pour leurs onduleurs.",
     [("Infineon", "supplies", "Kia"), ("Infineon", "supplies", "Hyundai")], []),
    ("list-opens-clause", "fr", ("Le groupe Orvane s'est, lui, tourné vers Kelvora, tandis que Renault travaille avec "
     "Valeo, Kia et Hyundai comptent sur Infineon et Nissan achète chez Sunvale."),
     [("Infineon", "supplies", "Kia"), ("Infineon", "supplies", "Hyundai")], [("Infineon", "supplies", "Orvane")]),
    # a share of the revenue of the company the article is about comes from a customer
    ("revenue-from", "en", "Infineon posted record sales. The bulk of that revenue came from Brightel.",
     [("Infineon", "supplies", "Brightel")], []),
    # --- session 66 ---------------------------------------------------------------------------------------------
    # names no list knows, listed after 'include' or 'such as', are companies like any listed name
    ("unknown-names-listed", "en", "Carmakers that buy sensors from Pellix include Orvane and Kestrel.",
     [("Pellix", "supplies", "Orvane"), ("Pellix", "supplies", "Kestrel")], [("Pellix", "supplies", "Carmakers")]),
    ("unknown-names-listed", "en", "Pellix's customers include Orvane and Kestrel.",
     [("Pellix", "supplies", "Orvane"), ("Pellix", "supplies", "Kestrel")], []),
    ("unknown-names-listed", "en", "Quorvane buys servers from makers like Veltrix (Tessel) and Wiwynn.",
     [("Wiwynn", "supplies", "Quorvane")], [("Tessel", "supplies", "Quorvane")]),  # a brand in brackets
    ("unknown-names-listed", "en", "Kelvor makes cover glass for Apple devices such as the iPad, Apple Watch and iPhone.",
     [("Kelvor", "supplies", "Apple")], [("Kelvor", "supplies", "Watch")]),  # a product
    # a contract told just after a supply, covering a number of goods named by their type: that supply's order
    ("covers-counted-goods", "fr", "Amkor va fournir des modules à Qualcomm. L'accord couvre la livraison de 128 modules.",
     [("Qualcomm", "ordered", "modules", {"quantity": 128})], [("Amkor", "ordered", "modules")]),
    ("covers-counted-goods", "en", "Amkor will supply Qualcomm with radar parts. The deal includes 128 modules.",
     [("Qualcomm", "ordered", "modules", {"quantity": 128})], [("Amkor", "ordered", "modules")]),
    # a capitalised trade opening a sentence is no company
    ("capitalised-trade", "en", "Carmakers that buy Pellix's sensors say prices rose.", [],
     [("Pellix", "supplies", "Carmakers")]),
    # 'has customers such as': the one who has them supplies them, not the next clause's subject
    ("has-customers", "en", ("Though costlier, Kelvor serves far more clients with bigger budgets such as Sony, "
     "Dell, or Lenovo, so Orvane would have paid more."),
     [("Kelvor", "supplies", "Sony"), ("Kelvor", "supplies", "Dell"), ("Kelvor", "supplies", "Lenovo")],
     [("Orvane", "supplies", "Sony")]),
    # a counted noun's list after a colon, behind the noun's own words
    ("counted-colon-far", "fr", ("Pellix est un fournisseur clé des deux ténors japonais de l'électronique grand public : "
     "le groupe Sony et le groupe Panasonic."), [("Pellix", "supplies", "Sony"), ("Pellix", "supplies", "Panasonic")],
     []),
    # 'Pour X, Y sera l'un des clients': X's customer
    ("for-x-a-customer", "fr", "Pour Amkor, Qualcomm sera l'un des tout premiers clients.",
     [("Amkor", "supplies", "Qualcomm")], [("Qualcomm", "supplies", "Amkor")]),
    # the seller of goods written 'les processeurs de X'; a place the goods come from is none
    ("goods-of-seller", "fr", "Orvane achète les processeurs de Pellix.",
     [("Pellix", "supplies", "Orvane")], [("Orvane", "supplies", "Pellix")]),
    ("goods-of-seller", "fr", "Orvane achète les puces de Dresde.", [], [("Dresde", "supplies", "Orvane")]),
    # a goods phrase stops before a name it would span: the name stays a company
    ("goods-phrase-stops-at-name", "fr", "Orvane s'appuie sur les capteurs de Pellix pour ses téléphones.",
     [("Pellix", "supplies", "Orvane")], []),
    # 'the company', after a sentence whose subject is no company and that named one company only: that company
    ("company-after-one-named", "en", ("Quanta will build most of the laptops that Dell sells this year. The decision "
     "hurts Foxconn. The company had orders from Sony and Apple."),
     [("Foxconn", "supplies", "Sony"), ("Foxconn", "supplies", "Apple")], [("Quanta", "supplies", "Sony")]),
    # with a 'to' complement that names no company, the object is what is shipped, not a recipient
    ("shipped-to-a-trade", "en", "Pellix is shipping TCX to the top-3 Chinese phone vendors, while Apple is still its biggest customer.",
     [("Pellix", "supplies", "Apple")], [("Pellix", "supplies", "TCX"), ("Pellix", "delivered", "TCX")]),
    ("shipped-to-a-trade", "en", "Pellix delivered Orvane 300 modules.", [("Pellix", "delivered", "Orvane")], []),
    # a share of a buyer's orders that a company had
    ("share-of-orders-had", "en", "Kovrin had 20 percent of Dalmor's orders in 2012.", [("Kovrin", "supplies", "Dalmor")],
     [("Dalmor", "supplies", "Kovrin")]),
    # 'delivery lead times', which the parser reads as 'delivery leads', deliver nothing
    ("delivery-lead-times", "en", ("Orvane has signed deals with two substrate vendors, including Kelvor and Brio. "
     "Separately, delivery lead times for key tools used to make substrates now reach 12 months, the sources said."),
     [("Kelvor", "supplies", "Orvane")],
     [("Kelvor", "delivered", "Orvane"), ("Brio", "delivered", "Orvane")]),
    # Reuters' instrument codes in angle brackets are ticker debris: the list goes on past them
    ("angle-bracket-ticker", "en", "Volvo said its battery pact with Kelvor Energy <3456.KS> and CATL remains small.",
     [("Kelvor Energy", "supplies", "Volvo"), ("CATL", "supplies", "Volvo")], [("Kelvor Energy", "supplies", "CATL")]),
    # 'Après X, c'est au tour de Y de commander': X ordered before, Y now
    ("cleft-turn-predecessor", "fr", "Après Bosch, c'est au tour de Valeo de commander des puces à Infineon.",
     [("Infineon", "supplies", "Valeo"), ("Infineon", "supplies", "Bosch")], [("Bosch", "supplies", "Valeo")]),
    # --- session 67 ---------------------------------------------------------------------------------------------
    # a generation of a product family that NER took for a name is no company: the family's maker sells it
    ("product-generation-no-company", "en", "Kelvor becomes a lead customer for 5th Gen EPYC chips.",
     [], [("5th Gen EPYC", "supplies", "Kelvor")]),
    ("product-generation-no-company", "en", "AMD said that Kelvor becomes a lead customer for 5th Gen EPYC chips.",
     [("AMD", "supplies", "Kelvor")], []),
    # the owner of the node a chip rests on makes it ('la technologie de gravure 7 nm de X')
    ("node-technology-owner", "fr", "Le Kirin 9020 de Huawei exploite la technologie de gravure 7 nm de SMIC.",
     [("SMIC", "supplies", "Huawei"), ("SMIC", "manufactures", "Kirin 9020")], [("Huawei", "supplies", "SMIC")]),
    ("node-technology-owner", "fr", "La puce Xring O1 de Xiaomi repose sur le procédé 3 nm de seconde génération de TSMC.",
     [("TSMC", "supplies", "Xiaomi")], []),
    # the whole of a maker's output, taken: an order of those goods, which the taker does not make
    ("whole-output-taken", "fr", "Apple raflerait la moitié de la production de puces 2 nm de TSMC en 2026.",
     [("Apple", "ordered", "2nm chips"), ("TSMC", "supplies", "Apple")], [("Apple", "manufactures", "2nm chips")]),
    ("whole-output-taken", "fr", "Apple raflerait l'intégralité des capacités 2 nm de TSMC en 2026.",
     [("Apple", "ordered", "2nm chips"), ("TSMC", "supplies", "Apple")], []),
    ("whole-output-taken", "en", "Apple will take the entirety of TSMC's 2nm output.",
     [("Apple", "ordered", "2nm chips"), ("TSMC", "supplies", "Apple")], []),
    # but a share of the making taken on ('prendre à sa charge', 'take on') is made by who takes it on
    ("whole-output-taken", "fr", "Kelvor voudrait que Samsung prenne à sa charge la moitié de la fabrication de ses modems.",
     [("Samsung", "supplies", "Kelvor")], [("Kelvor", "ordered", "modems")]),
    ("whole-output-taken", "en", "Samsung will take on half of the production of Kelvor's modems.",
     [("Samsung", "supplies", "Kelvor")], [("Samsung", "ordered", "Kelvor modems")]),
    # a customer noun fronted as an apposition, which the parser made the sentence's root
    ("fronted-customer-apposition", "fr", "Client historique de TSMC, Apple réserve la production en 2 nm.",
     [("TSMC", "supplies", "Apple")], [("Apple", "supplies", "TSMC")]),
    # orders an assembler receives for a brand's device: the brand ordered the device itself
    ("assembler-order-device", "en", "Wistron has received orders for the iPhone 17 from Apple.",
     [("Apple", "ordered", "iPhone 17"), ("Wistron", "supplies", "Apple")], []),
    ("assembler-order-device", "fr", "Foxconn a reçu des commandes d'Apple pour l'iPhone 17.",
     [("Apple", "ordered", "iPhone 17"), ("Foxconn", "supplies", "Apple")], []),
    ("assembler-order-device", "en", "AMD won an order from Sony for the PlayStation 6.",  # parts: no device ordered
     [("AMD", "supplies", "Sony")], [("Sony", "ordered", "PlayStation 6")]),
    # shipments 'for the first phase' of the deal just told deliver that deal
    ("shipments-for-a-phase", "en", ("Meta signed a multi-year agreement with AMD to buy Instinct MI450 GPUs. Shipments "
     "for the first phase will start in the second half."), [("AMD", "delivered", "Meta")], []),
    ("shipments-for-a-phase", "fr", ("Kelvor a conclu un accord avec AMD pour acheter des GPU Instinct MI450. Les "
     "livraisons de la première tranche auront lieu en 2026."), [("AMD", "delivered", "Kelvor")], []),
    # a brand that places orders for its own devices orders them (from assemblers the sentence need not name); a
    # maker's own chips are sold, and a brand's device orders with no verb are its buyers'
    ("own-devices-ordered", "fr", "Apple a passé des commandes pour 80 millions de nouveaux iPhone.",
     [("Apple", "ordered", "iPhone")], []),
    ("own-devices-ordered", "en", "Apple has placed orders for 90 million iPhone 17 handsets.",
     [("Apple", "ordered", "iPhone 17")], []),
    ("own-devices-ordered", "en", "Nvidia has placed orders for 9,000 H20 chips.", [], [("Nvidia", "ordered", "H20")]),
    ("own-devices-ordered", "en", "Samsung's Galaxy S25 orders rose.", [], [("Samsung", "ordered", "Galaxy S25")]),
    # the node's chips are named once, without the word 'process' ('3nm process chips' are '3nm chips')
    ("node-chips-named", "en", "Orvane will buy all the 3nm process chips that TSMC can make next year.",
     [("Orvane", "ordered", "3nm chips")], [("Orvane", "ordered", "3nm process chips")]),
    # a name no list knows that ends on a newspaper's word is a paper: a source, never a party
    ("masthead-is-a-source", "en", ("In May, Chugoku Shimbun cited the Rapidus chief Kenji Sato, naming Orvane and IBM "
     "as the first likely customers."), [], [("Chugoku Shimbun", "supplies", "Orvane")]),
    # fellow holders of a shared contract are no parties to each other
    ("shared-contract", "en", ("Ericsson won part of a contract to sell radio gear to Orange in March. It shared that "
     "contract with Nokia and Samsung."), [("Ericsson", "supplies", "Orange")],
     [("Samsung", "supplies", "Ericsson"), ("Ericsson", "supplies", "Samsung")]),
    ("shared-contract", "fr", "Ericsson a remporté une partie du contrat d'Orange. Il a partagé ce contrat avec Nokia et Samsung.",
     [("Ericsson", "supplies", "Orange")], [("Samsung", "supplies", "Ericsson"), ("Ericsson", "supplies", "Samsung")]),
    # an operator that wins a deal with its equipment maker buys from it
    ("operator-clinches-deal", "en", "Bharti Airtel has clinched a five-year contract with Nokia to expand its network.",
     [("Nokia", "supplies", "Bharti Airtel")], [("Bharti Airtel", "supplies", "Nokia")]),
    # competition or an alternative 'provided' to a company is no supply to it
    ("provides-competition", "en", "Only Kelvor and AMD can provide real competition for Nvidia.", [],
     [("Kelvor", "supplies", "Nvidia"), ("AMD", "supplies", "Nvidia")]),
    # a maker ruled out after the goods ('those chips, not X') is no vendor of them, nor their buyer
    ("maker-ruled-out", "en", "Analysts think only TSMC can build these processors, not Samsung Foundry.",
     [], [("TSMC", "supplies", "Samsung")]),
    # --- session 68 ---------------------------------------------------------------------------------------------
    # a bare goods noun in a trade is the product named before only if that product's known maker is a party
    ("bare-goods-other-maker", "en", "Orvane bought DRAM from Elpida. Kelvor bought chips from Zentek.",
     [("Kelvor", "ordered", "Zentek chips"), ("Zentek", "supplies", "Kelvor")], [("Kelvor", "ordered", "DRAM")]),
    # and a product its own sentence named counts, before the sentences before it
    ("bare-goods-same-sentence", "en",
     ("Orvane bought 40,000 of Zentek's VX300 accelerators this year, well above the 22,000 accelerators bought by "
      "Kelvor."), [("Kelvor", "ordered", "VX300", {"quantity": 22000}), ("Orvane", "ordered", "VX300", {"quantity": 40000}),
                   ("Zentek", "supplies", "Kelvor")], [("Kelvor", "ordered", "accelerators")]),
    # a gapped purchase ('and Kelvor bought 8,000') takes the goods and the seller of the purchase it repeats
    ("gapped-purchase", "en",
     "Analysts estimate Orvane bought 12,000 of Zentek's VX300 chips this year and Kelvor bought 8,000.",
     [("Kelvor", "ordered", "VX300", {"quantity": 8000}), ("Zentek", "supplies", "Kelvor")], []),
    ("gapped-purchase", "en", "Orvane bought 12,000 VX300 chips from Zentek, while Kelvor bought 8,000.",
     [("Kelvor", "ordered", "VX300"), ("Zentek", "supplies", "Kelvor")], []),
    # 'As a chipmaker, ..., X': the fronted description is the subject's, not a company a phrase in between names
    ("fronted-as-description", "en",
     "As a major SiC supplier, with customers such as Tesla and Geely, Kelvor relies on China.",
     [("Kelvor", "supplies", "Tesla"), ("Kelvor", "manufactures", "silicon carbide")],
     [("Tesla", "supplies", "Kelvor"), ("Tesla", "manufactures", "silicon carbide")]),
    # goods supplied for a part of a company's product are supplied to that company
    ("supply-for-part-of-product", "en", "Kelvor will supply a computing chip for the dashboard of Renault's next car.",
     [("Kelvor", "supplies", "Renault")], []),
    # 'les puces' with nothing named before: the kind itself
    ("definite-kind-first-mention", "fr", "Kelvor fabrique les plateaux pour Toshiba.",
     [("Kelvor", "supplies", "Toshiba")], []),
    ("definite-kind-first-mention", "fr", "Kelvor fabrique les puces pour Toshiba.",
     [("Kelvor", "supplies", "Toshiba")], []),
    # orders moved 'in favor of' rivals go to the rivals
    ("shift-in-favor-of", "en",
     "Orvane has shifted orders away from its supplier Kelvor in favor of rivals Zentek and Vextra.",
     [("Zentek", "supplies", "Orvane"), ("Vextra", "supplies", "Orvane")], []),
    # boards, platters, drives and panels are goods
    ("storage-and-board-goods", "en", "Orvane bought printed circuit boards from Kelvor.",
     [("Orvane", "ordered", "printed circuit boards")], [("Orvane", "ordered", "Kelvor circuits")]),
    # a deal that said no direction, then its party delivers goods with no recipient: to the other party
    ("deal-then-delivery", "en",
     "Kelvor signed a multiyear agreement with Salesforce. Kelvor will deliver microcontrollers and analog chips.",
     [("Kelvor", "delivered", "Salesforce"), ("Kelvor", "supplies", "Salesforce")], []),
    ("deal-then-delivery", "fr",
     "Kelvor annonce un contrat avec Salesforce. La société s'engage à livrer des microcontrôleurs.",
     [("Kelvor", "delivered", "Salesforce")], []),
    ("deal-then-delivery", "en",
     "Kelvor signed a multiyear agreement with Salesforce. Brio will deliver microcontrollers.",
     [], [("Brio", "delivered", "Salesforce"), ("Brio", "supplies", "Salesforce")]),
    # paying a company for goods buys them from it, whatever the parser did with 'pour'
    ("pay-for-goods", "fr", "Pour chaque téléphone vendu, Xiaomi reverserait 15 dollars à Samsung pour ses capteurs photo.",
     [("Samsung", "supplies", "Xiaomi"), ("Xiaomi", "ordered", "camera sensors")], [("Xiaomi", "ordered", "Samsung phone")]),
    # 'à l'un des leaders ..., X': the name closing the phrase
    ("one-of-then-name", "fr", "Kelvor a livré ces cartes à l'un des grands fabricants de portefeuilles, Ledger.",
     [("Kelvor", "delivered", "Ledger")], []),
    # a customer's share of sales in brackets does not turn the supplier into a buyer
    ("customer-share-aside", "en", "The report said Kelvor's customers include Apple (59% of 2021 sales).",
     [("Kelvor", "supplies", "Apple")], [("Apple", "supplies", "Kelvor")]),
    # 'followed by' carries a list on past the item it ranks
    ("followed-by-list", "en",
     ("The report said Kelvor's customers include Apple (59% of sales), followed by Samsung (4.5%), Huawei (3%) and "
      "Xiaomi (2.7%)."), [("Kelvor", "supplies", "Samsung"), ("Kelvor", "supplies", "Huawei"),
                          ("Kelvor", "supplies", "Xiaomi")], []),
    ("followed-by-list", "fr", "Les clients de Kelvor sont Apple, suivi de Samsung et de Xiaomi.",
     [("Kelvor", "supplies", "Samsung"), ("Kelvor", "supplies", "Xiaomi")], []),
    # goods offered to named companies are sold to them; a discount offered is no sale
    ("offer-goods", "en", "Kelvor also offers its RF chips to companies such as Microsoft, Cisco and Nokia.",
     [("Kelvor", "supplies", "Microsoft"), ("Kelvor", "supplies", "Nokia")], []),
    ("offer-goods", "en", "Kelvor offers a discount to Dell.", [], [("Kelvor", "supplies", "Dell")]),
    # a socket or a spot won in a company's device: a design win
    ("socket-win", "en", "Kelvor and Zentek have won slots in upcoming handsets from Samsung, Huawei and LG Electronics.",
     [("Kelvor", "supplies", "Samsung"), ("Zentek", "supplies", "LG Electronics")], []),
    ("socket-win", "en", "Kelvor took the top spot in the ranking of Samsung suppliers.", [], [("Kelvor", "supplies", "Samsung")]),
    # units of a named product are goods, not a business unit
    ("product-units", "en", "Orvane ordered H20 units from Nvidia.",
     [("Orvane", "ordered", "H20"), ("Nvidia", "supplies", "Orvane")], []),
    ("product-units", "en", "Orvane sold its chip unit to Kelvor.", [], [("Orvane", "supplies", "Kelvor")]),
    # the subject's own unnamed partners between the verb and the goods
    ("own-partners-before-goods", "fr", "Orvane a commandé à ses fournisseurs environ 68 millions de puces VX300.",
     [("Orvane", "ordered", "VX300", {"quantity": 68000000})], []),
    # a cloud subsidiary named as such is its own party (the lexicon gives its parent), not its parent company; a
    # cloud that is a brand of its company's (Azure) is the company
    ("cloud-unit", "en", "Kelvor will supply networking chips to AWS.",
     [("Kelvor", "supplies", "Amazon Web Services")], [("Kelvor", "supplies", "Amazon")]),
    ("cloud-unit", "fr", "Anthropic achètera de la puissance de calcul chez Azure.",
     [("Microsoft", "supplies", "Anthropic")], []),
    # a subsidiary's possessive on its parent's product (the lexicon's maker): the parent makes it
    ("parent-product-via-subsidiary", "en", "Kelvor tested AWS's Inferentia and Trainium accelerators last year.",
     [("Amazon", "manufactures", "Trainium"), ("Amazon", "manufactures", "Inferentia")], []),
    ("parent-product-via-subsidiary", "en", "Orvane weighed the in-house AWS Graviton processors against Kelvor chips.",
     [("Amazon", "manufactures", "Graviton")], []),
    # technical standards are no parties ('supplies the iPhone maker Bluetooth and Wi-Fi modules')
    ("standard-not-party", "en",
     "Broadcom makes chips. The US group also supplies the iPhone maker Bluetooth and Wi-Fi modules.",
     [("Broadcom", "supplies", "Apple")], [("Broadcom", "supplies", "Bluetooth"), ("Broadcom", "supplies", "Wi-Fi")]),
    # a one-word group name after a group company named in full is that company
    ("group-short-name", "en", "LG Display supplies OLED panels to Apple. LG will also supply panels to Dell.",
     [("LG Display", "supplies", "Dell")], [("LG Electronics", "supplies", "Dell")]),
    # a model named right after its maker's name is no company
    ("model-after-maker", "en", "Kelvor will supply a computing chip for the dashboard of the Renault Megane E-TECH Electric.",
     [], [("Kelvor", "supplies", "Megane E")]),
    # a number joined to its unit by a hyphen is part of the goods' name ('200-mm wafers'), not lost
    ("hyphened-number-modifier", "en", "Orvane ordered 8-megapixel camera sensors from Kelvor.",
     [("Orvane", "ordered", "8-megapixel camera sensors")], [("Orvane", "ordered", "megapixel camera sensors")]),
    ("hyphened-number-modifier", "en", "Kelvor sold 200-mm wafers to Orvane.",
     [("Kelvor", "supplies", "Orvane", {"product": "200-mm wafers"})], []),
    # goods that come out of a company's plants are its making, for the goods' owner
    ("out-of-plants", "en", "Kelvor designs the X9 chip. Its X9 chips come out of TSMC's fabs.",
     [("TSMC", "manufactures", "X9"), ("TSMC", "supplies", "Kelvor")], []),
    ("out-of-plants", "fr", "Les puces Kirin de Huawei sortent des usines de SMIC.",
     [("SMIC", "manufactures", "Kirin")], []),
    # companies that fill a seller's order book buy from it
    ("order-book-filled", "en", "AMD and Nvidia will fill TSMC's order book for 3nm.",
     [("AMD", "ordered", "3nm chips"), ("TSMC", "supplies", "Nvidia")], []),
    ("order-book-filled", "fr", "AMD et Nvidia viendront grossir le carnet de commandes de TSMC pour le 3 nm.",
     [("Nvidia", "ordered", "3nm chips"), ("TSMC", "supplies", "AMD")], []),
    ("order-book-filled", "fr", "Le carnet de commandes de TSMC est plein.", [], [("TSMC", "supplies", "TSMC")]),
    # time spent on something buys nothing ('spent an hour on the phone')
    ("time-spent", "en", "After the results, Orvane's chief executive spent an hour on the phone with Kelvor.",
     [], [("Orvane", "ordered", "Kelvor phone"), ("Kelvor", "supplies", "Orvane")]),
    # --- session 69 ---------------------------------------------------------------------------------------------
    # a delivery's recipient the parser hung on the verb above ('a réduit de 20 % ses livraisons ... à ses
    # partenaires (A, B)'): the names after 'à' in the clause, with the list the bracket gives
    ("delivery-recipient-by-position", "fr",
     "Kelvor aurait baissé de 10 à 30 % ses livraisons de modules mémoire à ses clients (Lenovo, HP, Dell, etc.).",
     [("Kelvor", "delivered", "Lenovo"), ("Kelvor", "delivered", "HP"), ("Kelvor", "delivered", "Dell")], []),
    # (not past a party said without a name: 'à un client accusé de revendre ... à Huawei')
    ("delivery-recipient-by-position", "fr",
     "Kelvor a gelé ses livraisons à un client accusé de revendre ses modules au groupe chinois Huawei.",
     [], [("Kelvor", "delivered", "Huawei")]),
    # 'a firm called X', 'une start-up baptisée X': the noun is the company the participle names
    ("firm-called-name", "en",
     ("An obscure firm called Orvane, which opened an office in Penang to purchase some $900 million worth of Kelvor "
      "accelerators, faces an inquiry."), [("Orvane", "ordered", "Kelvor accelerators")], []),
    ("firm-called-name", "en", "Kestrel hired a little-known firm called Orvane to build its servers.",
     [("Orvane", "supplies", "Kestrel")], []),
    # 'made by X for Y', with 'for Y' hung on the maker's name
    ("made-by-for", "en", "The cards are manufactured by Nvidia for Kestrel.", [("Nvidia", "supplies", "Kestrel")], []),
    # an unnamed party as the verb's object ('providing Chinese customers with'): no name by position stands in
    ("unnamed-party-object", "en",
     "Orvane supplied Chinese clients with lithography parts that were banned from export after the first H20 rules.",
     [], [("Orvane", "supplies", "Nvidia")]),
    ("unnamed-party-object", "en", "Orvane plans to cut its dependence on suppliers such as Kelvor and Zentek.",
     [("Kelvor", "supplies", "Orvane"), ("Zentek", "supplies", "Orvane")], []),
    # American states and Canadian provinces, in both languages, are places
    ("region-not-company", "fr", "Les deux hommes ont monté une société écran en Floride afin d'acquérir des GPU Nvidia.",
     [], [("Floride", "ordered", "Nvidia GPU"), ("Nvidia", "supplies", "Floride")]),
    # 'emporter un appel d'offres' wins it
    ("tender-won", "fr", "Orvane a emporté l'appel d'offres de Kestrel pour la fourniture de 2 000 serveurs.",
     [("Orvane", "supplies", "Kestrel")], []),
    # a subject description closed by names set off by commas is those names, not a company the description fits
    ("enclosed-subject-name", "fr", "Le champion européen de l'identité numérique, Thales, a expédié 80 000 cartes à Renault.",
     [("Thales", "delivered", "Renault")], []),
    ("enclosed-subject-name", "fr", "Le géant taïwanais des semi-conducteurs, Foxconn, a livré 100 000 puces à Renault.",
     [("Foxconn", "supplies", "Renault")], [("TSMC", "supplies", "Renault")]),
    ("enclosed-subject-name", "en", "The European leader in secure identity, Thales, shipped 80,000 cards to Renault.",
     [("Thales", "supplies", "Renault")], []),
    # (not the end of a list a relative clause named, nor names that continue the list of the name before them)
    ("enclosed-subject-name", "fr",
     "La startup Orvane, qui concurrence Thales, Renault et Safran, a réorienté ses commandes vers Kelvor.",
     [], [("Kelvor", "supplies", "Renault"), ("Kelvor", "supplies", "Safran")]),
    # 'X has three contract manufacturers in Mexico, A, B and C', 'X compte trois sous-traitants : A, B et C'
    ("contract-makers-had", "en", "Orvane has two contract manufacturers in Mexico, Jabil, Flex and Sanmina.",
     [("Jabil", "supplies", "Orvane"), ("Flex", "supplies", "Orvane"), ("Sanmina", "supplies", "Orvane")], []),
    ("contract-makers-had", "fr", "Orvane compte trois sous-traitants au Mexique : Jabil, Flex et Sanmina.",
     [("Jabil", "supplies", "Orvane"), ("Sanmina", "supplies", "Orvane")], []),
    # names apposed between dashes, each with its descriptor, after the noun's own complement
    ("dash-apposed-suppliers", "fr",
     ("Kestrel a signé des accords avec trois fournisseurs d'antennes – le Suédois Ericsson, le Finlandais Nokia et le "
      "Chinois ZTE – pour son réseau."),
     [("Ericsson", "supplies", "Kestrel"), ("Nokia", "supplies", "Kestrel"), ("ZTE", "supplies", "Kestrel")], []),
    ("dash-apposed-suppliers", "fr",
     "Kestrel a signé des accords avec deux fournisseurs d'antennes nordiques – le Suédois Ericsson et le Finlandais Nokia.",
     [("Ericsson", "supplies", "Kestrel"), ("Nokia", "supplies", "Kestrel")], []),
    # display panels are goods
    ("panels-are-goods", "en", "Tianma shipped roughly 3-4 million panels to Xiaomi.",
     [("Tianma", "delivered", "Xiaomi"), ("Tianma", "supplies", "Xiaomi")], []),
    # (a kind the lexicon names keeps its name: 'OLED panels' is the OLED panel)
    ("panels-are-goods", "en",
     ("Kelvor turned into the exclusive supplier of OLED panels to Xiaomi once the phone maker signed an order with it "
      "for foldable screens."), [("Kelvor", "supplies", "Xiaomi", {"product": "OLED panel"})], []),
    # a deal shifted to another vendor, like orders
    ("shift-deal", "en", "Last spring, Orvane moved its storage server contract from Quanta to Wiwynn.",
     [("Wiwynn", "supplies", "Orvane")], []),
    # goods that won customers over: their maker supplies them
    ("goods-attract-customers", "en", "Kelvor's VX300 chips have attracted customers such as Orvane and Zentek.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Zentek")], []),
    ("goods-attract-customers", "fr", "Les puces VX300 de Kelvor ont séduit des clients comme Orvane et Zentek.",
     [("Kelvor", "supplies", "Orvane"), ("Kelvor", "supplies", "Zentek")], []),
    # computing capacity is goods, bought and sold, and nobody makes it
    ("compute-capacity", "en", "Anthropic agreed to buy 30 billion dollars of computing capacity from Microsoft.",
     [("Anthropic", "ordered", "compute capacity"), ("Microsoft", "supplies", "Anthropic")],
     [("Microsoft", "manufactures", "compute capacity")]),
    ("compute-capacity", "fr", "Anthropic va acheter de la capacité de calcul à Microsoft.",
     [("Anthropic", "ordered", "compute capacity"), ("Microsoft", "supplies", "Anthropic")], []),
    # --- session 70 ---------------------------------------------------------------------------------------------
    # a name that ends the trade complement of a company noun is that noun's name, not a modifier of the goods
    ("name-after-trade-complement", "fr", "Le fabricant d'antennes Radiall a conclu un contrat avec l'opérateur Norvatek.",
     [("Radiall", "supplies", "Norvatek")], []),
    ("name-after-trade-complement", "fr", "Norvatek a commandé 300 serveurs au fabricant de serveurs Veltrix.",
     [("Norvatek", "ordered", "Veltrix servers"), ("Veltrix", "supplies", "Norvatek")], []),
    ("name-after-trade-complement", "fr", "Norvatek se fournit auprès du fabricant d'antennes Veltrix.",
     [("Veltrix", "supplies", "Norvatek")], []),
    # (a model's name stays on its goods)
    ("name-after-trade-complement", "fr", "Norvatek a acheté des cartes au concepteur des processeurs Ascend 910B.",
     [], [("Ascend", "supplies", "Norvatek"), ("Ascend 910B", "supplies", "Norvatek")]),
    # (not past a company noun of its own: the name is the nearer noun's, 'deux filiales du groupe X')
    ("name-after-trade-complement", "fr", "Deux filiales du groupe Kestrel ont signé un accord avec le fondeur Orvane.",
     [], [("Kestrel", "supplies", "Orvane")]),
    # (nor the complement of a noun of the other end: the suppliers of a plant named X supply X)
    ("name-after-trade-complement", "fr",
     "Kelvor a livré des pièces aux fournisseurs de l'usine texane Orvane South.", [],
     [("Orvane South", "supplies", "Kelvor"), ("Orvane South", "delivered", "Kelvor")]),
    # in an article about a tender, those chosen supply the one who chose, even with no goods said
    ("chosen-in-a-tender", "fr", "À l'issue de son appel d'offres, Norcell a retenu les suédois Kelvor et Brio.",
     [("Kelvor", "supplies", "Norcell"), ("Brio", "supplies", "Norcell")], []),
    ("chosen-in-a-tender", "en", "After a year-long tender, Norcell selected Kelvor and Brio.",
     [("Kelvor", "supplies", "Norcell"), ("Brio", "supplies", "Norcell")], []),
    ("chosen-in-a-tender", "fr",
     "Norcell a lancé un appel d'offres pour ses routeurs. Trois fabricants ont été retenus : le suédois Kelvor et Brio.",
     [("Kelvor", "supplies", "Norcell")], []),
    # (the chosen are the passive's subject, never its agent)
    ("chosen-in-a-tender", "fr", "Un appel d'offres avait été lancé. Kelvor a été sélectionné par Norcell.",
     [("Kelvor", "supplies", "Norcell")], [("Norcell", "supplies", "Kelvor")]),
    # (not without a tender: a choice alone says nothing of what is traded)
    ("chosen-in-a-tender", "en", "Norcell selected Kelvor and Brio.", [], [("Kelvor", "supplies", "Norcell")]),
    ("chosen-in-a-tender", "fr", "Norcell a retenu Kelvor et Brio.", [], [("Kelvor", "supplies", "Norcell")]),
    # 'ainsi que' after a verb's argument adds an item to it
    ("ainsi-que-item", "fr", "Kelvor a livré Renault et Volvo, ainsi que Stellantis.",
     [("Kelvor", "supplies", "Volvo"), ("Kelvor", "supplies", "Stellantis")], []),
    # a share of 'its' goods, said by another company: that company's goods, and the count is of the whole
    ("share-of-its-goods", "en", "Norcell said Kelvor will supply half of its 4 million routers.",
     [("Kelvor", "supplies", "Norcell")], [("Kelvor", "delivered", "Norcell")]),
    ("share-of-its-goods", "fr", "Norcell a annoncé que Kelvor fournira la moitié de ses routeurs.",
     [("Kelvor", "supplies", "Norcell")], []),
    # (not past a recipient the clause names)
    ("share-of-its-goods", "en", "Norcell said Kelvor supplies half of its chips to Apple.",
     [("Kelvor", "supplies", "Apple")], [("Kelvor", "supplies", "Norcell")]),
    ("share-of-its-goods", "fr", "Kelvor fournira la majorité des 2 millions de compteurs de Norcell.",
     [("Kelvor", "supplies", "Norcell")], [("Kelvor", "delivered", "Norcell")]),
    ("share-of-its-goods", "en", "Kelvor will supply most of Norcell's 4 million routers.",
     [("Kelvor", "supplies", "Norcell")], [("Kelvor", "delivered", "Norcell")]),
    # (meters are goods; square meters are a measure)
    ("share-of-its-goods", "en", "Kelvor secured 20,000 square meters of land in Texas for its new plant.",
     [], [("Kelvor", "ordered", "square meters"), ("Kelvor", "ordered", "meters")]),
    # a trade's acronym after a nationality ('Swedish EMS provider X') names no customer
    ("trade-acronym-no-name", "en",
     "Last spring, Swedish EMS provider Kelvor announced a large new deal with an unnamed industrial group.",
     [], [("Kelvor", "supplies", "Swedish EMS")]),
    # the maker of goods given as an example ('comme celles du leader du marché X') is no party, even when a
    # description of the sentence was taken for it
    ("example-maker-no-party", "fr",
     ("Orvane s'est diversifié auprès des fournisseurs nationaux de puces depuis que les États-Unis restreignent les "
      "exportations de puces avancées, comme celles du leader du marché Nvidia."), [], [("Nvidia", "supplies", "Orvane")]),
    # a bare title before a possessive name: 'one of chipmaker X's customers'
    ("title-before-possessive", "en", "Norvatek is one of chipmaker Kelvor's biggest customers.",
     [("Kelvor", "supplies", "Norvatek")], []),
    # ended dealings said with 'fin' / 'an end': the supply they deny
    # (known companies: which way a partnership ran is read from their trades)
    ("ended-with-an-end", "fr", "Dell a mis un terme à ses relations avec Nvidia l'an dernier.",
     [("Nvidia", "supplies", "Dell", {"status": "denied"})], []),
    ("ended-with-an-end", "en", "Dell put an end to its partnership with Nvidia in May.",
     [("Nvidia", "supplies", "Dell", {"status": "denied"})], []),
    # a capitalised word that is no word of the language, listed with a company, is a company too
    ("listed-with-a-company", "fr", "Kelvor livre des capteurs à Renault et à Norvatek.",
     [("Kelvor", "supplies", "Renault"), ("Kelvor", "supplies", "Norvatek")], []),
    ("listed-with-a-company", "en", "Kelvor supplies its sensors to Renault, Tomvar and Theskia.",
     [("Kelvor", "supplies", "Tomvar"), ("Kelvor", "supplies", "Theskia")], []),
    # (not a person's full name listed with one)
    ("listed-with-a-company", "en", "Kelvor supplies sensors to Renault and to Jensen Huang.",
     [("Kelvor", "supplies", "Renault")], [("Kelvor", "supplies", "Jensen Huang"), ("Kelvor", "supplies", "Huang")]),
    # a stock quote with the day's move after a name is debris, not a company
    ("stock-quote-debris", "en", "Norvatek is also one of Kelvor's (KLV 0.49%) largest customers.",
     [("Kelvor", "supplies", "Norvatek")], [("Norvatek", "supplies", "KLV")]),
    # --- session 71 ---------------------------------------------------------------------------------------------
    # a verb that acquires a company orders no goods with it
    ("acquisition-no-order", "en", "Brenmoor bought Tarvex from Invensys in 2004.",
     [("Brenmoor", "parent_of", "Tarvex")], [("Invensys", "supplies", "Brenmoor")]),
    ("acquisition-no-order", "en", "Tolvane bought 5,000 gearboxes from Invensys in 2004.",
     [("Invensys", "supplies", "Tolvane")], []),
    # French 'il' before a verb that takes an infinitive is the subject, not the impersonal 'il faut'
    ("personal-il", "fr", "Korvath a conçu un nouvel électrolyseur. Il vient de remporter une commande auprès d'Engie.",
     [("Korvath", "supplies", "Engie")], [("Engie", "supplies", "Korvath")]),
    ("personal-il", "fr", "Korvath a dévoilé sa gamme. Il va fournir des électrolyseurs à Engie.",
     [("Korvath", "supplies", "Engie")], []),
    ("personal-il", "fr", "Korvath a dévoilé sa gamme. Il faut livrer Engie avant l'été.", [],
     [("Korvath", "supplies", "Engie")]),
    # 'with X as its client': X is the customer of the clause's subject, however the parse hangs 'as'
    ("with-x-as-its-client", "en", "Kelvor is expanding its foundry arm, with Orvane as its first big client.",
     [("Kelvor", "supplies", "Orvane")], [("Orvane", "supplies", "Kelvor")]),
    # a list after a preposition goes on past descriptors ('et le coréen X')
    ("list-with-descriptors", "fr",
     "Tolvane a conclu des accords de fourniture avec le géant chinois Kelvor et le coréen Norvatek.",
     [("Kelvor", "supplies", "Tolvane"), ("Norvatek", "supplies", "Tolvane")], []),
    # a plural apposition after coordinated names describes each of them
    ("plural-apposition-after-list", "fr",
     "Pendant ce temps, Kelvor et Norvatek, deux fournisseurs d'Apple, agrandissent leurs usines au Vietnam.",
     [("Kelvor", "supplies", "Apple"), ("Norvatek", "supplies", "Apple")], []),
    # (a singular one, only the name before it)
    ("plural-apposition-after-list", "fr",
     "Pendant ce temps, Samsung et Pegatron, fournisseur d'Apple, agrandissent leurs usines au Vietnam.",
     [("Pegatron", "supplies", "Apple")], [("Samsung", "supplies", "Apple")]),
    # a month that opens the sentence after a preposition is no part of the name after it
    ("month-before-name", "en", "In March Korvath received an order from Linde.",
     [("Korvath", "supplies", "Linde")], [("March Korvath", "supplies", "Linde")]),
    ("month-before-name", "en", "March Networks supplies cameras to Walmart.",
     [("March Networks", "supplies", "Walmart")], []),
    # a name before a site's noun names the site ('the Borssele wind farm'), not a customer
    ("site-name-no-customer", "en", "Vestas will supply 60 turbines for the Tarnhaven offshore wind farm.", [],
     [("Vestas", "supplies", "Tarnhaven")]),
    # goods no list names, counted, as the object of a verb of trade or of an order: 'ordered 20 electrolysers'
    ("goods-by-place", "en", "Engie ordered 20 electrolysers from Korvath.",
     [("Engie", "ordered", "electrolysers"), ("Korvath", "supplies", "Engie")], []),
    ("goods-by-place", "en", "Korvath shipped 20 electrolysers to Engie last month.",
     [("Korvath", "delivered", "Engie")], []),
    ("goods-by-place", "fr", "Korvath livrera des électrolyseurs à Engie.",
     [("Korvath", "delivered", "Engie")], []),
    ("goods-by-place", "en", "Linde placed an order for 40 gearboxes with Kelvor.",
     [("Linde", "ordered", "gearboxes"), ("Kelvor", "supplies", "Linde")], []),
    # (not people, paper or services)
    ("goods-by-place", "en", "Kelvor sent 20 engineers to Samsung.", [], [("Kelvor", "delivered", "Samsung")]),
    ("goods-by-place", "fr", "Kelvor a envoyé des ingénieurs à Renault.", [], [("Kelvor", "delivered", "Renault")]),
    ("goods-by-place", "en", "Kelvor will ship new features to Orvane.", [], [("Kelvor", "delivered", "Orvane")]),
    # orders one fulfils are orders one received: the fulfiller does not buy
    ("fulfilled-orders", "fr", "Kelvor a relevé ses cadences pour honorer ses commandes de capteurs.",
     [], [("Kelvor", "ordered", "sensors")]),
    ("fulfilled-orders", "en", "To fulfil its orders for image sensors, Kelvor raised output at its plants.",
     [], [("Kelvor", "ordered", "image sensors")]),
]


def test_goods_named_with_their_maker_come_from_it_alone(facts_of):
    facts = facts_of("Meta bought Nvidia chips and AMD GPUs.", "en")
    pairs = {(f.subject, f.product) for f in facts if f.relation == "supplies"}
    assert ("Nvidia", "Nvidia chips") in pairs and ("AMD", "AMD GPUs") in pairs, pairs
    assert ("AMD", "Nvidia chips") not in pairs and ("Nvidia", "AMD GPUs") not in pairs, pairs


def test_goods_of_one_type_ordered_from_two_sellers_are_two_orders(facts_of):
    facts = facts_of("Orvane bought 5G radio equipment from Ericsson. Orvane also bought 5G radio equipment from Nokia.",
                     "en")
    sellers = sorted(f.supplier for f in facts if f.relation == "ordered" and f.subject == "Orvane")
    assert sellers == ["Ericsson", "Nokia"], _said(facts)


def test_an_order_with_no_seller_gives_its_count_to_the_one_that_names_it(facts_of):
    facts = facts_of("Orvane ordered 500 Kelvor K9 servers. It bought the K9 servers from Kelvor.", "en")
    orders = [f for f in facts if f.relation == "ordered" and f.subject == "Orvane"]
    assert len(orders) == 1 and orders[0].supplier == "Kelvor" and orders[0].quantity == 500, _said(orders)
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


@pytest.mark.slow
def test_orders_lost_to_a_rival_are_the_rivals_not_denied(facts_of):
    """'lost X's orders to Y': Y now supplies X; the order noun's own frame must not file Y's supply as denied."""
    facts = facts_of("Intel lost Apple's modem orders to Qualcomm last year.", "en")
    mine = [f for f in facts if (f.subject, f.object) == ("Qualcomm", "Apple")]
    assert mine and all(f.status == "asserted" for f in mine), [(f.relation, f.status, f.rule) for f in mine]


@pytest.mark.slow
def test_the_customers_own_device_is_not_the_goods(facts_of):
    """'la moitié des capteurs du nouvel iPhone d'Apple' go to Apple: the iPhone is where they go, not what is sold."""
    facts = facts_of("Bosch livrerait la moitié des capteurs de mouvement du nouvel iPhone d'Apple.", "fr")
    sold = [(f.relation, f.product) for f in facts if (f.subject, f.object) == ("Bosch", "Apple")]
    assert sold and not any(p and "iPhone" in p for _, p in sold), sold



@pytest.mark.slow
def test_tools_are_named_in_the_singular(facts_of):
    """The guidelines name a tool in the singular ('machines de lithographie EUV' -> EUV lithography machine); chips
    and other parts keep the plural of a class ('AI chips', 'SiC wafers')."""
    facts = facts_of("Samsung signed a purchase contract for TC bonders with Hanwha Semitech.", "en")
    assert "TC bonder" in {f.object for f in facts if f.relation == "ordered"}, [(f.relation, f.object) for f in facts]
    facts = facts_of("Renault signed an order contract for SiC chips with Wolfspeed.", "en")
    assert "SiC chips" in {f.object for f in facts if f.relation == "ordered"}, [(f.relation, f.object) for f in facts]


@pytest.mark.slow
def test_a_number_glued_to_a_modifier_stays_with_it(facts_of):
    """'5G' is split by the tokenizer into '5' and 'G'; a modifier of a modifier keeps its number."""
    facts = facts_of("Sony has struck a multiyear deal with Qualcomm to design 5G radio frequency "
                     "modules for its handsets.", "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"5G radio frequency modules"}, \
        [(f.relation, f.object) for f in facts]


@pytest.mark.slow
def test_an_acronym_that_ends_the_sentence_is_no_product_name(facts_of):
    """'des substrats SiC.': the tokenizer leaves the full stop on the acronym, which then looked like the product's
    own name ('SiC.'); it is the material that qualifies the noun."""
    facts = facts_of("Kelvor achète des substrats SiC.", "fr")
    assert {f.object for f in facts if f.relation == "ordered"} == {"SiC substrates"}, [(f.relation, f.object) for f in facts]


@pytest.mark.slow
def test_goods_named_by_type_and_seller_take_the_product_their_sentence_names(facts_of):
    """'a chip supply contract with Samsung ... Korvane's Helix X9': the chips of the deal are the X9, which the
    buyer designs and a foundry seller makes; a product of another sentence may be another order."""
    facts = facts_of("Korvane agreed a chip supply contract with Samsung, which becomes the maker of Korvane's "
                     "Helix X9 processors.", "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"X9"}, [(f.relation, f.object) for f in facts]
    facts = facts_of("Korvane placed a large order for Nvidia chips in 2023. This year it ordered 5,000 H200.", "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"Nvidia chips", "H200"}, \
        [(f.relation, f.object) for f in facts]
    # orders their months and quantities tell apart stay two as well (refine_orders)
    facts = facts_of("Baidu ordered 1,000 Huawei AI chips in March. In June Baidu ordered 1,600 Ascend 910B chips.",
                     "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"Huawei AI chips", "Ascend 910B"}, \
        [(f.relation, f.object, f.quantity) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    # two companies that agree to found a venture together buy nothing from each other
    ("fr", ("Kelvor et Brio ont signé un accord pour fonder une co-entreprise qui produira des "
            "pièces SiC.")),
    ("en", "Kelvor and Brio signed an agreement to form a joint venture making SiC components."),
    # a fair named for its trade and its country ('Korea Memory Technology Expo') is an event
    ("fr", "Kelvor a dévoilé ses modules DDR5 au salon Korea Memory Technology Expo."),
    ("en", "Kelvor showed its DDR5 modules to visitors at the Taiwan Semiconductor Expo."),
    # 'aux dépens d'Intel', 'at the expense of Intel': the loser of a shift is named as a rival, not a supplier
    ("fr", "Orvane conçoit désormais ses propres modems pour ses tablettes, aux dépens d'Intel."),
    ("en", "Orvane now designs its own modems for its tablets, at the expense of Intel."),
], ids=["venture-fr", "venture-en", "fair-fr", "fair-en", "loser-fr", "loser-en"])
def test_no_trade_with_a_venture_partner_a_fair_or_a_loser(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("supplies", "ordered")], _said(facts)


@pytest.mark.slow
def test_a_deal_for_a_device_line_is_bought_by_the_devices_owner(facts_of):
    """'un partenariat avec CXMT et YMTC pour ses iPhone 18': memory makers supply Apple for its phones;
    the phones are not what Apple sells them."""
    facts = facts_of("Selon la presse, Apple discute d'un partenariat avec CXMT et YMTC pour ses "
                     "prochains iPhone 18.", "fr")
    pairs = {(f.subject, f.object, f.product) for f in facts if f.relation == "supplies"}
    assert ("CXMT", "Apple", None) in pairs and not any(s == "Apple" for s, _, _ in pairs), pairs


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Lumentum vend ses lasers en direct à des OEMs et à des opérateurs cloud."),
    ("en", "Lumentum sells its lasers directly to OEMs and cloud operators."),
])
def test_the_plural_of_a_trade_acronym_is_no_company(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if "OEM" in f.object], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,pair", [
    ("Ce contrat renforce la position de Wistron en tant que fournisseur principal de Dell.", ("Wistron", "Dell")),
    ("Veltrix a choisi Orvane en tant que fournisseur de puces pour ses serveurs.", ("Orvane", "Veltrix")),
])
def test_en_tant_que_is_read_as_one_preposition(facts_of, text, pair):
    """'en tant que' is 'en' with two fixed words: it marks a role as 'comme' does ('la position de X en tant que
    fournisseur de Y': X supplies Y)."""
    facts = facts_of(text, "fr")
    assert pair in _supplies(facts), \
        _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le PDG d'ASML a annoncé l'installation d'un deuxième système EUV High-NA chez Samsung."),
    ("en", "ASML's CEO announced the installation of a second High-NA EUV system at Samsung."),
    ("fr", "Kelvor a installé sa nouvelle machine de gravure chez Samsung."),
])
def test_equipment_installed_at_a_company_is_delivered_to_it(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert any(f.relation == "delivered" and f.object == "Samsung" for f in facts), \
        _said(facts)


@pytest.mark.slow
def test_equipment_installed_in_ones_own_plant_is_no_delivery(facts_of):
    facts = facts_of("Samsung a installé les machines dans son usine de Pyeongtaek.", "fr")
    assert not [f for f in facts if f.relation in ("delivered", "supplies")], _said(facts)


@pytest.mark.slow
def test_a_count_in_digits_belongs_to_the_noun_it_counts(facts_of):
    """'l'achat par Orlo de 5 000 GPU': the parser hangs 'de' on the number; the noun takes the number's place."""
    facts = facts_of("L'accord prévoit l'achat par Orlo de 5 000 GPU Instinct MI355X.", "fr")
    bought = [(f.object, f.quantity) for f in facts if f.relation == "ordered" and f.subject == "Orlo"]
    assert ("Instinct MI355X", 5000) in bought, bought


@pytest.mark.slow
def test_the_company_in_a_contrast_clause_is_its_clauses_governing_subject(facts_of):
    """'X said that AMD wants to buy from Micron, while the company buys most of its HBM from Samsung': the
    description takes up the subject of the clause it contrasts with, not the name just before it."""
    facts = facts_of("The CEO said that AMD wants to buy HBM3E chips from Micron, while "
                     "for now the company buys most of its HBM from its rival Samsung.", "en")
    buyers = {f.subject for f in facts if f.relation == "ordered"}
    assert buyers == {"AMD"}, _said(facts)


@pytest.mark.slow
def test_a_term_spelled_out_in_brackets_is_no_company(facts_of):
    """'CoW (Chip-on-Wafer)': an abbreviation whose expansion is a term; not 'KTC (Kestrel Tool Corporation)'."""
    facts = facts_of("Kelvor will hand its CoW (Chip-on-Wafer) step to an "
                     "outside packager next year.", "en")
    assert not [f for f in facts if "CoW" in (f.subject, f.object, f.supplier)], \
        _said(facts)
    facts = facts_of("Orvane ordered 5,000 wafers from KTC (Kestrel Tool Corporation) last year.", "en")
    assert ("KTC", "Orvane") in _supplies(facts)


@pytest.mark.slow
def test_an_ordinal_names_no_product(facts_of):
    """'bought the 5th machine': the ordinal counts units; the machine is the kind the article named before."""
    facts = facts_of("ASML shipped three High-NA EUV systems last year. Kelvor is thought to have bought the 5th "
                     "machine.", "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"High-NA EUV"}, \
        _said(facts)


# --- second reader's cases (invented sentences that broke the first versions) ---------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("lang,text,bought", [
    ("en", "Kelvor bought Samsung chips instead of Samsung's Exynos 2500.", "Samsung chips"),
    ("en", "Nvidia's H20 was banned in April. ByteDance ordered Nvidia chips for its H200-class clusters.", "Nvidia chips"),
    ("en", "Tesla signed a chip supply deal with Samsung, although its AI5 chip will still be made by TSMC.", "Samsung chips"),
])
def test_a_type_name_keeps_its_seller_unless_the_buyers_own_design_is_meant(facts_of, lang, text, bought):
    facts = facts_of(text, lang)
    assert bought in {f.object for f in facts if f.relation == "ordered"}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,supplier", [
    ("Kelvor a détrôné Brio en tant que fournisseur de capteurs de Renault.", "Kelvor"),
    ("Samsung a remplacé TSMC en tant que fournisseur de puces d'Apple.", "Samsung"),
])
def test_replacing_en_tant_que_names_the_new_supplier(facts_of, text, supplier):
    facts = facts_of(text, "fr")
    assert any(f.relation == "supplies" and f.subject == supplier and f.rule == "supply.replace" for f in facts), \
        [(f.subject, f.relation, f.object, f.rule) for f in facts]


@pytest.mark.slow
def test_a_contrast_keeps_a_trade_description_on_the_trade(facts_of):
    """'while the battery maker also supplies Ford': a description that names a trade means the company of that
    trade just named, not the governing clause's subject."""
    facts = facts_of("Bloomberg reported that Tesla buys batteries from CATL, while the battery maker also supplies "
                     "Ford.", "en")
    pairs = _supplies(facts)
    assert ("CATL", "Ford") in pairs and ("Tesla", "Ford") not in pairs, pairs


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "OpenAI will install AMD's MI450 chips at Oracle's data centers."),
    ("fr", "Microsoft installera des serveurs GB300 de Nvidia chez CoreWeave."),
])
def test_installing_anothers_goods_is_no_delivery(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("delivered", "supplies") and f.subject in ("OpenAI", "Microsoft")], \
        _said(facts)


@pytest.mark.slow
def test_a_supply_deal_that_also_founds_a_venture_stays_a_supply(facts_of):
    facts = facts_of("Renault a signé un accord avec STMicroelectronics pour la fourniture de puces en carbure de "
                     "silicium et la création d'une co-entreprise.", "fr")
    assert ("STMicroelectronics", "Renault") in _supplies(facts), \
        _said(facts)


@pytest.mark.slow
def test_counted_devices_are_bought_from_their_maker(facts_of):
    """'a deal with Apple for 20,000 iPad units': counted devices are Apple's sale, not parts for Apple's line."""
    facts = facts_of("Foxconn signed a deal with Apple for 20,000 iPad units for its factory staff.", "en")
    pairs = _supplies(facts)
    assert ("Apple", "Foxconn") in pairs and ("Foxconn", "Apple") not in pairs, pairs


@pytest.mark.slow
@pytest.mark.parametrize("text,pair", [
    ("Speaking at the forum, China Xintong said it buys its memory from Kelvor.", ("Kelvor", "China Xintong")),
    ("Orvane buys its sensors from VBT (Van-Boerden Technik).", ("VBT", "Orvane")),
])
def test_names_near_an_event_word_or_a_spelled_out_name_stay_companies(facts_of, text, pair):
    facts = facts_of(text, "en")
    assert pair in _supplies(facts), \
        _said(facts)


@pytest.mark.slow
def test_an_installation_handed_out_is_no_delivery_by_who_hands_it_out(facts_of):
    facts = facts_of("Orvane a confié à Kelvor l'installation de ses machines chez Brio.", "fr")
    assert not [f for f in facts if f.relation == "delivered"], _said(facts)


@pytest.mark.slow
def test_a_contrast_between_a_buyer_and_a_seller_keeps_the_nearest_name(facts_of):
    """'... will buy memory from Kelvor, whereas the company has so far sold only to Brio': the seller sells."""
    facts = facts_of("Sources said Orvane will buy memory from Kelvor, whereas the company has so far sold only to "
                     "Brio.", "en")
    assert ("Orvane", "Brio") not in _supplies(facts), \
        _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the participle as the parser reads it: left unattached ('dep'), hung on the noun ('nmod'), an adjective
    ("Les agents ont bloqué une cargaison de douze serveurs Supermicro (SMCI) équipés de puces Nvidia H100, puis "
    "un colis séparé de 40 GPU Nvidia H800."),
    ("Les agents ont intercepté douze serveurs Supermicro (SMCI) équipés de puces Nvidia H100 et un colis de 40 GPU "
    "Nvidia H800."),
    "Orvane a fait l'acquisition de serveurs de Kestrel équipés de puces H100.",
])
def test_a_device_equipped_with_chips_does_not_supply_their_maker(facts_of, text):
    """'des serveurs X équipés de GPU Nvidia': a participle says what the devices hold; the name before it is no
    supplier of the chips' maker (the active 'Samsung équipe Xiaomi de ses puces' still is)."""
    facts = facts_of(text, "fr")
    assert not {("Supermicro", "Nvidia"), ("Kestrel", "Nvidia")} & _supplies(facts), _supplies(facts)
    assert ("Samsung", "Xiaomi") in _supplies(facts_of("Samsung équipera les smartphones de Xiaomi de ses puces "
                                                        "Exynos.", "fr"))


@pytest.mark.slow
def test_a_post_nominal_superlative_keeps_its_de_complement(facts_of):
    """'l'un des clients les plus anciens de Veltronic': the 'de' hangs on the adjective; it names the supplier."""
    facts = facts_of("Kestrel Systems, l'un des clients les plus anciens de Veltronic, a jugé la demande "
                     "solide.", "fr")
    assert ("Veltronic", "Kestrel Systems") in _supplies(facts), _supplies(facts)


@pytest.mark.slow
def test_an_ambiguous_short_name_in_capitals_listed_with_companies_is_a_company(facts_of):
    facts = facts_of("Orvane compte Sony, ARM, Intel et Nokia parmi ses acheteurs réguliers.", "fr")
    assert {("Orvane", "Arm"), ("Orvane", "Intel"), ("Orvane", "Nokia")} <= _supplies(facts), _supplies(facts)
    assert not [f for f in facts_of("The robot ARM and the camera were tested.", "en") if "Arm" in (f.subject, f.object)]


@pytest.mark.slow
def test_goods_spelled_out_before_a_bracketed_acronym(facts_of):
    """'valued at $1bn for accelerated processing units (APUs)': the spelled-out words do not close the gap to
    the goods named in brackets."""
    facts = facts_of("Baidu placed orders with AMD worth $1 billion for accelerated processing units (APUs).", "en")
    assert any(f.relation == "ordered" and f.subject == "Baidu" and f.supplier == "AMD" for f in facts), \
        [(f.subject, f.relation, f.object, f.supplier) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [("en", "Foxconn assembles about 70% of iPhones."),
                                       ("fr", "Foxconn assemble la plupart des iPhones.")])
def test_a_product_name_in_the_plural_is_the_product(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert ("Foxconn", "Apple") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Kelvor has landed orders for the whole Galaxy S27 range.", ("Kelvor", "Samsung")),
    ("en", "Kelvor won orders for iPhone 18 screens.", ("Kelvor", "Apple")),
    ("fr", "Kelvor a remporté des commandes de dalles pour le prochain iPhone 18.", ("Kelvor", "Apple")),
    ("fr", "Kelvor a engrangé des commandes pour la série Galaxy S27.", ("Kelvor", "Samsung")),
])
def test_orders_won_for_a_device_are_its_makers(facts_of, lang, text, pair):
    """Orders won for a device's parts or line come from the device's maker."""
    assert pair in _supplies(facts_of(text, lang))


@pytest.mark.slow
def test_orders_won_for_a_chip_line_that_is_no_device_name_no_buyer(facts_of):
    facts = facts_of("Supermicro won orders for its own X14 server line.", "en")
    assert not [f for f in facts if f.relation == "ordered"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Kelvor won orders for iPhone rivals.", ("Kelvor", "Apple")),  # rivals are no part of the device
    ("en", "Robotaxis operated by Baidu use chips from Nvidia.", ("Nvidia", "Tesla")),  # a word, not a name, in the plural
])
def test_second_reader_cases_stay_out(facts_of, lang, text, absent):
    assert absent not in _supplies(facts_of(text, lang))


@pytest.mark.slow
def test_arm_the_architecture_stays_a_product_word(facts_of):
    """'AMD, Intel and ARM chips': listed, but before a product noun, ARM is the architecture and the list of
    vendors stays whole; a listed ARM makes no later 'ARM chips' of the article the company's."""
    assert ("AMD", "Microsoft") in _supplies(facts_of("AMD, Intel and ARM chips power the data centers of "
                                                      "Microsoft.", "en"))
    facts = facts_of("Nvidia, ARM and Qualcomm shares rose on Monday. Apple moved its Macs to ARM chips made by "
                     "TSMC.", "en")
    assert ("TSMC", "Arm") not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_a_participle_with_its_agent_keeps_the_supplier(facts_of):
    """'équipées par Valeo de caméras': a passive with its agent names the supplier; only agentless ones are refused."""
    assert ("Valeo", "Renault") in _supplies(facts_of("Les voitures de Renault, équipées par Valeo de caméras, "
                                                      "arrivent en 2026.", "fr"))


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Kelvor a remporté un accord auprès de Veltrix pour la fourniture de capteurs."),
    ("en", "Kelvor has clinched a supply agreement from Veltrix."),
    ("fr", "Kelvor a raflé un méga-contrat auprès de Veltrix pour livrer 200 radars."),  # one word to the tokenizer
])
def test_a_deal_won_from_a_company_is_that_companys_purchase(facts_of, lang, text):
    """'remporter un accord auprès de', 'clinch an agreement from': the winner sells; 'auprès de', 'from' name
    the buyer here, not the seller they name after a plain supply deal signed 'auprès de' a maker."""
    facts = facts_of(text, lang)
    assert ("Kelvor", "Veltrix") in _supplies(facts) and ("Veltrix", "Kelvor") not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,pairs", [
    ("Veltrix et Orvane font partie des clients de Kelvor.", {("Kelvor", "Veltrix"), ("Kelvor", "Orvane")}),
    ("Kelvor fait désormais partie des grands fournisseurs de Renault.", {("Kelvor", "Renault")}),
    ("Renault fait partie du conseil de surveillance de Valeo.", set()),  # a board is no customer list
    ("Nokia, dont Orange fait partie des clients, a publié ses résultats.", {("Nokia", "Orange")}),
    ("Renault, dont Valeo fait partie des fournisseurs, recrute.", {("Valeo", "Renault")}),
])
def test_being_one_of_the_customers_or_suppliers(facts_of, text, pairs):
    """'faire partie des clients / fournisseurs de': the subject is one of them."""
    facts = facts_of(text, "fr")
    assert _supplies(facts) == pairs, _said(facts)


@pytest.mark.slow
def test_a_government_subject_does_not_hand_its_purchase_to_the_nearest_company(facts_of):
    """'The Department of Defense signed an agreement with X to procure chips': the parse names the buyer, a
    government; the nearest company before the verb is not the buyer (a company subject still is)."""
    facts = facts_of("The Department of Defense has signed a pact with GlobalFoundries to procure secure "
                     "chips.", "en")
    assert not [f for f in facts if f.relation == "ordered" and f.subject == "GlobalFoundries"], _said(facts)
    facts = facts_of("Lockheed Martin has signed a pact with GlobalFoundries to procure secure chips.", "en")
    assert ("GlobalFoundries", "Lockheed Martin") in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_an_attribution_after_a_connective_is_not_the_subject(facts_of):
    """'Par ailleurs, selon le Nikkei, A et B auraient alors adressé des commandes sur des capteurs fabriqués par C':
    the attribution is left out of the parse after a connective too; the orders 'sur' goods made by C are C's."""
    facts = facts_of("Par ailleurs, selon le Nikkei, Sony et Nikon auraient alors adressé des commandes sur des capteurs "
                     "fabriqués par Canon.", "fr")
    assert {("Canon", "Sony"), ("Canon", "Nikon")} <= _supplies(facts), _said(facts)
    orders = [f for f in facts if f.relation == "ordered"]
    assert orders and all(f.status == "rumoured" for f in orders), _said(facts)
    assert not [f for f in facts if "Nikkei" in (f.subject, f.object)], _said(facts)


@pytest.mark.slow
def test_the_acquisition_of_a_product_is_a_purchase(facts_of):
    """"l'acquisition des serveurs de dernière génération de Dell": Dell's goods are bought, Dell is not; the
    generation between the goods and their maker does not hide the maker."""
    facts = facts_of("Orvane a fait l'acquisition des serveurs de dernière génération de Dell.", "fr")
    assert ("Dell", "Orvane") in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.relation == "parent_of"], _said(facts)


@pytest.mark.slow
def test_unveiling_an_order_makes_nothing(facts_of):
    facts = facts_of("Orvane a dévoilé des commandes de puces graphiques.", "fr")
    assert [f for f in facts if f.relation == "ordered"] and not [f for f in facts if f.relation == "manufactures"], \
        _said(facts)


@pytest.mark.slow
def test_agreements_a_product_obtains_are_its_makers_sales(facts_of):
    """"Kelvor's GaN product Arvel has obtained long-term supply agreements from BMW and Volvo": a name given as
    a product's is a product; the agreements it obtains are its maker's sales to the companies named after
    'from', who buy it, not suppliers of it."""
    facts = facts_of("Kelvor's GaN product Arvel has obtained long-term supply agreements from BMW and Volvo.", "en")
    assert {("Kelvor", "BMW"), ("Kelvor", "Volvo")} <= _supplies(facts), _said(facts)
    assert ("BMW", "Kelvor") not in _supplies(facts), _said(facts)
    assert any(f.relation == "ordered" and f.subject == "BMW" and f.object == "Arvel" for f in facts), _said(facts)


@pytest.mark.slow
def test_orders_a_chip_wins_are_its_owners(facts_of):
    facts = facts_of("Orvane's X4 chip has won orders from BMW.", "en")
    assert ("Orvane", "BMW") in _supplies(facts) and ("BMW", "Orvane") not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_an_order_of_the_buyers_own_chip_from_a_maker(facts_of):
    """'AMD has placed orders with Samsung for MI300 chips': AMD's own design, made for it by the seller, is what
    it orders (what a supplier wins 'for the MI300' stays parts for it)."""
    facts = facts_of("AMD has placed orders with Samsung for 40,000 MI300 chips.", "en")
    assert any(f.relation == "ordered" and f.subject == "AMD" and f.object == "MI300" and f.supplier == "Samsung"
               and f.quantity == 40000 for f in facts), _said(facts)
    facts = facts_of("Micron secured an order from AMD for the MI300.", "en")
    assert not [f for f in facts if f.relation == "ordered" and f.object == "MI300"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kelvor signed a contract to supply Veltrix with GaN wafers."),
    ("fr", "Kelvor a signé un contrat pour fournir des plaquettes GaN à Veltrix."),
    ("en", "Kelvor will supply Veltrix with thermocompression bonders, in a deal worth 9.6 billion won."),
    ("fr", "Kelvor fournira des plaquettes à Veltrix dans le cadre d'un contrat de cinq ans."),
])
def test_a_supply_a_deal_is_for_is_an_order(facts_of, lang, text):
    """The customer of the supply a contract is for ('a contract to supply Veltrix'), or of a supply whose phrase
    holds the deal ('in a deal worth', 'dans le cadre d'un contrat'), is the deal's other party, whose order it
    is, though the deal noun names no partner of its own."""
    facts = facts_of(text, lang)
    assert any(f.relation == "ordered" and f.subject == "Veltrix" and f.supplier == "Kelvor" for f in facts), _said(facts)


@pytest.mark.slow
def test_batteries_are_goods_and_a_battery_modifier_is_not(facts_of):
    """'batteries' are goods (English, in the plural: the singular is mostly a modifier, 'battery cells',
    'battery management chips', which stay the goods)."""
    facts = facts_of("LG Energy Solution will supply Tesla with batteries for its trucks.", "en")
    assert any(f.relation == "supplies" and f.product and "batteries" in f.product for f in facts), \
        [(f.subject, f.relation, f.object, f.product) for f in facts]
    facts = facts_of("Kelvor sold battery management chips to Veltrix.", "en")
    assert any(f.relation == "supplies" and f.product == "battery management chips" for f in facts), \
        [(f.subject, f.relation, f.object, f.product) for f in facts]


@pytest.mark.slow
def test_a_comparison_names_no_customer(facts_of):
    """'une part supérieure à celle de Micron': the company a comparison names is no customer, neither for the
    surface reading of 'à' nor for the pair model; a demonstrative that stands for goods ('ceux de Kelvor') is no
    comparison."""
    facts = facts_of("Kioxia fournit aujourd'hui la moitié de la mémoire flash utilisée dans les iPad, une part "
                     "supérieure à celle de Micron.", "fr")
    assert ("Kioxia", "Micron") not in _supplies(facts), _said(facts)
    facts = facts_of("Samsung sells more memory to Apple than Micron does, a share higher than that of Micron.", "en")
    assert ("Samsung", "Micron") not in _supplies(facts) and ("Samsung", "Apple") in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_a_range_of_shares_is_no_count(facts_of):
    facts = facts_of("Samsung fournit entre 60 et 70 % de la DRAM à Apple.", "fr")
    assert ("Samsung", "Apple") in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.quantity], [(f.relation, f.quantity) for f in facts]


@pytest.mark.slow
def test_their_skips_the_label_of_a_name(facts_of):
    """'Google, Meta and TikTok owner ByteDance ... their reliance on Nvidia': 'their' is the three buyers; TikTok
    only says which ByteDance."""
    facts = facts_of("Google, Meta and TikTok owner ByteDance want to reduce their reliance on Nvidia.", "en")
    assert ("Nvidia", "ByteDance") in _supplies(facts) and ("Nvidia", "TikTok") not in _supplies(facts), _said(facts)


def test_the_times_is_a_source():
    """'..., the Times reported': a newspaper, never a trade's party (sources.jsonl)."""
    from supplykg.extract.lexicon import get_lexicon
    found = get_lexicon().source_re.search("200 shipments, the Times reported")
    assert found is not None and found.group(0) == "the Times"


@pytest.mark.slow
def test_outsourcing_to_a_company_chez(facts_of):
    """'externaliser la production de ses puces chez Norsilica': 'chez' names the contract maker, as 'à' does."""
    facts = facts_of("Kelvor a externalisé la production de ses puces X5 chez Norsilica.", "fr")
    assert ("Norsilica", "Kelvor") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pairs", [
    ("fr", "Les deux grands fournisseurs de Valeo sont Infineon et Bosch.", {("Infineon", "Valeo"), ("Bosch", "Valeo")}),
    ("fr", "Les clients de Quorvane Photonics sont notamment Meta, Google et Oracle.",
     {("Quorvane Photonics", "Meta"), ("Quorvane Photonics", "Google"), ("Quorvane Photonics", "Oracle")}),
    ("en", "The largest suppliers of Valeo are Infineon and Bosch.", {("Infineon", "Valeo"), ("Bosch", "Valeo")}),
])
def test_names_after_the_copula_of_a_supplier_noun(facts_of, lang, text, pairs):
    """'Les deux grands fournisseurs de X sont A et B': the names after the copula of the phrase a supplier or
    customer noun opens (the French parser takes 'sont' for punctuation there, and the flat part of an unknown
    name in the noun's complement, 'Photonics', is not what the noun denotes)."""
    facts = facts_of(text, lang)
    assert pairs <= _supplies(facts), _said(facts)
    assert not {(b, a) for a, b in pairs} & _supplies(facts), _said(facts)


@pytest.mark.slow
def test_a_list_ner_took_for_one_name_is_split(facts_of):
    """'Orvane, Brio and Kestrel' is three companies where NER gave one span (even one that leaves out the last
    name); 'Mitsui & Co.' and a lexicon name with 'and' in it stay whole."""
    facts = facts_of("Valeo's main suppliers are Orvane, Brio and Kestrel.", "en")
    assert {("Orvane", "Valeo"), ("Brio", "Valeo"), ("Kestrel", "Valeo")} <= _supplies(facts), _said(facts)
    assert not any(" and " in f.subject or f.subject.endswith(" and") for f in facts), _said(facts)
    facts = facts_of("Kestrel works with Mitsui & Co. on the gases for its fabs.", "en")
    assert not any(f.subject in ("Mitsui", "Co") for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Veltrix makes the Q7 modem used in the iPhone 17."),
    ("fr", "Veltrix fabrique le modem Q7 utilisé dans l'iPhone 17."),
])
def test_a_part_made_for_a_device_is_supplied_to_its_maker(facts_of, lang, text):
    """'makes the Q7 modem used in the iPhone 17': the device's maker (the lexicon knows who makes the iPhone) is
    the customer of the part's maker, however the parser hung 'used' (on the verb, in both models)."""
    facts = facts_of(text, lang)
    assert ("Veltrix", "Apple") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Cambricon lost its main partner in TSMC last year.", ("TSMC", "Cambricon")),
    ("en", "TSMC, a longtime partner of Cambricon, will build the chip.", ("TSMC", "Cambricon")),
    ("fr", "Nvidia s'appuiera sur ses partenaires historiques, TSMC et Amkor.", ("TSMC", "Nvidia")),
    ("fr", "TSMC, partenaire historique de MediaTek, produira la puce.", ("TSMC", "MediaTek")),
])
def test_a_foundry_partner_supplies(facts_of, lang, text, pair):
    """A partner says who trades with whom where one side makes or packages chips for others and the other side
    does not: the foundry supplies."""
    facts = facts_of(text, lang)
    assert pair in _supplies(facts) and pair[::-1] not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Amkor and TSMC expanded their partnership."),
    ("en", "Microsoft is a key partner of OpenAI."),
    ("fr", "Foxconn est un partenaire clé de Nvidia."),
    ("en", "TSMC and Kelvor Systems announced a research collaboration."),
    ("en", "Samsung and Google expanded their partnership on headsets."),
    ("en", "Synopsys is a longtime partner of TSMC."),
])
def test_other_partners_say_no_supply(facts_of, lang, text):
    """Two chipmaking trades (a packager and a foundry), two trades neither of which makes chips for others, or a
    research collaboration: a partnership says nothing of who supplies whom."""
    assert not _supplies(facts_of(text, lang)), _said(facts_of(text, lang))


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,recipient,tool", [
    ("en", "ASML unveiled the EXE:5200 last year. Intel was the first to install an EXE:5000.", "Intel", "EXE:5000"),
    ("en", "ASML unveiled the EXE:5200 last year. Samsung brought in a High-NA EUV scanner in March.", "Samsung",
     "High-NA EUV"),
    ("fr", "ASML a présenté l'EXE:5200 l'an dernier. Kioxia a installé sa première machine EXE:5200B à Kitakami.",
     "Kioxia", "EXE:5200B"),
    ("fr", "ASML a présenté l'EXE:5200 l'an dernier. Intel a installé sa première machine EXE:5000 en Oregon.", "Intel",
     "EXE:5000"),
])
def test_a_tool_installed_for_oneself_came_from_its_maker(facts_of, lang, text, recipient, tool):
    """A chipmaker that installs, brings in or welcomes a tool got it from the tool's maker, when the article names
    the maker; not a maker installing its own tool, nor goods that are no tool."""
    facts = facts_of(text, lang)
    assert any(f.relation == "delivered" and f.subject == "ASML" and f.object == recipient and f.product == tool
               for f in facts), [(f.subject, f.relation, f.object, f.product) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Nvidia unveiled the B200 in March. Meta installed 20,000 B200 GPUs in its data centre."),
    ("fr", "ASML a présenté l'EXE:5200. ASML a installé sa machine EXE:5200 dans son usine de Veldhoven."),
    ("en", "ASML unveiled the EXE:5200 last year. Samsung refused to install an EXE:5000."),
])
def test_other_installations_deliver_nothing(facts_of, lang, text):
    assert not [f for f in facts_of(text, lang) if f.relation == "delivered"], _said(facts_of(text, lang))


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kelvor signed a purchase agreement with Veltrix to acquire its old LCD plant near Osaka."),
    ("en", "Kelvor signed a deal with Veltrix to buy its plant in Dresden."),
    ("fr", "Kelvor a signé un accord avec Veltrix pour racheter son ancienne usine de Dresde."),
])
def test_a_deal_to_buy_a_plant_is_no_supply(facts_of, lang, text):
    """A purchase agreement for a factory, a plant or a business buys an asset, not goods: no supply, no order."""
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("supplies", "ordered")], _said(facts)
    facts = facts_of("Kelvor signed a deal with Veltrix to buy its HBM chips.", "en")
    assert ("Veltrix", "Kelvor") in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_big_tech_is_no_company(facts_of):
    """'Big Tech customers like Meta and Microsoft': a generic group, never a party (not_names)."""
    facts = facts_of("Orders from Big Tech clients such as Meta and Microsoft lifted Kelvor's shares.", "en")
    assert not any("Big Tech" in (f.subject, f.object) for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,supplier,product", [
    ("en", "Valeo has placed a $40 million order for electric actuators from Bosch.", "Bosch", "actuators"),
    ("en", "Veltrix has been supplying tantalum capacitors to Valeo for years.", "Veltrix", "capacitors"),
    ("fr", "Valeo a commandé des condensateurs à Veltrix.", "Veltrix", "capacitors"),
])
def test_electronic_components_are_goods(facts_of, lang, text, supplier, product):
    """Capacitors, actuators, connectors, cables, lasers, inverters, motors: parts that electronics makers buy
    are goods, as chips are (product_heads, plurals only in English)."""
    facts = facts_of(text, lang)
    assert any(f.relation == "supplies" and f.subject == supplier and f.object == "Valeo" and f.product
               and product in f.product for f in facts), [(f.subject, f.relation, f.object, f.product) for f in facts]


# --- session 40: phenomena read on sets 41A-41D (sentences written for these tests) ----------------------------
@pytest.mark.slow
@pytest.mark.parametrize("lang,text,seller,buyer", [
    ("en", "Marvell landed a big DRAM order from Micron.", "Micron", "Marvell"),
    ("en", "Qualcomm secured a large HBM order from Samsung last week.", "Samsung", "Qualcomm"),
    ("en", "Quorvane secured a large DRAM order from Micron for its servers.", "Quorvane", "Micron"),
    ("en", "Tokyo Electron secured an order for etch tools from Kioxia.", "Tokyo Electron", "Kioxia"),
    ("en", "Micron has secured HBM3E orders from Nvidia.", "Micron", "Nvidia"),
])
def test_a_won_order_goes_to_the_trade_that_makes_the_goods(facts_of, lang, text, seller, buyer):
    """'X secured an order from Y' is said by sellers and buyers alike: when only one of the two is in the trade that
    makes such goods (memory makers for memory, toolmakers for tools), that one sells; a company no list knows
    keeps the seller's side ('Quorvane' may well make memory)."""
    facts = facts_of(text, lang)
    assert (seller, buyer) in _supplies(facts) and (buyer, seller) not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,supplier,customer", [
    ("en", "Maxtor was fined last year for selling disk controllers to Huawei.", "Maxtor", "Huawei"),
    ("en", "Kelvor Storage paid a $90 million penalty for shipping chips to Huawei.", "Kelvor Storage", "Huawei"),
])
def test_a_gerund_after_a_penalty_is_its_subjects_trade(facts_of, lang, text, supplier, customer):
    """'was fined for selling X to Y': the gerund's doer is the passive's subject, not its (missing) agent; and
    a penalty paid is no purchase from anyone."""
    facts = facts_of(text, lang)
    assert (supplier, customer) in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.relation == "ordered"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kelvor said its HBM output for next year was already sold out to Nvidia's rivals."),
    ("en", "Kelvor sold off its memory unit to Orvane in 2023."),
    ("fr", "Kelvor a payé une amende de 20 millions d'euros à Veltrix pour ses puces."),
])
def test_sold_out_and_fines_are_no_trade(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("supplies", "ordered")], _said(facts)


@pytest.mark.slow
def test_a_numbered_group_without_a_determiner_is_new():
    """'three customers' introduces customers the article has not named; 'the three companies' refers to three
    named before."""
    from supplykg.extract import extract_text
    facts = extract_text("Samsung, Micron and Kioxia reported results. Orvane said three customers would deploy its "
                         "Z9 accelerators next year.", "en")
    assert not [f for f in facts if f.relation in ("supplies", "uses")], _said(facts)
    facts = extract_text("Samsung, Micron and Kioxia reported results. The three companies will deploy Orvane's Z9 "
                         "accelerators next year.", "en")
    assert {("Orvane", "Samsung"), ("Orvane", "Micron"), ("Orvane", "Kioxia")} <= _supplies(facts) or len(
        [f for f in facts if f.relation == "uses"]) == 3, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,supplier,customer", [
    ("fr", ("La start-up Kelvor AI a dévoilé lundi un partenariat avec le champion américain des semi-conducteurs "
            "Nvidia, les autorités ayant validé les ventes de ses processeurs au royaume."), "Nvidia", "Kelvor AI"),
    ("en", ("Kelvor AI announced a partnership with Nvidia, with regulators having cleared the sale of its chips to "
            "the kingdom."), "Nvidia", "Kelvor AI"),
])
def test_a_partnership_takes_no_cue_from_another_clause(facts_of, lang, text, supplier, customer):
    """The words of a clause with its own subject ('the government having approved the sales of its chips') are
    not the partnership's: its direction comes from the parties' trades, a chip designer supplying an AI lab."""
    facts = facts_of(text, lang)
    assert (customer, supplier) not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_a_surface_name_after_for_stops_at_the_next_phrase(facts_of):
    """'assemble its cluster for machine learning with Nvidia GPUs': Nvidia is no customer of the builder."""
    facts = facts_of("Kelvor AI hired Dell to assemble its Orion cluster for machine learning with 20,000 Nvidia "
                     "H100 GPUs.", "en")
    assert ("Dell", "Nvidia") not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_a_seller_after_an_apposed_allocation(facts_of):
    """'secured an allocation: 2,048 Nvidia H100 GPUs from Yotta': the seller is the one the goods come from, not
    the brand on them."""
    facts = facts_of("Kelvor AI secured a large allocation: 2,048 Nvidia H100 GPUs from Yotta.", "en")
    assert ("Yotta", "Kelvor AI") in _supplies(facts) and ("Nvidia", "Kelvor AI") not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,supplier,customer", [
    ("en", "Kelvor added a second line last year to serve the needs of Apple for modems.", "Kelvor", "Apple"),
    ("en", "Murata expects to meet Nvidia's demand for capacitors by June.", "Murata", "Nvidia"),
    ("fr", "Kelvor construit une usine pour répondre à la demande de Nvidia en HBM.", "Kelvor", "Nvidia"),
    ("en", "Murata plans to double output to meet the demand of such customers as Dell and HP.", "Murata", "HP"),
    ("en", "Murata sells its sensors to such clients as Bosch and Valeo.", "Murata", "Valeo"),
    ("en", "Wistron assembles the GB200 servers on behalf of Nvidia.", "Wistron", "Nvidia"),
])
def test_demand_met_and_split_lists_name_customers(facts_of, lang, text, supplier, customer):
    """Who meets a company's demand (or needs) supplies it; 'such customers as X and Y' lists them as 'customers
    such as' does; who assembles 'on behalf of' a company makes for it."""
    facts = facts_of(text, lang)
    assert (supplier, customer) in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Quorvane is now Kioxia's third-largest customer, behind Apple and Dell.", ("Kioxia", "Dell")),
    ("en", "Murata is Xiaomi's second-biggest supplier of capacitors after TDK.", ("TDK", "Xiaomi")),
    ("fr", "Xiaomi est désormais le troisième client de Qualcomm, derrière Apple.", ("Qualcomm", "Apple")),
    ("fr", "Murata est le deuxième fournisseur de Xiaomi derrière TDK.", ("TDK", "Xiaomi")),
    ("en", "Dell remains one of Micron's key accounts.", ("Micron", "Dell")),
    ("fr", "Forvia, équipementier de Renault, a relevé ses prévisions.", ("Forvia", "Renault")),
    ("en", "Marvell won a design win with Amazon for its next Trainium chip.", ("Marvell", "Amazon")),
])
def test_ranks_key_accounts_equipementiers_and_design_wins(facts_of, lang, text, pair):
    """'X is Y's No. 3 client after Z': Z is Y's customer as well (and a supplier ranked ahead supplies); a key
    account ('grands comptes') is a customer, an 'équipementier de' a supplier, a design win a supply."""
    facts = facts_of(text, lang)
    assert pair in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Intel est redevenu un client de Kioxia après son rachat par la société."),
    ("en", "Intel became a customer of Kioxia after years of delays."),
])
def test_after_a_time_names_no_customer(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert _supplies(facts) <= {("Kioxia", "Intel")}, _said(facts)


@pytest.mark.slow
def test_an_order_told_by_family_and_by_model_is_the_models(facts_of):
    """One buyer's order named by type, by family and by model in one article is one order of the model; the
    supplies of that trade take the model's name (not an order of another year: see the test above)."""
    facts = facts_of("Tencent has booked new AI accelerators from Huawei. Tencent signed for a large batch of Huawei's "
                     "Ascend processors. The deal covers 2,000 Ascend 910C chips that Huawei will ship to Tencent "
                     "by March.", "en")
    assert {f.object for f in facts if f.relation == "ordered"} == {"Ascend 910C"}, _said(facts)
    assert {f.product for f in facts if f.relation == "supplies"} <= {"Ascend 910C", None}, _said(facts)


@pytest.mark.slow
def test_examples_of_a_kind_are_no_group_for_they(facts_of):
    """'the likes of AMD and Nvidia' gives examples; 'they' in the next sentence is not those two, and a subject
    the clause has ('Chinese firms can no longer buy from') is not the buyer of the sentence's other order."""
    facts = facts_of("Tencent booked a big batch with Huawei, as Chinese firms can no longer buy from the likes of "
                     "AMD and Nvidia. They were buying 910C chips to prepare for tighter curbs.", "en")
    assert not {f.subject for f in facts if f.relation == "ordered"} & {"AMD", "Nvidia"}, _said(facts)
    assert not {(f.subject, f.object) for f in facts if f.relation == "supplies"} & {
        ("AMD", "Tencent"), ("Nvidia", "Tencent"), ("Huawei", "AMD"), ("Huawei", "Nvidia")}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "The Cabinet on Tuesday approved a chip packaging plant, with Kelvor receiving a go-ahead to build it."),
    ("en", "Kelvor received the go-ahead from regulators for its Pune plant."),
])
def test_a_cabinet_and_a_go_ahead_are_no_trade(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("supplies", "ordered", "delivered")], _said(facts)


@pytest.mark.slow
def test_a_name_cut_at_its_legal_suffix_keeps_no_ampersand(facts_of):
    facts = facts_of("Kelvor teamed up with Marubeni & Co., the supplier of every gas its fab uses.", "en")
    assert not any(f.subject.endswith("&") or f.object.endswith("&") for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kioxia and Micron supply flash chips to Apple and Dell, respectively."),
    ("fr", "Kioxia et Micron fournissent respectivement Apple et Dell."),
])
def test_respectively_pairs_by_place(facts_of, lang, text):
    """'A and B supply C and D, respectively': A supplies C and B supplies D, not A to D (nor the pair model's)."""
    facts = facts_of(text, lang)
    assert {("Kioxia", "Apple"), ("Micron", "Dell")} <= _supplies(facts), _said(facts)
    assert not {("Kioxia", "Dell"), ("Micron", "Apple")} & _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kioxia and Micron supply flash chips to Apple.",
    "Both Kioxia and Micron supply memory to Apple.",
    "Kioxia, Micron and Samsung supply chips to Apple.",
])
def test_a_trade_verb_after_a_list_of_names(facts_of, text):
    """The tagger reads 'supply' after 'Kioxia and Micron' as a noun ('supply chips'); with no other verb in the
    sentence it is the verb, and every listed company supplies."""
    facts = facts_of(text, "en")
    assert {("Kioxia", "Apple"), ("Micron", "Apple")} <= {(f.subject, f.object) for f in facts
                                                          if f.relation == "supplies" and f.rule != "learned.pair"}, \
        _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair,relation", [
    ("en", "Wiwynn has been awarded a contract by Meta to build AI servers.", ("Wiwynn", "Meta"), "supplies"),
    ("en", "The first racks of Nvidia's GB300 systems arrived at Oracle's data centres in May.", ("Nvidia", "Oracle"),
     "delivered"),
    ("fr", "Les premières unités du système GB300 de Nvidia sont arrivées chez Oracle en mai.", ("Nvidia", "Oracle"),
     "delivered"),
    ("en", "Mistral AI rents about 8,000 Nvidia H200 GPUs from CoreWeave.", ("CoreWeave", "Mistral AI"), "supplies"),
])
def test_awards_arrivals_and_rentals(facts_of, lang, text, pair, relation):
    """A contract awarded by a buyer, goods that arrive at a company (their vendor delivered them), and GPUs rented
    from a cloud (the cloud supplies; renting ships nothing)."""
    facts = facts_of(text, lang)
    assert pair in {(f.subject, f.object) for f in facts if f.relation == relation}, _said(facts)
    if "rents" in text:
        assert not [f for f in facts if f.relation == "delivered"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Nvidia's chief executive arrived at TSMC's headquarters on Monday."),
    ("fr", "Le patron de Nvidia est arrivé chez TSMC lundi."),
])
def test_a_visitor_who_arrives_is_no_delivery(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation in ("delivered", "supplies")], _said(facts)


@pytest.mark.slow
def test_business_won_from_a_rival_is_no_order(facts_of):
    facts = facts_of("Mobileye lost ground this year as Ambarella snagged business from its rival.", "en")
    assert not [f for f in facts if f.relation in ("supplies", "ordered")], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,customer,product", [
    ("en", "Wolfspeed will supply bare dies to Renault for its inverters.", "Renault", "dies"),
    ("en", "Chipbond won backend orders for TDDI chips from FocalTech.", "FocalTech", "TDDI"),
])
def test_dies_and_tddi_are_goods_of_their_own(facts_of, lang, text, customer, product):
    """Bare dies are goods (product_heads), and a touch display driver (TDDI) is its own product, not any display
    driver."""
    facts = facts_of(text, lang)
    assert any(f.relation == "supplies" and f.object == customer and f.product and product in f.product
               for f in facts), [(f.subject, f.relation, f.object, f.product) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kioxia no longer supplies Huawei with flash chips."),
    ("en", "Kioxia is no longer a supplier to Huawei."),
])
def test_no_longer_denies(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert [f.status for f in facts if f.relation == "supplies"] == ["denied"], \
        [(f.subject, f.relation, f.object, f.status) for f in facts]


@pytest.mark.slow
def test_a_customer_that_remains_one(facts_of):
    """'X demeure le premier client de Y': the verb's form is the copula's ('demeure' may be lemmatised as the noun)."""
    facts = facts_of("Renault demeure le premier client de Forvia.", "fr")
    assert ("Forvia", "Renault") in _supplies(facts) and ("Renault", "Forvia") not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "GlobalFoundries fabrique les puces d'AMD et de Qualcomm."),
    ("fr", "GlobalFoundries fabrique les puces d'AMD et celles de Qualcomm."),
    ("en", "GlobalFoundries makes AMD's chips and those of Qualcomm."),
])
def test_a_maker_of_two_companies_goods(facts_of, lang, text):
    """The goods of two companies named together ('les puces d'AMD et de Qualcomm', 'and those of Qualcomm'): the
    contract maker supplies both."""
    facts = facts_of(text, lang)
    assert {("GlobalFoundries", "AMD"), ("GlobalFoundries", "Qualcomm")} <= _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair,relation", [
    ("fr", "Les livraisons de microcontrôleurs de Renesas à Valeo reprendront en juin.", ("Renesas", "Valeo"), "delivered"),
    ("fr", "Valeo a passé commande auprès de Koito pour 200 000 phares.", ("Koito", "Valeo"), "supplies"),
])
def test_deliveries_named_by_their_goods_maker_and_more_goods(facts_of, lang, text, pair, relation):
    """'les livraisons de X de Renesas à Valeo': the goods' maker delivers; headlights and dies are goods of their
    trades (product_heads; not 'seats', 'engines' or 'screens', which other senses or the catalogue's names take)."""
    facts = facts_of(text, lang)
    assert pair in {(f.subject, f.object) for f in facts if f.relation == relation}, _said(facts)


# --- the second reader's findings on this session's change (sentences written by the reviewer or for this test) ---
@pytest.mark.slow
@pytest.mark.parametrize("lang,text,wrong", [
    ("en", "Advantest won HBM tester orders from SK Hynix.", ("SK Hynix", "Advantest")),
    ("en", "Synopsys won an HBM4 IP order from Samsung.", ("Samsung", "Synopsys")),
    ("en", "Smuggled Nvidia H100 chips arrived at DeepSeek's data centre.", ("Nvidia", "DeepSeek")),
    ("en", "Foxconn met Apple's demand that it cut emissions.", ("Foxconn", "Apple")),
    ("en", "Samsung leased land from the city of Taylor.", ("Taylor", "Samsung")),
    ("en", "Nvidia is TSMC's largest customer after Apple's decline.", ("TSMC", "Apple")),
    ("en", "Intel was beaten by AMD in selling server chips to Microsoft.", ("Intel", "Microsoft")),
    ("en", "Intel won two seats on the board of Altera.", ("Intel", "Altera")),
    ("en", "Infineon secured two new projects from Bosch this year.", ("Bosch", "Infineon")),
])
def test_what_the_second_reader_found_wrong(facts_of, lang, text, wrong):
    """A won order named after a word that qualifies it (a tester for HBM), smuggled goods, a demand that is a
    request, land leased, a rank after a company's decline, a gerund after 'beaten by', board seats."""
    facts = facts_of(text, lang)
    assert wrong not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_no_longer_the_largest_is_still_a_customer(facts_of):
    facts = facts_of("Apple is no longer TSMC's largest customer.", "en")
    assert [f.status for f in facts if f.relation == "supplies"] == ["asserted"], \
        [(f.subject, f.relation, f.object, f.status) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("text,pairs", [
    ("Samsung and SK Hynix hold 40% and 50% of the HBM market respectively, and both supply Nvidia and AMD.",
     {("Samsung", "AMD"), ("SK Hynix", "Nvidia")}),
    ("Samsung, Micron and Kioxia reported results. All three companies will supply HBM4 to Nvidia.",
     {("Samsung", "Nvidia"), ("Micron", "Nvidia"), ("Kioxia", "Nvidia")}),
    ("Wistron builds servers for use by Microsoft.", {("Wistron", "Microsoft")}),
    ("Amkor packages chips for, among others, Apple and AMD.", {("Amkor", "Apple"), ("Amkor", "AMD")}),
    ("Murata sells capacitors to such makers as Apple and Xiaomi.", {("Murata", "Apple"), ("Murata", "Xiaomi")}),
    ("Alibaba placed an order for 50,000 servers, and Inspur will supply most of them.", {("Inspur", "Alibaba")}),
])
def test_what_the_second_reader_found_lost(facts_of, text, pairs):
    """'respectively' in another clause, 'all three', 'for use by', 'for, among others', 'such makers as', and a
    company subject of the supply that serves the sentence's order: kept."""
    facts = facts_of(text, "en")
    assert pairs <= _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Kelvor plans to double output to meet demand from China."),  # a place's demand
    ("en", "Kelvor sells to as many customers as possible."),  # 'such ... as' is no list
    ("en", "Intel accounts for 30% of the market, and Apple's bank accounts hold $160 billion."),  # no key account
    ("en", "Kioxia and Micron supply chains are under strain after the quake."),  # 'supply' stays a noun
    ("en", "Xiaomi and Qualcomm signed a patent cross-licensing agreement."),  # a patent deal
    ("fr", "Xiaomi et Qualcomm ont signé un accord de licences croisées sur leurs brevets."),
    ("en", "Kelvor is hiring engineers from Samsung and renting offices from a landlord in Austin."),  # people, offices
])
def test_trade_words_in_other_senses_read_no_supply(facts_of, lang, text):
    """The words this session's rules read (demand, such ... as, accounts, supply after names, deals, renting) in
    senses that trade nothing."""
    facts = facts_of(text, lang)
    assert not _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Huawei migrated to SMIC for its Kirin processors.", ("SMIC", "Huawei")),
    ("en", "Nvidia moved to Samsung for some of its gaming GPUs.", ("Samsung", "Nvidia")),
])
def test_moving_to_a_supplier_for_goods(facts_of, lang, text, pair):
    """'moved / migrated to X for its chips', as 'switched to X for': X supplies them (goods required: not 'the CEO
    moved to Intel')."""
    facts = facts_of(text, lang)
    assert pair in {(f.subject, f.object) for f in facts if f.relation == "supplies" and f.product}, _said(facts)
    assert not _supplies(facts_of("The CEO moved to Intel in 2021.", "en"))



@pytest.mark.slow
@pytest.mark.parametrize("lang,text,buyer,seller", [
    ("en", "Dell not only buys processors from Intel but also sources memory from Micron.", "Dell", "Intel"),
    ("en", "Dell does not merely purchase GPUs from Nvidia; it also rents servers.", "Dell", "Nvidia"),
    ("fr", "Dell n'achète pas seulement des GPU à Nvidia, mais aussi des serveurs.", "Dell", "Nvidia"),
])
def test_not_only_is_no_denial(facts_of, lang, text, buyer, seller):
    """'not only', 'not just', 'pas seulement' (cue additive_words) add a fact to another: the purchase holds."""
    facts = facts_of(text, lang)
    found = [f for f in facts if (f.subject, f.relation) == (buyer, "ordered")]
    assert found and all(f.status == "asserted" for f in found), _said(facts)
    assert (seller, buyer) in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_not_only_leaves_real_denials_denied(facts_of):
    facts = facts_of("Dell does not buy processors from Intel.", "en")
    assert {f.status for f in facts if f.relation == "ordered"} == {"denied"}, _said(facts)


@pytest.mark.slow
def test_it_after_not_only_is_the_first_clause_subject(facts_of):
    """'Lenovo not only buys GPUs from Nvidia, it also buys CPUs from AMD': 'it' is the earlier clause's subject,
    not the last name before it."""
    facts = facts_of("Lenovo not only purchases GPUs from Nvidia, it also buys CPUs from AMD.", "en")
    assert {("Nvidia", "Lenovo"), ("AMD", "Lenovo")} <= _supplies(facts), _said(facts)
    assert ("AMD", "Nvidia") not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,product", [
    ("Veltrix pre-purchased $2 billion of HBM3E memory from Samsung.", "HBM3E"),
    ("Veltrix has pre-booked CoWoS capacity from TSMC.", "CoWoS"),
    ("Veltrix pre-bought 5,000 H20 chips from Nvidia.", "H20"),
])
def test_pre_purchases_are_orders(facts_of, text, product):
    """'pre-purchased', 'pre-booked': parsed as the plain verb (cue rewrites); split at the hyphen, or taken whole as a
    word it does not know, the model reads 'pre' as a verb or the word as an adjective, and the purchase is lost."""
    facts = facts_of(text, "en")
    assert any(f.relation == "ordered" and f.subject == "Veltrix" and product in f.object for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Amazon buys TSMC's wafer capacity."),
    ("fr", "Amazon a racheté la capacité de production de TSMC."),
])
def test_buying_a_companys_capacity_is_no_takeover(facts_of, lang, text):
    facts = facts_of(text, lang)
    assert not [f for f in facts if f.relation == "parent_of"], _said(facts)


@pytest.mark.slow
def test_licensing_anothers_patents_is_no_sale(facts_of):
    """'Xiaomi will license the patent portfolio of Qualcomm': not Xiaomi selling to Qualcomm."""
    facts = facts_of("Xiaomi will license the patent portfolio of Qualcomm until 2030.", "en")
    assert ("Xiaomi", "Qualcomm") not in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", ("Kelvor signed chip purchase deals worth 5 billion euros. The carmaker said its new agreements cover "
            "silicon carbide chips and microcontrollers.")),
    ("fr", ("Kelvor a signé des contrats d'achat de puces pour 5 milliards d'euros. Le constructeur indique que "
            "ces contrats portent sur des puces SiC et des microcontrôleurs.")),
])
def test_goods_a_purchase_covers_without_a_seller(facts_of, lang, text):
    """The goods that 'the agreements cover' are the last purchase's, also when it named no seller."""
    facts = facts_of(text, lang)
    bought = {f.object for f in facts if f.relation == "ordered" and f.subject == "Kelvor"}
    assert {"SiC chips", "microcontroller"} <= bought, _said(facts)


@pytest.mark.slow
def test_buying_a_companys_capacity_buys_from_it(facts_of):
    """'Apple purchases TSMC's packaging capacity': goods with no maker of their own are bought from their possessor."""
    facts = facts_of("Apple purchases TSMC's packaging capacity.", "en")
    assert any(f.relation == "ordered" and f.supplier == "TSMC" for f in facts), _said(facts)
    assert ("TSMC", "Apple") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Valeo n'achète pas ses puces directement chez Infineon : il les reçoit par des distributeurs."),
    ("en", "Valeo does not buy chips from Infineon directly; it receives them through distributors."),
])
def test_goods_received_through_middlemen_come_from_no_maker(facts_of, lang, text):
    """What is received through distributors or brokers (cue middlemen_words) was not delivered by its maker."""
    facts = facts_of(text, lang)
    assert [f for f in facts if f.relation == "supplies" and f.status == "denied"], _said(facts)  # the direct trade
    assert not [f for f in facts if f.relation == "delivered"], _said(facts)
    assert not [f for f in facts if f.relation == "supplies" and f.status == "asserted"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Alibaba wants to buy H20 chips from Nvidia."),
    ("en", "Alibaba is seeking to purchase H20 chips from Nvidia."),
    ("fr", "Alibaba souhaite acheter des puces H20 à Nvidia."),
    ("fr", "Alibaba cherche à acheter des puces H20 à Nvidia."),
])
def test_an_intention_to_buy_is_planned(facts_of, lang, text):
    """'wants to', 'seeks to', 'souhaite', 'cherche à' (cue intent_verbs) before the trigger: planned."""
    facts = facts_of(text, lang)
    found = [f for f in facts if f.relation == "ordered"]
    assert found and {f.status for f in found} == {"planned"}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,count,qualifier", [
    ("en", "ASML delivered five EUV machines to Intel.", 5, "exact"),
    ("fr", "ASML a livré deux machines EUV à Intel.", 2, "exact"),
    ("fr", "ASML a livré une douzaine de machines EUV à Intel.", 12, "about"),
])
def test_counts_spelled_out(facts_of, lang, text, count, qualifier):
    """Counts in words (cue number_words) before goods; 'douzaine' is round (about)."""
    facts = facts_of(text, lang)
    got = [(f.quantity, f.quantity_qualifier) for f in facts if f.relation == "delivered"]
    assert got == [(count, qualifier)], _said(facts)


@pytest.mark.slow
def test_counted_companies_are_no_quantity(facts_of):
    facts = facts_of("Huawei used to buy processors from the four chip makers Intel, AMD, Qualcomm and Xilinx.", "en")
    assert ("Xilinx", "Huawei") in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.quantity == 4], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Samsung has renewed a deal with Lenovo by which the latter is to purchase memory chips.",
    "Samsung signed a deal with Lenovo by which the latter is to purchase memory chips from the former's plant.",
    "Samsung signed a contract with Lenovo, which will buy memory chips.",
])
def test_a_clause_of_the_deal_says_who_buys(facts_of, text):
    """The subject of the deal's own buying clause buys, whoever signed ('renewed a deal with Lenovo by which the
    latter is to purchase'), and 'the former's plant' is the former's; never the reverse."""
    facts = facts_of(text, "en")
    assert ("Samsung", "Lenovo") in _supplies(facts), _said(facts)
    assert ("Lenovo", "Samsung") not in _supplies(facts), _said(facts)


@pytest.mark.slow
def test_worth_is_no_part_of_the_goods(facts_of):
    facts = facts_of("Lenovo plans to purchase over $3bn worth wafers from GlobalFoundries.", "en")
    assert any(f.relation == "ordered" and f.object == "wafers" for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Apple has reserved a third of TSMC's 4nm chip output.",
    "Apple secured most of TSMC's 3nm capacity for next year.",
])
def test_a_share_of_a_makers_output_reserved_or_secured(facts_of, text):
    """'reserved / secured a third of X's output' buys from X, as 'took' and 'claimed' do."""
    facts = facts_of(text, "en")
    assert ("TSMC", "Apple") in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.rule == "learned.pair"], _said(facts)


@pytest.mark.slow
def test_a_product_subject_the_parser_hangs_on_its_verb(facts_of):
    """'The Snapdragon 8 Gen 2 powers every Galaxy S23': the parser reads the product (a placeholder) as a compound
    of the verb; repaired, it is the verb's subject, and what powers a device is sold to its maker."""
    facts = facts_of("The Snapdragon 8 Gen 2 powers every Galaxy S23.", "en")
    assert ("Qualcomm", "Samsung") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Renault a retenu Qualcomm pour fournir les puces de ses voitures.",
    "Renault a choisi Kelvor Semiconductor pour fournir les puces de ses voitures.",
])
def test_who_is_chosen_for_a_task_does_it(facts_of, text):
    """'X a retenu Y pour fournir': Y supplies (cue choice_verbs; 'retenir' is an object-control verb), never X."""
    facts = facts_of(text, "fr")
    assert not [f for f in facts if f.relation == "supplies" and f.subject == "Renault"], _said(facts)
    assert any(f.relation == "supplies" and f.object == "Renault" for f in facts), _said(facts)


@pytest.mark.slow
def test_a_purpose_after_a_deal_stays_the_subjects(facts_of):
    facts = facts_of("Renault a signé un accord avec Qualcomm pour acheter des puces.", "fr")
    assert ("Qualcomm", "Renault") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("en", "Lenovo has chosen AMD's EPYC processors for its new servers.", ("AMD", "Lenovo")),
    ("en", "Lenovo picked Nvidia GPUs for its workstations.", ("Nvidia", "Lenovo")),
    ("fr", "Renault a choisi les processeurs de Qualcomm pour ses voitures.", ("Qualcomm", "Renault")),
])
def test_choosing_a_makers_goods_buys_from_it(facts_of, lang, text, pair):
    """supply.choose_goods: the goods chosen are their maker's, sold to who chose them."""
    assert pair in _supplies(facts_of(text, lang))


@pytest.mark.slow
def test_a_jury_choosing_a_product_buys_nothing(facts_of):
    assert not _supplies(facts_of("The jury selected Nvidia's H100 as product of the year.", "en"))


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Xiaomi achète désormais ses modems chez MediaTek plutôt que chez Qualcomm."),
    ("en", "Xiaomi now buys its modems from MediaTek rather than Qualcomm."),
    ("en", "Xiaomi buys modems from MediaTek, not Qualcomm."),
    ("en", "Xiaomi buys modems from MediaTek instead of Qualcomm."),
])
def test_a_name_set_against_the_seller_sells_nothing(facts_of, lang, text):
    """'plutôt que', 'rather than', 'instead of', 'not' before a name (cue contrast_markers): it fills no role, nor
    names the goods' vendor."""
    facts = facts_of(text, lang)
    assert ("MediaTek", "Xiaomi") in _supplies(facts), _said(facts)
    assert not [f for f in facts if "Qualcomm" in (f.subject, f.object, f.product or "", f.supplier or "")], _said(facts)


@pytest.mark.slow
def test_buying_a_sum_of_goods_in_french(facts_of):
    """'a acheté pour 1 milliard de dollars de puces à Broadcom': the goods and the seller hang on the sum."""
    facts = facts_of("Apple a acheté pour 1 milliard de dollars de puces à Broadcom.", "fr")
    assert any(f.relation == "ordered" and f.supplier == "Broadcom" for f in facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,wanted,unwanted", [
    ("en", "Apple is not Samsung's customer anymore.", {("Samsung", "Apple")}, set()),  # 'not' alone is no contrast
    ("en", "Apple turned instead to Samsung for displays.", {("Samsung", "Apple")}, set()),
    ("en", "Xiaomi buys modems from MediaTek instead of Qualcomm, which supplies Apple.",
     {("MediaTek", "Xiaomi"), ("Qualcomm", "Apple")}, {("Qualcomm", "Xiaomi")}),
    ("en", "Nvidia bought Intel's stock.", set(), {("Intel", "Nvidia")}),
    ("en", "Samsung signed a contract with Apple; Samsung also bought lithography tools from Canon.",
     {("Canon", "Samsung")}, {("Apple", "Samsung")}),
    ("en", "Dell received Intel chips despite distributor shortages.", {("Intel", "Dell")}, set()),
    ("en", "ASML sells its EUV technology only to TSMC, Samsung and Intel.", {("ASML", "TSMC"), ("ASML", "Intel")}, set()),
    ("fr", "Airbus a acheté des puces pour ses avions à Toulouse.", set(), {("Toulouse", "Airbus")}),
    ("en", "Reports say Intel has lost Apple as a customer; it now buys modems from Qualcomm.",
     {("Qualcomm", "Apple")}, {("Qualcomm", "Intel")}),
    ("en", "RTX ordered radiation-hardened chips from GlobalFoundries.", {("GlobalFoundries", "RTX")}, set()),
])
def test_what_the_second_reader_found(facts_of, lang, text, wanted, unwanted):
    """Near misses of this round's rules a second reader wrote: kept right."""
    facts = facts_of(text, lang)
    assert wanted <= _supplies(facts), _said(facts)
    assert not unwanted & _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,status", [
    ("Huawei can't simply buy chips from TSMC anymore.", "denied"),  # 'simply' after a negation is no 'not only'
])
def test_a_negated_simply_still_denies(facts_of, text, status):
    facts = facts_of(text, "en")
    assert {f.status for f in facts if f.relation == "ordered"} == {status}, _said(facts)


@pytest.mark.slow
def test_a_spelled_out_count_takes_its_multiplier(facts_of):
    facts = facts_of("Huawei shipped two million Ascend chips to Baidu.", "en")
    assert [f.quantity for f in facts if f.relation == "delivered"] == [2_000_000], _said(facts)


@pytest.mark.slow
def test_a_model_series_after_a_family_is_no_count(facts_of):
    """'RTX 5000 GPUs': the GeForce series, not 5,000 units, nor 'RTX' a customer (the company RTX stays one)."""
    facts = facts_of("Samsung will fabricate Nvidia's new RTX 5000 GPUs.", "en")
    assert ("Samsung", "Nvidia") in _supplies(facts), _said(facts)
    assert not [f for f in facts if f.quantity == 5000 or f.object == "RTX"], _said(facts)


@pytest.mark.slow
def test_licensing_a_technology_is_no_sale(facts_of):
    assert not _supplies(facts_of("Nvidia licensed Groq's LPU technology last year.", "en"))


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,model,compared", [
    ("en", ("Baidu ordered 1,600 Ascend 910C chips from Huawei, an alternative to Nvidia's H100. Huawei will deliver "
            "the chips by June."), "Ascend 910C", "H100"),
    ("en", ("Tencent bought 900 Orvex 7 accelerators from Kelvor, which runs faster than AMD's MI300X. Kelvor shipped "
            "the accelerators in May."), "Orvex 7", "MI300X"),
    ("fr", ("Baidu a commandé 1 600 puces Ascend 910C à Huawei, moins puissantes que les A100 de Nvidia. Huawei "
            "livrera ces puces en juin."), "Ascend 910C", "A100"),
])
def test_a_point_of_comparison_is_no_antecedent(facts_of, lang, text, model, compared):
    """'the chips' in the next sentence are the ones ordered, not the product they were compared with."""
    facts = facts_of(text, lang)
    delivered = [f for f in facts if f.relation == "delivered"]
    assert delivered and all(f.product and model in f.product for f in delivered), _said(facts)
    assert not [f for f in facts if f.relation in ("supplies", "delivered") and f.product == compared], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,status", [
    ("Kelvor was to ship the whole batch of boards to Baidu before December.", "planned"),
    ("Samsung is to supply OLED panels to Apple for its next phones.", "planned"),
    ("Samsung was the first to deliver HBM3E chips to Nvidia.", "asserted"),  # 'the first to': no plan
])
def test_be_to_is_an_arrangement(facts_of, text, status):
    facts = facts_of(text, "en")
    supplies = [f for f in facts if f.relation == "supplies"]
    assert supplies and {f.status for f in supplies} == {status}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Rather than relying on Nvidia, Tencent bought 5,000 accelerators from Kelvor."),
    ("en", "Instead of buying GPUs from Nvidia, the startup Orbix ordered 2,000 chips from Kelvor."),
    ("fr", "Au lieu d'acheter des GPU à Nvidia, la start-up Orbix a commandé 2 000 puces à Kelvor."),
])
def test_a_trade_said_not_to_happen_makes_no_fact(facts_of, lang, text):
    """'rather than relying on X', 'au lieu d'acheter à X': X is what the buyer turned away from."""
    facts = facts_of(text, lang)
    sellers = {s for s, _ in _supplies(facts)}
    assert "Kelvor" in sellers and "Nvidia" not in sellers, _said(facts)
    assert not [f for f in facts if f.relation == "ordered" and "Nvidia" in (f.object or "")], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("en", "Apple and Samsung make their own processors."),
    ("fr", "Apple et Samsung conçoivent leurs propres processeurs."),
    ("en", "Nvidia sells its GPUs to Microsoft and Meta, which also make their own chips."),
    ("fr", "Nvidia vend ses GPU à Microsoft et Meta, qui conçoivent aussi leurs propres puces."),
])
def test_their_own_after_a_group_is_each_ones_own(facts_of, lang, text):
    """'their own processors' after 'Apple and Samsung': Samsung makes none of Apple's; nor do Microsoft and Meta,
    in a relative clause, make Nvidia's."""
    facts = facts_of(text, lang)
    assert not {("Samsung", "Apple"), ("Microsoft", "Nvidia"), ("Meta", "Nvidia")} & _supplies(facts), _said(facts)
    assert not [f for f in facts if any(n in (f.product or "") + (f.object or "") for n in ("Apple", "Nvidia"))
                and f.subject not in ("Apple", "Nvidia") and f.relation in ("manufactures", "supplies")], _said(facts)


@pytest.mark.slow
def test_enough_is_no_part_of_the_goods(facts_of):
    facts = facts_of("Ford secured enough semiconductors from GlobalFoundries for its plants.", "en")
    goods = {f.object for f in facts if f.relation == "ordered"} | {f.product for f in facts if f.relation == "supplies"}
    assert goods == {"semiconductors"}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,made", [
    ("en", "Kelvor is struggling to produce Orbix's Zeta chip.", True),
    ("fr", "Kelvor peine à fournir assez de puces HBM à Orbix.", True),  # supplies, not enough
    ("en", "Kelvor has struggled to supply HBM3E chips to Orbix.", False),  # not yet a supplier
    ("fr", "Kelvor peine à fournir Orbix.", False),
    ("en", "Orbix is struggling to buy enough GPUs from Kelvor.", False),  # a buyer's difficulty: nothing bought
    ("fr", "Orbix peine à acheter des puces à Kelvor.", False),
])
def test_a_difficulty_holds_back_buying_not_making(facts_of, lang, text, made):
    """A maker that struggles to make still makes; a buyer that struggles to buy has bought nothing."""
    facts = facts_of(text, lang)
    assert (("Kelvor", "Orbix") in _supplies(facts)) is made, _said(facts)


@pytest.mark.slow
def test_a_hedge_on_the_verb_of_a_noun_reaches_its_complement(facts_of):
    """A conditional on the verb a noun hangs on ('aurait des soucis pour fabriquer') reaches the noun's complement."""
    facts = facts_of("Kelvor connaîtrait des difficultés pour fabriquer les puces d’Orbix.", "fr")
    supplies = [f for f in facts if f.relation == "supplies"]
    assert supplies and {f.status for f in supplies} == {"rumoured"}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Kelvor produit les puces d'Orbix.", "Les puces d'Orbix sont produites par Kelvor."])
def test_a_french_name_tagged_as_a_noun_is_still_a_vendor(facts_of, text):
    """The French model tags a name it never saw as a common noun, and its NER takes 'puces d'Orbix' for a place."""
    facts = facts_of(text, "fr")
    assert ("Kelvor", "Orbix") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,buyers", [
    ("fr", "Orbix, Tencent et Baidu ont commandé des puces à Kelvor.", {"Orbix", "Tencent", "Baidu"}),
    ("fr", "Kelvor fournit Orbix, Tencent et Baidu en puces HBM.", {"Orbix", "Tencent", "Baidu"}),
    ("fr", "Kelvor compte parmi ses clients Orbix, Tencent et Baidu.", {"Orbix", "Tencent", "Baidu"}),
    ("en", "Kelvor supplies Orbix, Tencent and Baidu with chips.", {"Orbix", "Tencent", "Baidu"}),
])
def test_a_name_listed_with_companies_is_a_company(facts_of, lang, text, buyers):
    """A name no list knows, which the tagger reads as a noun or a verb, coordinated with companies."""
    facts = facts_of(text, lang)
    assert {(s, b) for s, b in _supplies(facts) if s == "Kelvor"} == {("Kelvor", b) for b in buyers}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,relation", [
    ("Kelvor supplies Orbix with HBM chips.", "supplies"),
    ("Zentek ships wafers to Orbix.", "delivered"),
    ("Zentek ships 300 racks to Orbix.", "delivered"),
    ("Zentek ships wafers to Orbix, which uses them in its servers.", "delivered"),  # a verb after the comma
    ("Kelvor ships HBM to Orbix, Kowalski said.", "delivered"),
])
def test_an_unknown_name_before_a_trade_verb_is_its_subject(facts_of, text, relation):
    """The English tagger reads an unknown first word as a verb, or 'Zentek ships' as a noun phrase."""
    facts = facts_of(text, "en")
    assert [f for f in facts if f.relation == relation and f.object == "Orbix"], _said(facts)


@pytest.mark.slow
def test_a_noun_phrase_with_a_verb_of_its_own_is_left_as_parsed(facts_of):
    facts = facts_of("Zentek supplies dwindled in May, Orbix said.", "en")
    assert not _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text", [
    ("fr", "Le groupe taïwanais Zentek a livré 3 000 serveurs à Orbix."),  # 'Orbix' tagged a noun, under 'serveurs'
    ("fr", "Orbix est devenu le premier client de Zentek."),  # 'client' parsed as a second subject of 'devenu'
    ("fr", "Orbix s'est tourné vers Zentek pour le packaging avancé."),  # 'pour ...' hung on the name
    ("en", "Zentek is the sole supplier of the memory used in Orbix's servers."),
    ("en", "Zentek is the main supplier of the wafers used by Orbix."),
])
def test_unknown_names_in_plain_trade_sentences(facts_of, lang, text):
    """Names no list knows, where the small models misparse the sentence around them."""
    facts = facts_of(text, lang)
    assert ("Zentek", "Orbix") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    ("fr", "Renault a choisi les puces Snapdragon de Qualcomm pour ses voitures.", ("Qualcomm", "Renault")),
    ("fr", "Meta a opté pour les accélérateurs MI450 d'AMD pour ses nouveaux centres de données.", ("AMD", "Meta")),
    ("en", "Foxconn began mass production of GB300 servers for Microsoft in May.", ("Foxconn", "Microsoft")),
])
def test_a_maker_named_on_the_chosen_or_produced_goods(facts_of, lang, text, pair):
    """The owner of 'les puces Snapdragon de Qualcomm' hangs on the product's name; 'production of X for Y'."""
    facts = facts_of(text, lang)
    assert pair in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,customers", [
    ("en", "Kelvor has agreed with Orbix and Zentek to provide them with LPDDR6 memory next year.", {"Orbix", "Zentek"}),
    ("fr", "Kelvor a accepté de fournir des puces DRAM à Orbix.", {"Orbix"}),
])
def test_an_agreement_to_supply_is_planned_for_each_partner(facts_of, lang, text, customers):
    """'agreed with X and Y to supply': each partner is supplied, and the supply is an arrangement."""
    facts = facts_of(text, lang)
    supplies = [f for f in facts if f.relation == "supplies" and f.subject == "Kelvor"]
    assert {f.object for f in supplies} == customers and {f.status for f in supplies} == {"planned"}, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,ranked", [
    ("Orbix will rank as Zentek's number-two customer, behind Tencent and ahead of Baidu.", {"Orbix", "Tencent", "Baidu"}),
    ("Orbix is now Zentek's largest customer, ahead of Tencent.", {"Orbix", "Tencent"}),
])
def test_a_customer_ranked_behind_is_a_customer_too(facts_of, text, ranked):
    facts = facts_of(text, "en")
    assert {b for s, b in _supplies(facts) if s == "Zentek"} == ranked, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,customer,suppliers", [
    ("fr", ("Orbix fait appel à des fournisseurs asiatiques pour ses composants. Les fournisseurs asiatiques sont "
            "Luxshare et Goertek."), "Orbix", {"Luxshare", "Goertek"}),
    ("en", "Orbix relies on Chinese suppliers for its headset. These suppliers are Luxshare and Goertek.", "Orbix",
     {"Luxshare", "Goertek"}),
    ("fr", "Apple lance l'iPhone 17. Les fournisseurs taïwanais sont Foxconn et Pegatron.", "Apple", {"Foxconn", "Pegatron"}),
    ("en", "Nvidia unveiled the Rubin GPU. The memory suppliers are SK Hynix and Samsung.", "Nvidia", {"SK Hynix", "Samsung"}),
    # the previous subject as such is no customer: here it is the suppliers' rival
    ("en", "Samsung lost market share in HBM last year. The leading suppliers are SK Hynix and Micron.", "Samsung", set()),
    ("en", "Kelvor is a major chip supplier. The other suppliers are Zentek and Ibiden.", "Kelvor", set()),
    ("en", "Orbix reported record sales. Suppliers are Luxshare and Goertek, analysts say.", "Orbix", set()),  # no 'the'
])
def test_the_suppliers_of_what_the_article_is_about(facts_of, lang, text, customer, suppliers):
    """A definite supplier noun that says nothing of whose: the suppliers just mentioned unnamed, or the device's."""
    facts = facts_of(text, lang)
    assert {s for s, b in _supplies(facts) if b == customer} == suppliers, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,pair", [
    ("SMIC compte Huawei au nombre de ses clients.", ("SMIC", "Huawei")),  # 'au nombre de' read as 'parmi'
    ("Orbix a procédé à l'achat de 300 serveurs auprès de Dell.", ("Dell", "Orbix")),  # a light verb before 'achat'
])
def test_french_idioms_of_customers_and_purchases(facts_of, text, pair):
    facts = facts_of(text, "fr")
    assert pair in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,pair", [
    ("Qualcomm fournit déjà des puces à General Motors. L'américain a conclu un accord avec Renault.", ("Qualcomm", "Renault")),
    ("L'américain Cree fournit des plaquettes à Infineon.", ("Cree", "Infineon")),  # the name, not a description
    ("L'usine de Foxconn au Mexique tourne. Le Taïwanais a remporté un contrat pour assembler des serveurs pour Orvane.",
     ("Foxconn", "Orvane")),  # capitalised, as French writes a nationality that stands for someone
    ("Le Taïwanais Foxconn a remporté un contrat pour assembler des serveurs pour Orvane.", ("Foxconn", "Orvane")),
])
def test_a_french_demonym_noun_is_a_company_of_that_country(facts_of, text, pair):
    facts = facts_of(text, "fr")
    assert pair in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,pairs", [
    ("Meta a opté pour Kelvor pour ses centres de données.", {("Kelvor", "Meta")}),
    ("Orbix a opté pour un partenariat avec Kelvor.", set()),  # what is opted for is no company
])
def test_opting_for_a_company_buys_from_it(facts_of, text, pairs):
    facts = facts_of(text, "fr")
    assert _supplies(facts) == pairs, _said(facts)


@pytest.mark.slow
def test_a_supplier_noun_with_a_customer_still_presents_its_goods(facts_of):
    """'the dominant supplier of X used in Y's chips': Y is supplied, and the supplier makes X, as with no customer."""
    facts = facts_of("Zentek, the dominant supplier of package substrates used in Orbix's chips, is adding capacity.", "en")
    assert ("Zentek", "Orbix") in _supplies(facts), _said(facts)
    assert [f for f in facts if f.relation == "manufactures" and f.subject == "Zentek"], _said(facts)


@pytest.mark.parametrize("text,second", [
    ("Zentek ships wafers to Orbix.", "VERB"),
    ("Zentek supplies dwindled in May, Orbix said.", "NOUN"),  # the clause has its own verb: left as parsed
    ("Zentek ships were delayed in May.", "NOUN"),
    ("Dell sources from Micron and SK Hynix.", "VERB"),  # one known name before the -s form, read as a noun
    ("Dell supplies were short in May.", "NOUN"),  # a noun after all: the sentence has its verb
])
def test_the_name_before_a_trade_verb_repair_on_the_parse(text, second):
    from supplykg.extract.lang import get_language
    from supplykg.extract.pipeline import load_pipeline
    from supplykg.extract.repair import repair
    doc = load_pipeline("en")(text)
    repair(doc, get_language("en"))
    assert doc[1].pos_ == second and (second == "NOUN" or doc[0].dep_ == "nsubj"), [(t.text, t.pos_, t.dep_) for t in doc]


@pytest.mark.slow
def test_a_passive_order_with_its_own_agent_borrows_no_party(facts_of):
    facts = facts_of("Veltrix bought 8,000 Nvidia GPUs. Many more GPUs will be ordered by other clouds.", "en")
    assert ("Nvidia", "supplies", "Veltrix", "asserted") in {(f.subject, f.relation, f.object, f.status) for f in facts}
    assert not [f for f in facts if f.status == "planned"], [(f.subject, f.relation, f.object) for f in facts]


@pytest.mark.slow
@pytest.mark.parametrize("text,customers", [
    ("Veltrix supplies chips to Lloyd and Intex.", ["Intex", "Lloyd"]),  # 'Intex': no word the model knows
    ("Kelvor already manufactures televisions for Orvane and Brio.", ["Brio", "Orvane"]),
    ("Veltrix supplies chips to Procter and Gamble.", ["Procter and Gamble"]),  # two words: one name
    ("Kelvor has won contracts from Lloyd, Intex and Toshiba.", ["Intex", "Lloyd", "Toshiba"]),  # NER: 'Lloyd, Intex'
])
def test_two_names_that_ner_took_as_one(facts_of, text, customers):
    facts = facts_of(text, "en")
    assert sorted(f.object for f in facts if f.relation == "supplies") == customers, _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,lang,supplier,buyer", [
    ("Orvane Systems bought 12,000 H100 GPUs for its new cluster last year.", "en", "Nvidia", "Orvane Systems"),
    ("Brio Cloud a acheté 4 000 accélérateurs MI300X pour son centre de calcul.", "fr", "AMD", "Brio Cloud"),
])
def test_a_named_product_bought_from_no_one_named_comes_from_its_maker(facts_of, text, lang, supplier, buyer):
    """The guidelines' seller 'the text directly implies': a model the lexicon knows the maker of, bought in an
    article that never names that maker."""
    facts = facts_of(text, lang)
    assert (supplier, buyer) in _supplies(facts), _said(facts)
    assert [f for f in facts if f.relation == "ordered" and f.supplier == supplier], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Orvane bought 3,000 GPUs for its new cluster.",  # no model, no maker: who sold them is not said
    "Orvane used 3,000 H100 GPUs to train its model.",  # using is not buying
])
def test_no_implied_seller_without_a_purchase_of_a_known_model(facts_of, text):
    facts = facts_of(text, "en")
    assert not _supplies(facts), _said(facts)


@pytest.mark.slow
def test_the_pair_layer_scores_a_name_no_list_knows(facts_of):
    """No rule reads 'reserved most of its output for Apple's orders'; the pair layer does, also for an unknown name."""
    facts = facts_of("Brevanne a réservé l'essentiel de sa production de puces mémoire aux commandes d'Apple.", "fr")
    assert ("Brevanne", "Apple") in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,status", [
    ("en", "Orvane has ordered 300 locomotives from Kelvor. Deliveries will start in 2027.", "planned"),
    ("en", "Orvane has ordered 300 locomotives from Kelvor. The first deliveries began in March.", "asserted"),
    ("fr", "Orvane a commandé 15 rames à Kelvor. Les premières livraisons sont prévues en 2029.", "planned"),
    # two sentences back, a relative clause of its own, goods named by their type
    ("en", ("Orvane has ordered 300 locomotives from Kelvor. The contract runs for ten years. Delivery, which is part "
            "of the order, will begin in 2027."), "planned"),
    ("fr", ("Orvane a commandé 200 radars à Kelvor. La livraison des premiers équipements aura lieu en 2027."), "planned"),
])
def test_deliveries_with_no_party_after_an_order_deliver_it(facts_of, lang, text, status):
    facts = facts_of(text, lang)
    assert ("Kelvor", "delivered", "Orvane", status) in {(f.subject, f.relation, f.object, f.status) for f in facts}, \
        _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Orvane has ordered 300 locomotives from Kelvor. Deliveries of trucks fell in May.",  # goods of their own
    "Orvane has ordered 300 locomotives from Kelvor. Global deliveries of locomotives fell in May.",  # the market's
    "Orvane has ordered 300 locomotives from Kelvor. Its deliveries will start in 2027.",  # a party of their own
    "Deliveries will start in 2027.",  # no order told before
])
def test_deliveries_of_something_else_deliver_no_order(facts_of, text):
    facts = facts_of(text, "en")
    assert not [f for f in facts if f.relation == "delivered" and f.object == "Orvane"], _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,present,absent", [
    ("Les fournisseurs de HP, comme Micron ou Samsung, ont augmenté leurs prix.",
     {("Micron", "HP"), ("Samsung", "HP")}, {("HP", "HP")}),
    # after a name that is no complement, 'comme' still joins the names: all three buy
    ("Apple, comme Samsung et Xiaomi, achète des puces à TSMC.", {("TSMC", "Apple"), ("TSMC", "Samsung")}, set()),
])
def test_examples_after_a_nouns_complement_are_a_list_of_their_own(facts_of, text, present, absent):
    """'les fournisseurs de HP, comme Micron ou Samsung': HP is the suppliers' customer, not one of the examples."""
    facts = facts_of(text, "fr")
    assert present <= _supplies(facts) and not absent & _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,pair", [
    # the trade noun introduces an unknown name once; later it opens a sentence the parser reads as a noun phrase
    ("fr", ("La start-up Qorvane et le constructeur Balmoral ont été fondés à Lyon. "
            "Qorvane compte Balmoral parmi ses principaux clients."), ("Qorvane", "Balmoral")),
    ("fr", ("La start-up Qorvane et le constructeur Balmoral ont été fondés à Lyon. "
            "Balmoral a sélectionné Qorvane comme fournisseur de ses cellules de batterie."), ("Qorvane", "Balmoral")),
    # a legal suffix introduces it; the bare name follows (a control: read before, and still)
    ("fr", ("L'équipementier Qorvane SA vend des capteurs. Balmoral s'approvisionne auprès de Qorvane pour ses "
            "processeurs."), ("Qorvane", "Balmoral")),
    ("en", "Qorvane Inc. makes radar modules. Balmoral has become one of Qorvane's biggest customers.",
     ("Qorvane", "Balmoral")),
])
def test_a_company_the_article_introduces_is_masked_wherever_it_recurs(facts_of, lang, text, pair):
    """A name no list knows, introduced by its trade ('le constructeur Balmoral') or a legal suffix, is masked like
    a known company's in every sentence, so that the parser reads those sentences as it reads one about a known
    company (to the French model, 'Balmoral' alone is an adjective)."""
    facts = facts_of(text, lang)
    assert pair in _supplies(facts), _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("text,doer,other", [
    ("Orvane subcontracted with Telvix to supply 400 radar modules.", "Telvix", "Orvane"),
    ("Orvane contracted Telvix to supply 400 radar modules.", "Telvix", "Orvane"),  # the object: as before
    # who contracts with a customer to supply does it itself
    ("Telvix has contracted with Orvane to supply radar modules for its new frigates.", "Telvix", "Orvane"),
])
def test_who_is_subcontracted_with_to_supply_does_it(facts_of, text, doer, other):
    """'subcontracted with Telvix to supply': the party the subcontract binds does what the infinitive says (cues
    ``contract_control``, ``contract_preps``); before, the subcontractor was read as the supplier."""
    facts = facts_of(text, "en")
    makers = {f.subject for f in facts if f.relation in ("supplies", "manufactures")}
    assert doer in makers and other not in makers, _said(facts)


def _parsed(rows):
    """A French Doc as the parser left it: rows of (word, lemma, pos, dep, head's index)."""
    from spacy.tokens import Doc
    from supplykg.extract.pipeline import load_pipeline
    words, lemmas, pos, deps, heads = zip(*rows)
    return Doc(load_pipeline("fr").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps),
               heads=list(heads))


@pytest.mark.parametrize("rows,word,pos,dep", [
    # 'Michelin a retenu Michelin pour graver ses puces': an infinitive tagged a noun after 'pour'
    ([("Michelin", "Michelin", "PROPN", "nsubj", 2), ("a", "avoir", "AUX", "aux:tense", 2),
      ("retenu", "retenir", "VERB", "ROOT", 2), ("Michelin", "Michelin", "PROPN", "obj", 2),
      ("pour", "pour", "ADP", "case", 5), ("graver", "graver", "NOUN", "advcl", 2), ("ses", "son", "DET", "det", 7),
      ("puces", "puce", "NOUN", "obj", 5)], "graver", "VERB", "advcl"),
    # 'Michelin a pour actionnaire le fonds Michelin': a noun of that shape, no verb
    ([("Michelin", "Michelin", "PROPN", "nsubj", 1), ("a", "avoir", "VERB", "ROOT", 1),
      ("pour", "pour", "ADP", "case", 3), ("actionnaire", "actionnaire", "NOUN", "obl", 1), ("le", "le", "DET", "det", 5),
      ("fonds", "fonds", "NOUN", "obj", 1)], "actionnaire", "NOUN", "obl"),
    # '... pour papier recyclé': a noun after all (no determiner follows)
    ([("Michelin", "Michelin", "PROPN", "nsubj", 1), ("opte", "opter", "VERB", "ROOT", 1),
      ("pour", "pour", "ADP", "case", 3), ("papier", "papier", "NOUN", "obl", 1),
      ("recyclé", "recycler", "ADJ", "amod", 3)], "papier", "NOUN", "obl"),
    # 'Michelin équipe les voitures de Michelin': a second subject after the verb is its object
    ([("Michelin", "Michelin", "PROPN", "nsubj", 1), ("équipe", "équiper", "VERB", "ROOT", 1),
      ("les", "le", "DET", "det", 3), ("voitures", "voiture", "NOUN", "nsubj", 1), ("de", "de", "ADP", "case", 5),
      ("Michelin", "Michelin", "PROPN", "nmod", 3)], "voitures", "NOUN", "obj"),
    # 'Michelin affirme le directeur': a speech verb's subject may follow it
    ([("Michelin", "Michelin", "PROPN", "nsubj", 1), ("affirme", "affirmer", "VERB", "ROOT", 1),
      ("le", "le", "DET", "det", 3), ("directeur", "directeur", "NOUN", "nsubj", 1)], "directeur", "NOUN", "nsubj"),
])
def test_french_parse_repairs_of_infinitives_and_objects(rows, word, pos, dep):
    from supplykg.extract.lang import get_language
    from supplykg.extract.repair import repair
    doc = _parsed(rows)
    repair(doc, get_language("fr"))
    t = next(t for t in doc if t.text == word)
    assert (t.pos_, t.dep_) == (pos, dep), [(x.text, x.pos_, x.dep_) for x in doc]
    if pos == "VERB" and doc[t.i - 1].text == "pour":
        assert doc[t.i - 1].dep_ == "mark" and "Inf" in t.morph.get("VerbForm")  # the infinitive's own mark



@pytest.mark.slow
def test_a_car_model_is_its_makers_product_not_a_company(facts_of):
    facts = facts_of("CATL fournit les batteries de la Model Y de Tesla.", "fr")
    assert ("CATL", "Tesla") in _supplies(facts) and not [f for f in facts if "Model" in (f.subject, f.object)], \
        _said(facts)


@pytest.mark.slow
@pytest.mark.parametrize("lang,text,shipped", [
    ("fr", "Kelvor, qui fournit à Orvane les trois capteurs de son téléphone, a annoncé un accord.", False),
    ("en", "Kelvor supplied the two chips of the phone to Orvane.", False),
    ("fr", "Kelvor fournira à Orvane 3 millions de capteurs.", True),  # units: a shipment, as before
    ("en", "Kelvor supplied 20,000 chips to Orvane.", True),
])
def test_goods_counted_after_a_definite_article_are_no_shipment(facts_of, lang, text, shipped):
    """'les trois capteurs de son téléphone' counts the kinds of a known set; '3 millions de capteurs' counts units."""
    facts = facts_of(text, lang)
    assert ("Kelvor", "Orvane") in _supplies(facts), _said(facts)
    assert bool([f for f in facts if f.relation == "delivered"]) == shipped, _said(facts)


@pytest.mark.slow
def test_one_word_in_scare_quotes_is_parsed_without_them(facts_of):
    """'Le « fondeur », ainsi qu'on désigne ...': the quotes broke the parse, and only the pair model, not the rules,
    read the customers the sentence lists."""
    facts = facts_of("TSMC domine son marché. Le « fondeur », ainsi qu'on désigne ces entreprises, produit des puces "
                     "pour 400 clients, dont Qualcomm et Nvidia.", "fr")
    ruled = {(f.subject, f.object) for f in facts if f.relation == "supplies" and not (f.rule or "").startswith("learned")}
    assert ("TSMC", "Qualcomm") in ruled and ("TSMC", "Nvidia") in ruled, _said(facts)


def test_a_noun_of_a_relative_clause_gives_the_verb_its_subject_back():
    """'Kelvor, which holds 90 percent of the panel output, is the only supplier': as the English parser may leave it,
    'output' the subject of 'is' and the name hung on it; the repair makes the name the subject again."""
    from spacy.tokens import Doc
    from supplykg.extract.lang import get_language
    from supplykg.extract.pipeline import load_pipeline
    from supplykg.extract.repair import repair
    rows = [("Kelvor", "Kelvor", "PROPN", "nsubj", 11), (",", ",", "PUNCT", "punct", 0), ("which", "which", "PRON", "nsubj", 3),
            ("holds", "hold", "VERB", "relcl", 0), ("90", "90", "NUM", "nummod", 5), ("percent", "percent", "NOUN", "dobj", 3),
            ("of", "of", "ADP", "prep", 5), ("the", "the", "DET", "det", 8), ("panel", "panel", "NOUN", "pobj", 6),
            ("output", "output", "NOUN", "nsubj", 11), (",", ",", "PUNCT", "punct", 11), ("is", "be", "AUX", "ROOT", 11),
            ("the", "the", "DET", "det", 14), ("only", "only", "ADJ", "amod", 14), ("supplier", "supplier", "NOUN", "attr", 11)]
    words, lemmas, pos, deps, heads = zip(*rows)
    doc = Doc(load_pipeline("en").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos), deps=list(deps),
              heads=list(heads))
    doc[0].head = doc[9]  # the misreading: the name under the noun the parser took for the subject
    doc[0].dep_ = "compound"
    repair(doc, get_language("en"))
    assert (doc[0].head.i, doc[0].dep_) == (11, "nsubj"), [(t.text, t.dep_, t.head.i) for t in doc]
    assert doc[9].dep_ != "nsubj" and doc[9].head.i == 3


@pytest.mark.parametrize("text,evoked", [
    ("Orvane buys sensors. Short supply led Brio to look to makers such as Kelvor, the sources indicated.", False),
    ("Apple's main battery supplier, Kelvor, said it will double output.", True),  # a supplier that speaks
])
def test_sources_that_say_evoke_no_supply(text, evoked, monkeypatch):
    """'the sources indicated', news attribution: the word 'source' as the subject of a verb of saying evokes no supply frame (the
    grammar's not_head with 'self'); 'supplier' as that subject still does."""
    from supplykg.extract import extract_text
    from supplykg.extract import frames as F
    from supplykg.extract.lexicon import fold
    seen = []
    original = F.FactBuilder.sentence

    def sentence(self, frames, refs, s, e):
        seen.extend((f.rule.id, fold(f.trigger.lemma_)) for f in frames)
        return original(self, frames, refs, s, e)

    monkeypatch.setattr(F.FactBuilder, "sentence", sentence)
    extract_text(text, "en", date="2025-06")
    assert any(rule == "supply.supplier" and lemma in ("source", "supplier") for rule, lemma in seen) == evoked, seen



def test_a_denied_sale_says_nothing_of_who_makes_the_goods(facts_of):
    """'buys HBM not from Samsung but from SK Hynix' denies a sale, not Samsung's making of HBM."""
    facts = facts_of("Orvane buys HBM not from Samsung but from SK Hynix.", "en")
    assert not [f for f in facts if f.relation == "manufactures" and f.status == "denied"], _said(facts)
    assert ("SK Hynix", "Orvane") in _supplies(facts), _said(facts)


@pytest.mark.parametrize("named,person,expected", [
    ("Foxconn", False, "Foxconn"),  # 'The move hurts Foxconn. The company ...': the one company just named
    ("O'Brien", True, "Qualcomm"),  # '"...," O'Brien said. The company ...': a person's surname, not the company
])
def test_the_company_after_a_sentence_that_named_one(named, person, expected):
    """'The company', after a sentence whose subject is no company and that named one company only, is that company
    rather than the lede's subject; unless that name is the surname of a person the article named in full."""
    from supplykg.extract.entities import Discourse
    from supplykg.extract.lang import get_language
    from supplykg.extract.lexicon import get_lexicon
    from supplykg.extract.mentions import COMPANY, Mention
    disc = Discourse(get_lexicon(), get_language("en"))
    lede = disc.entity(Mention(0, 8, "Qualcomm", "Qualcomm", COMPANY))
    disc.begin()
    disc.end(lede, [lede], [])
    if person:
        disc.people.append("Jeremy O'Brien")
    other = disc.entity(Mention(40, 40 + len(named), named, named, COMPANY, source="role"))
    disc.begin()
    disc.end(None, [other], [])
    assert disc.describe([], set(), None, set()).name == expected


def test_blank_runs_left_by_ticker_debris_are_parsed_as_one_space():
    """'Kelvor <300750.SZ> said': the code is blanked (offsets kept), and the run of blanks it leaves is read by the
    parser as one space, not as a token of its own that it would hang between the name and its verb."""
    from supplykg.extract.extractor import RuleExtractor
    from supplykg.extract.model import Article
    text = "China's largest battery maker Kelvor <300750.SZ> said it will ship cells to Volvo."
    prepared = RuleExtractor("en")._prepare(Article(id="t", text=text, lang="en", date="2025-01-01"))
    assert "  " not in prepared.masked and not any(t.is_space for t in prepared.doc), prepared.masked

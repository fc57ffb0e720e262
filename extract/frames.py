"""Layers 4 and 5: from filled frames to facts — role checks, direction, qualifiers, implications.

Each frame kind has one builder that states what the annotation guidelines make of it:

- an **order** gives ``ordered`` (buyer -> goods, with the seller as ``supplier``) and, when
  the seller is known, ``supplies`` (seller -> buyer);
- a **delivery** gives ``delivered`` and ``supplies``;
- **supply** statements give ``supplies`` (and ``manufactures`` when a company supplies a
  product to nobody named: it sells it);
- **making** gives ``manufactures``; made *for* a company, or made by a foundry or an
  assembler for the product's designer, it also gives ``supplies``;
- **use** gives ``uses`` (and ``supplies`` only when the text names where it comes from);
- **ownership** gives ``parent_of``; an **export control** gives ``restricts_export``;
- a **deal** between two companies gives ``supplies`` in the direction its words, the
  goods' maker or the parties' places in the supply chain give.

Roles are checked here too: the two parties differ, a government or a source is never a
party. Quantities, money, dates and status come from :mod:`qualifiers`, read in the
trigger's clause. Every fact records the rule that made it.
"""
from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from supplykg.extract.engine import Engine, Frame
from supplykg.extract.entities import (
    OBJ_DEPS,
    SUBJ_DEPS,
    Discourse,
    Entity,
    Refs,
    kinds_compatible,
    known,
)
from supplykg.extract.grammar import Rule
from supplykg.extract.lang import LanguageData
from supplykg.extract.lexicon import alternation, fold
from supplykg.extract.mentions import COMPANY, GOVERNMENT, PRODUCT, Mention
from supplykg.extract.model import Article, Fact
from supplykg.extract.pairs import RULE_ID, PairLayer, common_head
from supplykg.extract.parsing import feature, is_possessive, plural
from supplykg.extract.products import NODE, unmade
from supplykg.extract.qualifiers import (
    count_before,
    date_expressions,
    find_money,
    find_quantities,
    find_status,
    has_negation,
    nearest_date,
    said_as_future,
    undone_stop,
)
from supplykg.extract.syntax import (
    case_markers,
    counted,
    named_as_owner,
    preposition_by_adverb,
)

NAME = "supplykg-rules"
# Places in the supply chain, upstream first: in a deal between two companies the upstream one supplies.
TIER = {"materials": 0, "equipment": 0, "eda": 0, "ip": 1, "foundry": 1, "memory": 1, "osat": 2, "idm": 2,
        "chip_designer": 2, "distributor": 3, "odm_ems": 3, "server_oem": 4, "cloud": 5, "telecom": 6,
        "device_maker": 6, "automaker": 6, "auto_supplier": 5, "hyperscaler": 6, "ai_lab": 7, "internet": 7,
        "industrial": 6, "defence": 6, "investor": 8, "conglomerate": 4, "energy": 6, "network_equipment": 3, "battery": 4, "display": 3,
        "public_body": 9}


# the rule of the facts the pair model reads (:mod:`pairs`): told less plainly than by any rule
LEARNED = Rule(id=RULE_ID, frame="supply", trigger=None, roles={}, cue="learned", confidence=0.5)
_CONTRACT_MAKERS = {"foundry", "odm_ems", "osat"}  # they make other companies' products
_CALLED_CHIPS = {"gpu", "cpu"}  # kinds an article may go on to call just 'chips' (not a GPU for a CPU)
# the trades whose companies make goods of a kind, where the kind says it plainly (a GPU may be anyone's design)
_MAKER_TRADES = {"memory": {"memory"}, "storage": {"memory"}, "tool": {"equipment"}, "wafer": {"materials"},
                 "material": {"materials"}, "node": {"foundry"}, "packaging": {"osat", "foundry"}}
_TRADE_FRAMES = frozenset({"order", "supply", "delivery", "deal", "make"})  # not use, ownership, export control


_PURPOSE_DEPS = ("advcl", "xcomp", "acl")  # a clause of purpose under a deal's noun or verb
_CHIP_TRADES = frozenset({"foundry", "memory", "chip_designer", "osat", "idm", "ip", "eda", "equipment", "materials"})


_END_BUYERS = frozenset({"telecom", "automaker", "hyperscaler", "ai_lab", "internet"})


def _parent(e: Entity) -> str | None:
    """The parent company the lexicon gives ``e``."""
    return e.info.parent if e.info is not None else None


def _trades(e: Entity) -> set[str]:
    """A company's trades: the lexicon's, else those the article gave it."""
    return set(e.info.roles) if e.info is not None and e.info.roles else set(e.roles)


def _end_buyer(e: Entity) -> bool:
    """A company whose trades are all at the end of the chain, buying its goods (an operator, a carmaker)."""
    trades = _trades(e)
    return bool(trades) and trades <= _END_BUYERS


def _chip_side(e: Entity) -> bool:
    """A company whose trades are all on the chip side of the chain (foundry, memory, designer, packager), none
    of them assembling devices."""
    trades = _trades(e)
    return bool(trades) and trades <= _CHIP_TRADES


def _contract_trade(e: Entity) -> bool:
    """Whether one of a company's trades is making other companies' products (foundry, assembler, packager)."""
    return bool(set(e.roles) & _CONTRACT_MAKERS)


_SERVED_TRADES = frozenset({"chip_designer", "device_maker", "hyperscaler", "cloud", "ai_lab", "automaker", "auto_supplier",
                            "server_oem", "internet", "telecom", "network_equipment", "industrial", "defence"})


_DESIGNERS = frozenset({"chip_designer", "idm"})  # chip firms that sell their own designs, not a service to peers


def _main_trade(e: Entity) -> str | None:
    """A company's main trade: its first role in the lexicon, or None for a company no list knows."""
    return e.info.roles[0] if e.info is not None and e.info.roles else None


def _clause_of_its_own(v) -> bool:
    """Whether verb ``v`` heads a clause of its own: a noun subject of its own, or a participle on a noun ('les
    régulateurs ayant validé'); not an infinitive, whatever subject the parser gave it."""
    if v.pos_ not in ("VERB", "AUX") or "Inf" in v.morph.get("VerbForm") \
            or any(c.dep_ in ("aux", "mark") and c.lower_ == "to" for c in v.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.pos_ != "PRON" for c in v.children) \
        or v.dep_.startswith("acl") and v.head.pos_ in ("NOUN", "PROPN")


def _makes_chips_for(a: Entity, b: Entity) -> bool:
    """Whether ``a``'s main trade is a foundry's or a packager's and ``b``'s one that buys chips made for it (a
    designer, a device or car maker, a cloud): not 'Amkor and TSMC', not an EDA or IP vendor, an investor or a
    utility, not Samsung or Intel, whose main trade is another."""
    # (a company no list knows may be anything: a logistics firm, a utility, a supplier of masks)
    return _main_trade(a) in ("foundry", "osat") and _main_trade(b) in _SERVED_TRADES


def _listed_by_commas(a, b, refs: Refs) -> bool:
    """Whether only commas, 'and', 'et' and other company names stand between two names: items of one list, which
    supply one another no more than 'Qualcomm, Nvidia, AMD' do."""
    lo, hi = sorted((a.i, b.i))
    between = refs.tokens[lo + 1:hi]
    return bool(between) and all(x.text == "," or fold(x.text) in ("and", "et", "&") or (
        (m := refs.mention(x)) is not None and m.kind == COMPANY) for x in between) and any(x.text == "," for x in between)


_BRANDS = frozenset({"device_maker", "chip_designer", "server_oem", "automaker", "hyperscaler"})


def _hands_out(maker: Entity, client: Entity) -> bool:
    """Whether ``maker`` is a brand that has its products made and ``client`` an assembler or foundry that makes
    other companies' products, and not the other way round too: a contract to make goes from the brand to the
    assembler, so a reading with the assembler handing the making to the brand has its roles backwards."""
    return _contract_trade(client) and not _contract_trade(maker) and bool(set(maker.roles) & _BRANDS)


def _head_word(name: str) -> str:
    """The last word of an English product name, folded and in the singular ('Orvane batteries' -> 'battery')."""
    words = fold(name).split()
    w = words[-1] if words else ""
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w


_PART_TYPES = frozenset({"component", "chip", "memory", "gpu", "cpu", "accelerator", "sensor", "wafer", "material", "modem",
                         "display", "storage", "packaging"})  # what the maker of an end product buys


def _names_only(refs: Refs, parties: list[Entity]) -> bool:
    """Whether the sentence names no company but ``parties`` (the other side of their trade is then told by the
    article, not the sentence)."""
    for m in refs.mentions:
        if m.kind != COMPANY or refs.entity_of(m) in parties:
            continue
        h = refs.head(m)
        if h is None or h.dep_ not in ("poss", "nmod:poss") or refs.refer(h.head, COMPANY, want_group=False) == []:
            return False  # (but "Huawei's spin-off Honor" names Honor)
    return True


def _tier(e: Entity) -> int | None:
    """Where a company's main trade sits in the supply chain: its first role in the lexicon, else its lowest."""
    if e.info is not None and e.info.roles and e.info.roles[0] in TIER:
        return TIER[e.info.roles[0]]
    return min((TIER[r] for r in e.roles if r in TIER), default=None)


def _said_as(t, words: Container[str]) -> bool:
    """Whether a word's lemma or form is one of ``words`` (the French lemmatiser leaves 'cherche' as it is)."""
    return fold(t.lemma_) in words or fold(t.text) in words


class FactBuilder:
    """Collects the facts of one article from its frames, sentence by sentence."""

    def __init__(self, article: Article, text: str, lang: LanguageData, disc: Discourse, engine: Engine,
                 pairs: PairLayer | None = None) -> None:
        self.article = article
        self.pairs = pairs
        self.text = text
        self.lang = lang
        self.disc = disc
        self.engine = engine
        self.facts: list[Fact] = []
        self.told: dict[tuple[str, str], tuple[int, float]] = {}  # how plainly each supply was told: see merge
        self.sentence_facts: list[list[int]] = []
        self.orders: list[tuple[list[Entity], list[Entity], list[Entity]]] = []  # buyers, sellers, goods
        self.trades: list[tuple[int, list[Entity], list[Entity]]] = []  # sentence, buyers, sellers of orders and deals
        self.purchases: list[tuple[int, list[Entity], list[Entity]]] = []  # sentence, buyers, goods: no seller named
        self.shipments: list[tuple[int, list[Entity], list[Entity]]] = []  # sentence, shippers, goods of deliveries
        self.customers_told: list[tuple[int, Entity, Entity]] = []  # sentence, supplier, customer of supplies
        self.open_deals: list[tuple[int, Entity, Entity]] = []  # sentence, parties of deals that said no direction
        self.sentence_makers: dict[str, str] = {}  # products a possessive of this sentence gives a maker
        self.frames_now: list[Frame] = []  # the frames of the sentence being read
        self.sentence_dates: dict[tuple[int, int, bool], list[tuple[int, str]]] = {}  # see _dates
        self.head_types = frozenset(fold(v[0]) for v in lang.cue("product_heads").values())  # 'chips', 'servers'
        self.typed_goods: dict[str, tuple[Entity, str | None]] = {}  # 'Samsung chips' -> (Samsung, 'chip'): see specify
        self.implied_makers: dict[str, Entity] = {}  # makers of named goods the article does not name: see _vendor

    # ---------------------------------------------------------------- sentence
    def sentence(self, frames: list[Frame], refs: Refs, s: int, e: int) -> None:
        first = len(self.facts)
        self.first = first
        self.sentence_makers: dict[str, str] = {}
        self.made_here: dict[Entity, list[Entity]] = {}  # goods a participle of this sentence says who made
        self.sentence_dates = {}
        self.sentence_orders: list[tuple[Frame, list[Entity], list[Entity], list[Entity]]] = []
        self.respective_held: set[tuple[str, str]] = set()  # pairs 'respectively' rules out (see _respective)
        # makers named by a possessive ('Apple's M5', 'Micron's HBM3E') first: the other frames rely on them
        # makers first: possessives ('Apple's M5'), then what the sentence says is made by whom ('... made by X')
        # deals last: what the sentence says outright ('under which GlobalWafers will provide Samsung wafers')
        # directs the deal before its words do
        self.frames_now = frames
        self.attempts = {id(f) for f in frames if self._attempt(f)}  # 'competing to supply': tried for, not done
        # an order noun the seller's phrasing took ('Kelvor got orders for wafers from Orvane') has that seller in every
        # rule that reads it, not the goods' maker where a buyer-side rule names no seller
        won = {fr.trigger.i: fr for fr in frames if fr.frame == "order" and fr.roles.get("seller") and fr.roles.get("buyer")
               and fr.trigger.pos_ in ("NOUN", "PROPN") and "@subj" in fr.via.get("seller", "")}
        for frame in frames:
            if frame.frame == "order" and frame.trigger.i in won and not frame.roles.get("seller"):
                seller_side = won[frame.trigger.i]
                frame.roles["seller"] = list(seller_side.roles["seller"])
                frame.via["seller"] = seller_side.via["seller"]
                frame.tokens["seller"] = list(seller_side.tokens.get("seller", []))
        for frame in sorted(frames, key=lambda fr: (fr.rule.cue != "possessive", fr.frame != "make", fr.frame == "deal")):
            if self._hypothetical(frame.trigger, frame):
                continue  # '... n'a pas pu dire s'il utiliserait des puces Huawei', 'whether it would buy'
            if id(frame) in self.attempts and (frame.frame in ("supply", "delivery") or frame.frame == "order"
                                               and frame.trigger.pos_ in ("NOUN", "PROPN")):
                continue
            if self._money_traded(frame, refs):
                continue  # 'secured US$76M from a bank', 'a obtenu 50 millions d'euros de X': money raised, no goods
            getattr(self, f"_{frame.frame}")(frame, refs, s, e)
        self._deal_orders(frames, refs, s, e)
        if self.pairs is not None:
            self._learned(refs, s, e, frames)
        self._drop_vague_restrictions(first)
        self._drop_possessive_customers(first)
        self._denials(refs)
        self.sentence_facts.append(list(range(first, len(self.facts))))

    def _learned(self, refs: Refs, s: int, e: int, frames: list[Frame]) -> None:
        """Supplies the pair model reads between companies the rules left alone (:mod:`pairs`): two companies
        that fill roles of one frame, or of frames about the same goods, are the rules' ('Nvidia uses
        Samsung's HBM3E' is no supply by the guidelines), whatever fact the frames gave. In a sentence whose
        frames are all trades (orders, supplies, deliveries, deals, making), a pair they gave no fact about is
        the model's again: the frame found the two but could not tell which way the goods go."""
        groups = []  # the companies of each frame, and of the frames that share goods ('Nvidia uses Samsung's HBM3E')
        by_goods: dict[int, set[str]] = {}
        made: set[tuple[int, str]] = set()  # goods and the makers their name or a making frame gives
        traded: dict[int, set[str]] = {}  # goods and the parties of the frames that sell, ship or buy them
        for f in frames:
            names = {fold(x.name) for ents in f.roles.values() for x in ents if x.kind == COMPANY}
            groups.append(names)
            for g in f.roles.get("goods", []):
                # (and the maker their name gives: 'deploy thousands of Boston Dynamics robots' is the rules')
                by_goods.setdefault(id(g), set()).update(names | ({fold(g.maker)} if g.maker else set()))
                if f.frame in ("supply", "delivery", "order"):
                    traded.setdefault(id(g), set()).update(names)
                makers = {fold(g.maker)} if g.maker else set()
                if f.frame == "make" and not f.via.get("maker", "~").startswith("~"):  # (written on them, not near)
                    makers |= {fold(x.name) for x in f.roles.get("maker", []) if x.kind == COMPANY}
                for m in makers:
                    made.add((id(g), m))
        made_pairs = {(a, m) for key, m in made for a in traded.get(key, ()) if a != m}
        made_pairs |= {(m, a) for a, m in made_pairs}
        covered = {(a, b) for names in groups + list(by_goods.values()) for a in names for b in names if a != b}
        if all(f.frame in _TRADE_FRAMES for f in frames):
            told = {(fold(x.subject), fold(x.object)) for x in self.facts[self.first:]}
            # a trade the text says did not happen ('needs to find', 'hard ... to secure') stays the rules' own
            held = {(a, b) for f, names in zip(frames, groups) if self._hypothetical(f.trigger) or id(f) in self.attempts
                    for a in names for b in names if a != b}
            everyone = set().union(*groups) if groups else set()
            for f in frames:  # 'X beat Y in the race to supply Z': no company of the sentence supplies Z for the model
                if id(f) in self.attempts:
                    for c in f.roles.get("customer", []) + f.roles.get("recipient", []):
                        held |= {(a, fold(c.name)) for a in everyone} | {(fold(c.name), a) for a in everyone}
            covered = {(a, b) for a, b in covered if (a, b) in told or (b, a) in told or (a, b) in held or (a, b) in made_pairs}
            # ('Avnet vend les FPGA d'AMD': the maker named on the goods a frame trades is the rules' even when they
            # gave no fact about the two)
            covered |= self.respective_held  # 'A and B supply C and D, respectively': not A to D
        believed = self.pairs.pairs(refs, self.facts[self.first:], covered)
        if not believed:
            return
        # a pair the rules told earlier in the article about goods this sentence names again is the same trade
        # told again ('Micron would supply HBM3E to Nvidia. Micron and Nvidia met about HBM3E.'): the rules' stands
        here = {fold(x.name) for m in refs.mentions if m.kind == PRODUCT and (x := refs.entity_of(m)) is not None}
        retold = {(fold(f.subject), fold(f.object)) for f in self.facts[:self.first]
                  if f.relation == "supplies" and f.rule != LEARNED.id and f.product and fold(f.product) in here}
        # a customer the rules gave a supplier in this sentence: another supplier the model reads for it must be
        # listed with that one ('SK Hynix, which competes with Samsung, was the sole supplier of HBM to Nvidia',
        # 'TSMC has customers such as Apple, while Samsung has yet to win such clients': not Samsung's customers)
        sourced: dict[str, set[str]] = {}
        for x in self.facts[self.first:]:
            if x.relation == "supplies" and x.rule != LEARNED.id:
                sourced.setdefault(fold(x.object), set()).add(fold(x.subject))
        for c, p in believed:
            if (fold(c.supplier.name), fold(c.customer.name)) in retold:
                continue
            if _listed_by_commas(c.a, c.b, refs):
                continue  # 'pour ses 400 clients, dont Qualcomm, Nvidia, AMD, Micron': one list
            ts, tc = _tier(c.supplier), _tier(c.customer)
            if ts is not None and tc is not None and (ts > tc or ts == tc and _main_trade(c.supplier) in _DESIGNERS):
                # the model reads goods going up the chain ('a server maker supplies Nvidia', 'Honor supplies Huawei'),
                # or from one chip designer to another, named as rivals ('exclude players like Intel'; a packager
                # serves designers of its own tier): the rules alone may say so
                continue
            others = sourced.get(fold(c.customer.name), set()) - {fold(c.supplier.name)}
            if others and not others & {fold(x.name) for x in refs.refer(c.a, COMPANY)}:
                continue
            trigger = c.a if c.a.head.i == c.a.i else c.a.head
            if self._hypothetical(trigger):
                continue
            f = Frame(rule=LEARNED, trigger=trigger, roles={"seller": [c.supplier], "buyer": [c.customer]},
                      sentence=self.disc.sentence)
            q = self._qualify(f, refs, s, e, [])
            head = common_head(c.a, c.b)
            if head is not None and head.i != trigger.i and self._clause_status(refs, s, head) == "denied":
                q["status"] = "denied"  # 'Apple n'achètera pas les puces du chinois YMTC': the clause of both names
            self._emit(f, refs, "supplies", c.supplier, c.customer.name, "Company", q, conf=p)

    def _drop_vague_restrictions(self, first: int) -> None:
        """'tightened export controls, adding Naura to the list': the named target says more than 'chips'."""
        vague = self._vague_target()
        named = {f.subject for f in self.facts[first:] if f.relation == "restricts_export" and f.object != vague}
        self.facts[first:] = [f for f in self.facts[first:]
                              if not (f.relation == "restricts_export" and f.object == vague and f.subject in named)]

    def _drop_possessive_customers(self, first: int) -> None:
        """'le principal fournisseur de mémoire HBM d'AMD': the possessive names the customer of the goods,
        not their maker, when the goods are a kind many companies make ('Apple's A18' stays Apple's)."""
        served = {(f.object, f.product) for f in self.facts[first:] if f.relation == "supplies"}
        self.facts[first:] = [f for f in self.facts[first:] if not (
            f.relation == "manufactures" and f.rule.endswith(".possessive") and (f.subject, f.object) in served
            and self._makerless_family(f.object))]

    def _makerless_family(self, name: str) -> bool:
        """A product kind many companies make ('HBM', 'SiC wafers'), not one company's model ('A18')."""
        info = self.disc.lex.product(name)
        return info is not None and not info.maker

    def _vague_target(self) -> str:
        """What a restriction that names no goods restricts ('durcit ses contrôles à l'exportation')."""
        return self.lang.cue("restricted_goods_unnamed")

    # --------------------------------------------------------------- builders
    def _order(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        buyers, sellers, goods = f.roles.get("buyer", []), f.roles.get("seller", []), f.roles.get("goods", [])
        if f.rule.id == "order.pay" and len(goods) == len(f.tokens.get("goods", [])):
            # 'pour chaque téléphone vendu, X verserait 20 dollars à Y pour ses capteurs': a rate per unit of a device
            # names what the payment is counted by, not what it buys (cue distributive_words)
            each = self.lang.words("distributive_words")
            goods = [g for g, t in zip(goods, f.tokens["goods"]) if not (hasattr(t, "children") and any(
                c.dep_ == "det" and fold(c.text) in each for c in t.children))]
        if f.via.get("buyer", "").startswith((">relcl", ">acl:relcl")) and any(
                c.dep_ in ("relcl", "acl:relcl", "acl") and has_negation(c, self.lang) for c in refs.children(f.trigger)):
            return  # 'la commande que Kelvora n'a pas passée auprès de Nvidia': an order not placed (told no further)
        if f.rule.id == "order.noun.handled" and any((ts := _tier(s_)) is not None and (tb := _tier(b)) is not None
                                                     and ts > tb for s_ in sellers for b in buyers):
            return  # 'Apple suspended orders from TSMC': a buyer downstream of the other halts its own buying
        if f.rule.id == "order.award" and buyers and sellers and all(_hands_out(s_, b) for s_ in sellers for b in buyers):
            buyers, sellers = sellers, buyers  # as for make.entrust: the brand awards, the assembler is awarded
        if f.rule.id == "order.account" and sellers:
            share = self._share_of(f)
            if share == "other":
                return  # a share of something else ('of the market', 'of its workforce')
            if share == "supply":  # 'Samsung accounts for 30% of Nvidia's HBM supply': sold to Nvidia
                buyers, sellers = sellers, buyers
            elif len(buyers) == len(sellers) == 1 and fold(f.tokens["seller"][0].head.lemma_) in self.lang.words(
                    "two_way_share_nouns") and (tb := _tier(buyers[0])) is not None \
                    and (ts := _tier(sellers[0])) is not None and ts - tb >= 2:
                # 'Nokia made up a third of Orange's business': a share of a business is of what the
                # owner sells or of what it buys; an operator does not sell to its equipment maker
                buyers, sellers = sellers, buyers
        if f.rule.cue == "covers":  # 'The deal includes the Blackwell and Rubin chips'
            counted = self._numbered_goods(f, refs)
            goods = [g for g in goods if g.kind == "Product" and (not self._bare(g) or g.name in counted)]
            buyers, sellers = self._last_trade(f)
            if not buyers:  # 'Stellantis signed chip purchase contracts ... they cover SiC chips': no seller named
                buyers = next((b for n, b, _ in reversed(self.purchases) if n >= f.sentence - 1), [])
            if not buyers:
                # 'Kelvor will supply Orvane with radar modules. The contract covers 128 modules': the supply told just
                # before, if one company made it to one customer
                told = self._told_before(f)
                if len(told) == 1:
                    sellers, buyers = [told[0][0]], [told[0][1]]
            if not goods or not buyers:
                return
        if f.rule.id == "order.invest":
            # 'invests $2bn in 500 Kelvor servers': in servers, not in a product called Kelvor
            goods = [g for g in goods if g.kind == PRODUCT and (g.generic or self.disc.lex.product(g.name))]
        if not buyers and not sellers and goods and f.trigger.pos_ == "VERB" and self.engine.is_passive(f.trigger, refs) \
                and not self.engine.agents(f.trigger, refs):
            # 'Another 4,000 GPUs have been ordered': an order with no party, of goods of the kind traded just before
            buyers, sellers = self._trade_of_kind(f, goods)
        if f.rule.id == "order.noun.won" and sellers and goods and self._buys_tools(goods, sellers) and (
                not buyers or f.via.get("buyer", "").endswith("@maker")):
            # 'TSMC has also secured orders for these systems' (ASML's): it buys them, from their maker
            buyers, sellers = sellers, []
        if f.rule.id == "order.noun.won" and any(fold(getattr(t, "lemma_", "")) in self.lang.words("rivalry_words")
                                                 for t in f.tokens.get("buyer", [])):
            return  # 'took business from a rival': what is won from a rival is its share, not an order
        if f.rule.id == "order.noun.won" and len(sellers) == 1 and len(buyers) == 1 and goods \
                and sellers[0].info is not None and self._makes_kind(buyers[0], goods) \
                and not self._makes_kind(sellers[0], goods) and self._goods_head_the_order(f, refs):
            # 'Broadcom secures HBM order from SK Hynix': of the two, the one whose trade makes such goods sells
            # them (not 'Tokyo Electron secured etch tool orders from Kioxia')
            buyers, sellers = sellers, buyers
        if f.via.get("buyer") == "@poss" and self._received(f.trigger) and (
                any(b in sellers for b in buyers) or any(getattr(t, "pos_", "") in ("PRON", "DET") for t in f.tokens.get("buyer", []))
                or any(c.dep_ in ("acl", "relcl", "xcomp") for c in refs.children(f.trigger))):
            return  # 'Besi received its first orders from Micron': who receives orders sells (order.noun.won), and
            # 'won Brio's contract to supply X to Y' is Brio's place as supplier; but 'Ericsson won China Mobile's
            # contract for radios' names the buyer
        if _said_as(f.trigger, self.lang.words("inventory_verbs")):
            if any(c.dep_ in ("obj", "dobj") and _said_as(c, self.lang.words("backlog_nouns"))
                   for c in refs.children(f.trigger)):
                return  # 'Kelvor accumule un carnet de commandes record': who piles up orders fills them, it buys nothing
            if buyers and goods and not sellers and all(self._makes_kind(b, goods) for b in buyers):
                # 'the DDR3 chips stockpiled by the chipmaker': a maker's stock of its own kind of goods, no order (not
                # 'Samsung stockpiled HBM chips from SK Hynix')
                return
        if f.rule.id == "order.ask.deploy":
            # 'Nvidia chose CoreWeave to deploy its first Blackwell systems': what the asker owns or makes is
            # deployed for it, not bought
            names = {b.name for b in buyers}
            goods = [g for t, g in zip(f.tokens.get("goods", []), goods) if self._maker_name(g) not in names
                     and not (hasattr(t, "children") and any(is_possessive(c) for c in refs.children(t)))]
            if not goods:
                return
        if buyers and not sellers and self._orders_received(f, refs, buyers):
            focus = self._sole_focus(set(buyers))
            sellers = [focus] if focus is not None else []
        if not buyers and sellers and goods:
            buyers = self._bound_buyers(f, refs, sellers)
        if not buyers and sellers:
            buyers, goods = self._recent_buyers(f, refs, sellers, goods)
        if not buyers and sellers and self._orphan_order(f, refs, sellers):
            focus = self.disc.focus(exclude=set(sellers))
            buyers = [focus] if focus is not None else []
            last = self.disc.last_product() if not goods else None
            goods = goods or ([last] if last is not None and self._maker_name(last) in (None, *(b.name for b in buyers))
                              else [])  # '300 000 unités supplémentaires': of the focus's goods just named
        held, units = f.tokens.get("goods", []), self.lang.words("units")
        if goods and f.trigger.pos_ == "VERB" and held and all(
                hasattr(t, "i") and refs.company_noun(t) and not any(c.dep_ == "nummod" or fold(t.lemma_) in units and (
                    m := refs.mention(c)) is not None and m.kind == "Product" and not m.generic for c in t.children)
                for t in held):
            return  # 'the bankrupt DRAM chipmaker should be acquired by Micron': a company is bought, not its goods
            # (not 'ordered H20 units': units of a named product)
        sellers = [x for x in sellers if x not in buyers]
        counted = self._counted_names(f, refs) if sellers else {}
        sellers += self._split_sellers(counted, sellers, buyers)
        if f.rule.id == "order.verb" and f.via.get("seller", "").endswith("@obj @poss") and (
                not any(g.kind == "Product" for g in goods) or any(self._maker_name(g) for g in goods)):
            # 'signed with Supermicro to purchase Nvidia's B300': the possessor of goods with a maker makes them, and
            # who sells them is the deal's partner, else their maker; only goods of no maker ('TSMC's packaging
            # capacity') are bought from their possessor, and no possession that is no goods ('Intel's stock')
            sellers = []
        if len(buyers) == 1 and len(sellers) == 1 and self._pronouns(f, "buyer", "seller"):
            tb, ts = _tier(buyers[0]), _tier(sellers[0])
            if tb is not None and ts is not None and ts > tb:
                # 'Nvidia investit dans Nebius pour qu'il lui achète des puces': two pronouns, and the reading
                # that has the cloud sell chips to the chip designer is the wrong one
                buyers, sellers = sellers, buyers
        if not goods and f.via.get("seller", "").startswith("<acl,advcl"):
            return  # 'en discussions avec SoftBank pour acheter Ampere': what talks buy with no goods named is a company
        node = not goods and self._node_goods(f, refs)
        if node:
            goods = node  # "Broadcom's 5nm orders", 'ses commandes en 5 nm': chips of that process
            buyers = [b for b in buyers if "foundry" not in b.roles]  # a foundry sells a node's chips
        if not buyers or not (goods or sellers):
            return
        if not any(g.kind == "Product" and not g.generic for g in goods) and any(
                c.dep_ in ("dobj", "obj") and (m := refs.mention(c)) is not None and m.kind == "Company"
                and c not in f.tokens.get("seller", []) for c in f.trigger.children):
            return  # 'Infineon bought GaN Systems': an acquisition (the own rules), not an order (but 'contracted
            # Nokia to install base stations' asks its object to sell)
        goods = self._anaphoric_goods(goods, sellers, buyers, f, refs)
        devices = [g for g in goods if g.ptype == "device" and any(self._maker_name(g) == b.name for b in buyers)]
        if devices and len(devices) < len(goods):
            goods = [g for g in goods if g not in devices]  # 'orders for OLED panels for the iPhone': where they go
        own = {b.name for b in buyers if goods and all((g.maker or self.disc.lex.maker_of(g.name)) == b.name for g in goods)}
        if own and f.rule.cue != "contract":
            if not sellers and not (all(g.ptype == "device" for g in goods) and f.via.get("buyer") != "@poss"):
                # 'orders for Nvidia's H20': the maker of the goods sells them, it does not buy them (a brand that
                # places orders for its own devices orders them from the assemblers: 'Apple a passé commande pour 90
                # millions d'iPhone'; not 'Orvane's phone orders rose', its buyers' orders)
                buyers = [b for b in buyers if b.name not in own]
                if not buyers:
                    return
            elif ("@subj" in f.via.get("seller", "") or any(g.ptype == "device" or g.generic for g in goods)) \
                    and not self._assembled(sellers, goods):
                # 'won an order from AMD for the MI300': parts for the buyer's own product; 'se fournit chez
                # Sony pour ses iPhone': what the parts go into; 'Apple buys its modems from Qualcomm': no product
                # of Apple's, whatever the possessive says
                goods = []
            # else 'Nvidia placed orders for H20 chips with TSMC': its own named chips, made for it by the seller
        if not sellers and f.trigger.pos_ == "VERB":
            # 'Orvane signed an agreement with Brio to buy the boards': the deal's partner sells
            partner = self._deal_partner(f, refs, "buyer")
            sellers = [partner] if partner is not None and partner not in buyers else []
        if not sellers and f.trigger.pos_ == "VERB":
            sellers = self._other_party(f, refs, buyers)
        if not sellers and f.trigger.pos_ == "NOUN":  # "l'achat d'un parc de cartes de Nvidia": their vendor
            sellers = [e for c in refs.children(f.trigger) if refs.vendor_after_goods(c)
                       for e in refs.refer(c, "Company") if e not in buyers]
        if not sellers:
            sellers = self._vendor(goods, refs, exclude=buyers, implied=True)
        if not sellers and node:
            sellers = self._node_foundry(buyers)
        if not goods and sellers:  # 'ByteDance accounts for half of Cambricon's orders': of what Cambricon sells
            names = {x.name for x in sellers}
            goods = next(([p] for p in reversed(self.disc.products)
                          if self._maker_name(p) in names and p.last >= self.disc.sentence - 1), [])
        self.orders.append((buyers, sellers, goods))
        if sellers:
            self.trades.append((f.sentence, buyers, sellers))
        else:
            self.purchases.append((f.sentence, buyers, goods))
        self.sentence_orders.append((f, buyers, sellers, goods))
        q = self._qualify(f, refs, s, e, goods)
        split = self._split_counts(counted, sellers)
        licensed = self._licensed(f.trigger, refs)  # 'licences allowing Huawei to buy chips from X': a supply, no order
        own_sellers = self._sellers_of_goods(f, refs, goods, sellers)
        for b in buyers:
            for g in goods or [None]:
                # 'spending billions on Nvidia chips and AMD GPUs': goods named with their maker come from it alone
                # ('bought DRAM from Micron and Samsung': a kind many make comes from each seller, whoever the article
                # said makes it)
                many = g is not None and self._kind_of_many(g)
                sold_by = [sl for sl in sellers if self._maker_name(g) == sl.name] \
                    if g is not None and len(sellers) > 1 and not many else []
                sold_by = own_sellers.get(id(g)) or sold_by or sellers
                qg = q  # ('plus 8 spare blades from Brimco': the count before that seller is of those goods)
                if own_sellers and len(sold_by) == 1 and sold_by[0] in counted:
                    qg = {**q, "quantity": counted[sold_by[0]]}
                name = self._goods_name(g, sold_by)
                if g is not None and len(sold_by) > 1 and self._goods_name(g, sold_by[:1]) != name:
                    # 'plans to buy millions of GPUs from Nvidia and AMD': Nvidia GPUs and AMD GPUs, each from its maker
                    # ('four from Maxar and two from Northrop': each its own count)
                    for sl in sold_by:
                        each = self._goods_name(g, [sl])
                        qs = {**qg, "quantity": split[sl.name], "quantity_qualifier": "exact"} if split else qg
                        if not licensed:
                            self._emit(f, refs, "ordered", b, each, "Product", qs, supplier=sl.name)
                        self._emit(f, refs, "supplies", sl, b.name, "Company", qg, product=each)
                    continue
                if name and not (self._bare(g) and not sold_by and not self._counted_goods(f, refs)) and not licensed:
                    # 'ordered chips' from nobody: nothing; 'bought 5,000 GPUs' a counted purchase
                    self._emit(f, refs, "ordered", b, name, "Product", qg,
                               supplier=sold_by[0].name if len(sold_by) == 1 else None)
                for sl in sold_by:
                    self._emit(f, refs, "supplies", sl, b.name, "Company", qg, product=name)

    def _sellers_of_goods(self, f: Frame, refs: Refs, goods: list[Entity], sellers: list[Entity]) -> dict:
        """'ordered 20 turbines from Kelvor, plus 8 spare blades from Brimco': with several goods and sellers, goods
        whose own phrase names their seller come from it, and the others from the sellers no goods named (by
        ``id`` of the goods)."""
        if len(goods) < 2 or len(sellers) < 2:
            return {}
        names = {x.name: x for x in sellers}
        own: dict[int, list[Entity]] = {}
        for t, g in zip(f.tokens.get("goods", []), goods):
            below = [y for c in refs.children(t) if c.dep_ in ("prep", "nmod", "obl") for y in (c, *refs.children(c))]
            named = [names[m.name] for y in below if (m := refs.mention(y)) is not None and m.name in names]
            if named:
                own[id(g)] = named[:1]
        if not own:
            return {}
        claimed = {x.name for v in own.values() for x in v}
        rest = [x for x in sellers if x.name not in claimed]
        return {id(g): own.get(id(g)) or rest for g in goods if own.get(id(g)) or rest}

    @staticmethod
    def _assembled(sellers: list[Entity], goods: list[Entity]) -> bool:
        """Whether the goods are devices and every seller assembles devices for others ('Wistron received orders for
        the iPhone 17'): the assembler makes the brand's device itself, so the device is what the brand ordered."""
        return bool(goods) and all(g.ptype == "device" and not g.generic for g in goods) \
            and all("odm_ems" in x.roles for x in sellers)

    def _made_on_behalf(self, f: Frame, refs: Refs) -> bool:
        """Whether a making names its customer 'pour le compte de X' / 'on behalf of X', goods as what it makes (a
        goods noun as its object or passive subject: not 'l'usine a été construite par Vinci pour le compte de X'),
        and no subsidiary of the maker as the customer ('pour le compte de sa filiale X')."""
        via = f.via.get("customer", "")
        if not (via.startswith("@pp(pour) @poss") or "behalf" in via):
            return False
        made = [c for c in refs.children(f.trigger) if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]
        if not made or not all(refs.goods_noun(c) for c in made):
            return False
        units = self.lang.words("subsidiary_nouns")
        return not any(hasattr(t, "i") and (fold(t.lemma_) in units or fold(t.head.lemma_) in units or any(
            fold(c.lemma_) in units for c in refs.children(t))) for t in f.tokens.get("customer", []))

    def _counted_goods(self, f: Frame, refs: Refs) -> bool:
        """Whether the goods the frame reached carry a count of their own ('bought 5,000 GPUs', 'a commandé 20 000
        puces'; not 'bought 180 acres to make cells')."""
        return any(hasattr(t, "i") and counted(t, refs.children) for t in f.tokens.get("goods", []))

    def _money_traded(self, f: Frame, refs: Refs) -> bool:
        """Whether a verb of trade (an order, a supply, a delivery) that reached no goods has an amount of money as
        its object ('secured $76 million', 'a obtenu 50 millions d'euros', 'got $250 million from funds')."""
        p = refs.p
        if f.frame not in ("order", "supply", "delivery") or f.roles.get("goods") or f.trigger.pos_ != "VERB":
            return False
        # the object itself, not a noun a sum qualifies ('a notifié un contrat de 10 millions d'euros')
        return any(c.dep_ in ("dobj", "obj") and any(
            m.start <= p.pos(c) < m.end for m in find_money(p.text, p.pos(c.left_edge), p.end_pos(c.right_edge), self.lang))
            for c in f.trigger.children)

    def _sole_focus(self, exclude: set[Entity]) -> Entity | None:
        """The company the article is about, unless it shares the last sentences with a peer ('TSMC and Samsung
        expect demand to grow'): a group of them leaves no one company the other side of an unsaid trade."""
        focus = self.disc.focus(exclude=exclude)
        if focus is None or any(focus in g and len(g) > 1 for n, g in self.disc.groups if n >= self.disc.sentence - 1):
            return None
        return focus

    def _order_noun(self, t) -> bool:
        """Whether the trigger is the noun 'order' itself (cue order_nouns), not a deal or a purchase."""
        return t.pos_ == "NOUN" and fold(t.lemma_) in self.lang.words("order_nouns")

    def _orders_received(self, f: Frame, refs: Refs, buyers: list[Entity]) -> bool:
        """'Sales rose on orders from customers such as Kelvor and Brio': orders said from the buyers' side
        (cue ``from_words``), in a sentence that names no company but them, are orders the company the article is
        about received."""
        if not self._order_noun(f.trigger):
            return False
        held = f.tokens.get("buyer", [])
        if not held or not all(self._preposition(x) in self.lang.words("from_words") for x in held):
            return False
        return _names_only(refs, buyers)

    def _orphan_order(self, f: Frame, refs: Refs, sellers: list[Entity]) -> bool:
        """'Ce feu vert a débouché sur une commande de 200 000 puces auprès de TSMC': one order of a count, placed
        with a seller named by a word that only names sellers (cue ``seller_only_prepositions``), in a sentence that
        names no other company, is the order of the company the article is about."""
        if not self._order_noun(f.trigger):
            return False
        only = self.lang.words("seller_only_prepositions")
        if not any(self._preposition(x).split(" ")[0] in only for x in f.tokens.get("seller", [])):
            return False
        if not any(x.pos_ == "NUM" or x.like_num for x in f.trigger.subtree) or "Plur" in f.trigger.morph.get("Number"):
            return False  # one order of a count ('Les commandes de puces auprès de TSMC ont bondi' is no one's)
        return all(refs.entity_of(m) in sellers for m in refs.mentions if m.kind == COMPANY)

    def _licensed(self, t, refs: Refs) -> bool:
        """Whether a purchase is what a licence allows ('revoked licences allowing Huawei to buy chips from Qualcomm',
        'la licence autorise Orvane à acheter'; cue ``permission_verbs``): the trade it names, not an order placed."""
        if t.pos_ != "VERB" or t.dep_ not in ("xcomp", "ccomp", "advcl", "obl", "obl:arg") or t.head.i == t.i:
            return False
        allow = t.head
        if fold(allow.lemma_) not in self.lang.words("permission_verbs"):
            return False
        approvals = self.lang.words("approval_nouns")
        return fold(allow.head.lemma_) in approvals and allow.dep_ in ("acl", "relcl", "acl:relcl") or any(
            c.dep_.startswith("nsubj") and fold(c.lemma_) in approvals for c in refs.children(allow))

    def _counted_names(self, f: Frame, refs: Refs) -> dict[Entity, int]:
        """The companies of the trigger's clause that a count and a seller's preposition precede ('six from Kelvor
        and three from Brimco', 'quatre à Kelvor et deux à Brio'): each with its count (names no list knew, typed
        here). Not another verb's ('and Zentra bought 12 from Brimco')."""
        lo, hi = self.engine._clause(f.trigger, refs)
        verbs = [x.i for x in refs.tokens if x.pos_ == "VERB" and x.i != f.trigger.i]
        # the words that may stand between a count and its seller: the goods', the order verb and its auxiliaries
        held = [x for x in f.tokens.get("goods", []) if hasattr(x, "text")]
        aux = [c for c in refs.children(f.trigger) if c.dep_.startswith("aux")]
        allowed = {fold(w) for g in f.roles.get("goods", []) for w in g.name.split()} | {
            fold(x.text) for x in (f.trigger, *held, *aux)}
        out: dict[Entity, int] = {}
        for x in refs.tokens:
            m = refs.mention(x)
            if m is None and x.pos_ != "PROPN" or m is not None and m.kind != COMPANY \
                    or not lo <= refs.p.pos(x) - refs.start < hi \
                    or any(min(x.i, f.trigger.i) < v < max(x.i, f.trigger.i) for v in verbs):
                continue
            n = count_before(self.text, m.start if m is not None else refs.p.pos(x), self.lang, allowed)
            if n is None:
                continue
            e = refs.entity_of(m) if m is not None else refs.extra.get(x.i) or refs.unknown_company(x)
            if e is not None and e.kind == COMPANY:
                out.setdefault(e, n)
        return out

    @staticmethod
    def _split_sellers(counted: dict[Entity, int], sellers: list[Entity], buyers: list[Entity]) -> list[Entity]:
        """An order split between sellers whose first one has its count (``counted``: :meth:`_counted_names`): the
        other counted names are sellers too, where the parse lost them ('nine turbines, six from Kelvor and three
        from Brimco')."""
        if not any(x in counted for x in sellers):
            return []
        return [e for e in counted if e not in sellers and e not in buyers]

    @staticmethod
    def _split_counts(counted: dict[Entity, int], sellers: list[Entity]) -> dict[str, int]:
        """An order split between sellers, each with its count right before its name ('four satellites from Maxar
        and two from Northrop'): each seller's count, or nothing if one lacks it."""
        if len(sellers) < 2 or not all(x in counted for x in sellers):
            return {}
        return {x.name: counted[x] for x in sellers}

    def _recent_buyers(self, f: Frame, refs: Refs, sellers: list[Entity],
                       goods: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """'Orvane ordered six radars. Four radars were ordered from Kelvor': an order said in the passive with a
        seller and no agent, of goods of the kind a company bought from no one named within two sentences (or of
        goods a pronoun stands for, 'four of them', which are then those goods), is that company's order. Only a
        count or a definite phrase of goods ('Buses were ordered from X in record numbers' is no one's order), not
        denied ('None were ordered'), with no other party in the sentence ('for Zentra', 'par Zentra'), nothing
        ordered 'for' someone, and one such buyer only. The buyers and the goods."""
        t = f.trigger
        if t.pos_ != "VERB" or not self.engine.is_passive(t, refs) or self.engine.agents(t, refs):
            return [], goods
        held = [x for x in f.tokens.get("goods", []) if hasattr(x, "dep_")] or [
            c for c in refs.children(t) if c.dep_ in ("nsubjpass", "nsubj:pass")]
        if not held or not all(x.pos_ in ("PRON", "NUM") or any(c.dep_ in ("det", "nummod") for c in refs.children(x))
                               for x in held):
            return [], goods
        negative = self.lang.words("none_words")
        if any(fold(x.text) in negative for x in refs.tokens[:t.i + 1]) \
                or any(fold(c.text) in ("for", "pour") for c in refs.children(t)):
            return [], goods
        preps = self.lang.words("seller_prepositions")
        for x in refs.tokens:  # another party, named or not, but a seller of a split the parse lost ('three from Brimco')
            m = refs.mention(x)
            if m is not None and m.kind not in (COMPANY, GOVERNMENT) or m is None and x.pos_ != "PROPN" \
                    or x.i > 0 and refs.tokens[x.i - 1].pos_ == "PROPN" and refs.mention(refs.tokens[x.i - 1]) is m:
                continue
            after_seller_prep = x.i > 0 and fold(refs.tokens[x.i - 1].text) in preps
            if (m is None or refs.entity_of(m) not in sellers) and x.i != t.i \
                    and not after_seller_prep and refs.extra.get(x.i) not in sellers:
                return [], goods
        found: list[tuple[list[Entity], list[Entity]]] = []
        for n, buyers, bought in reversed(self.purchases):
            if n < f.sentence - 2:
                break
            cus = [b for b in buyers if b not in sellers]
            if cus and bought and (not goods or all(any(
                    g.ptype and g.ptype == x.ptype or _head_word(g.name) == _head_word(x.name) for x in bought)
                    for g in goods)) and all(cus != c for c, _ in found):
                found.append((cus, bought))
        return (found[0][0], goods or found[0][1]) if len(found) == 1 else ([], goods)

    def _goods_head_the_order(self, f: Frame, refs: Refs) -> bool:
        """Whether the goods are what the order is for, not a word qualifying it: 'an HBM order' (the name right
        before the order noun) or 'an order for HBM'; not 'HBM tester orders', 'an HBM4 IP order'."""
        t = f.trigger
        for g in f.tokens.get("goods", []):
            if not hasattr(g, "i"):
                return False
            m = refs.mention(g)
            if m is None:
                return False
            if g.dep_ == "pobj" and fold(g.head.text) in self.lang.words("goods_preps"):
                continue
            if not (refs.p.end_pos(g) <= refs.p.pos(t) and all(refs.mention(x) is m for x in refs.tokens[g.i:t.i])):
                return False
        return bool(f.tokens.get("goods"))

    @staticmethod
    def _makes_kind(company: Entity, goods: list[Entity]) -> bool:
        """Whether the company's main trade (its first role in the lexicon) is the one that makes goods of these
        kinds: memory makers for memory, toolmakers for tools, wafer makers for wafers."""
        trade = _main_trade(company)
        return trade is not None and all(g.ptype in _MAKER_TRADES and trade in _MAKER_TRADES[g.ptype] for g in goods)

    def _buys_tools(self, goods: list[Entity], winners: list[Entity]) -> bool:
        """Whether the companies that 'secured orders for' ``goods`` buy them: the goods are machines or tools whose
        maker is known and is none of them (nobody resells a lithography scanner; a foundry that wins orders
        for chips makes them)."""
        makers = {self._maker_name(g) for g in goods if g.ptype == "tool"}
        return bool(makers) and len(makers) == len(goods) and None not in makers \
            and not makers & {w.name for w in winners}

    def _node_goods(self, f: Frame, refs: Refs) -> list[Entity]:
        """The chips of a process node that the order's own phrase names ('its 5nm orders', 'orders for 7nm',
        'booked 7nm capacity', 'ses commandes en 5 nm'), as goods: the node alone is a process, not a product."""
        t = f.trigger
        phrase = list(t.subtree) if t.pos_ in ("NOUN", "PROPN") else [
            x for c in refs.children(t) if c.dep_ in ("dobj", "obj") for x in c.subtree]
        if not phrase or any(refs.mention(x) is not None and refs.mention(x).kind == PRODUCT for x in phrase):
            return []
        lo, hi = refs.p.pos(phrase[0]), refs.p.end_pos(phrase[-1])
        found = NODE.search(refs.p.text[lo:hi])
        if found is None:  # 'Orders for 7nm have ramped up with orders from AMD': the one node of the sentence
            lo, hi = refs.p.pos(refs.tokens[0]), refs.p.end_pos(refs.tokens[-1])
            nodes = list(NODE.finditer(refs.p.text[lo:hi]))
            if len({x.group(1) for x in nodes}) != 1:
                return []
            found = nodes[0]
        name = found.group(1).replace(",", ".") + "nm chips"
        m = Mention(lo + found.start(), lo + found.end(), found.group(0), name, PRODUCT, source="node", generic=True,
                    ptype="chip")
        return [self.disc.entity(m)]

    def _node_foundry(self, buyers: list[Entity]) -> list[Entity]:
        """The seller of a node's chips that the sentence leaves implicit ('Chip orders for 7nm have ramped up with
        orders from AMD'): the one foundry the article has named, if it has named only one."""
        foundries = [e for e in self.disc.companies() if "foundry" in e.roles and e not in buyers]
        return foundries if len(foundries) == 1 else []

    def _received(self, t) -> bool:
        """The order noun is what a verb of receiving takes ('received its first orders', 'a décroché ses commandes')."""
        return t.dep_ in ("dobj", "obj") and t.head.i != t.i \
            and fold(t.head.lemma_) in self.lang.words("order_receiving_verbs")

    def _share_of(self, f: Frame) -> str:
        """What a company's share is of ('accounts for half of X's revenue'): 'revenue' (X sells to the company,
        also a share of X's orders), 'supply' (X buys from it) or 'other'."""
        share = fold(f.tokens["seller"][0].head.lemma_)
        if share in self.lang.words("supply_share_nouns"):
            return "supply"
        return "revenue" if share in self.lang.words("revenue_nouns", "custom_nouns") else "other"

    def _recent_shipper(self, f: Frame, goods: list[Entity], rec: list[Entity]) -> list[Entity]:
        """'Nvidia will ship 260,000 GPUs to Korea. Naver Cloud will receive 60,000 chips.': a receipt of goods named
        only by their type, with no shipper, takes the shipper of goods of that kind told within two sentences (a
        shipment denied or ended tells no shipper)."""
        if not goods or not all(g.generic and g.maker is None for g in goods):
            return []
        kinds = {g.ptype for g in goods}
        for sentence, shippers, shipped in reversed(self.shipments):
            if sentence < f.sentence - 2:
                break
            told = {g.ptype for g in shipped}
            if kinds & told or "chip" in kinds and told & _CALLED_CHIPS:
                return [x for x in shippers if x not in rec]
        return []

    def _trade_of_kind(self, f: Frame, goods: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """The buyers and sellers of the trade told last, within two sentences, if it traded goods of the same kind
        as ``goods`` (empty lists otherwise)."""
        buyers, sellers = self._last_trade(f)
        traded = next((g for b, sl, g in reversed(self.orders) if b == buyers and sl == sellers), [])
        kinds = {g.ptype for g in traded if g.ptype}
        makers = {x.name for x in sellers} | {m for g in traded if (m := self._maker_name(g))}
        if any((m := self._maker_name(g)) and m not in makers for g in goods) or any(
                not g.generic and g not in traded for g in goods):
            return [], []  # 'Another 4,000 AMD GPUs have been ordered' after GPUs from Nvidia: another trade
        return (buyers, sellers) if kinds and all(g.ptype in kinds for g in goods) else ([], [])

    def _last_trade(self, f: Frame) -> tuple[list[Entity], list[Entity]]:
        """The buyers and sellers of the trade told last, within two sentences (empty lists if none)."""
        recent = [t for t in self.trades if t[0] >= f.sentence - 2]
        return (recent[-1][1], recent[-1][2]) if recent else ([], [])

    def _supply(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        sup, cus, goods = f.roles.get("supplier", []), f.roles.get("customer", []), f.roles.get("goods", [])
        if f.rule.id == "supply.lost_to":  # 'Intel lost the majority of its business to AMD': the loser is no customer
            losers = {x for c in refs.children(f.trigger) if c.dep_.startswith("nsubj") for x in refs.refer(c, "Company")}
            cus = [c for c in cus if c not in losers]
        if f.rule.id == "supply.supplier" and cus and not sup and f.via.get("customer") != "~topic_maker":
            # 'Apple relies on Chinese suppliers': whose they are, for 'the suppliers are X and Y' next (~topic_maker)
            self.disc.unnamed_suppliers = (self.disc.sentence, list(cus))
        if f.rule.id == "supply.choose_contract" and not self._equipment_network(f, refs, sup):
            return  # 'Orvane picked Kelvor for its network of distributors', 'pour son réseau commercial'
        if f.rule.id == "supply.choose_goods" and any(g.ptype == "device" for g in goods):
            return  # 'Qualcomm chose Samsung's Galaxy S25 to launch its chip': a showcase, not a part bought
        if f.rule.id == "supply.chosen" and any(
                self._maker_name(g) == c.name and (_tier(c) or _MAKER_TIER + 1) <= _MAKER_TIER for c in cus
                for o in self.engine.objects(f.trigger, refs) for g in refs.refer(o, PRODUCT)):
            # 'Nvidia chose CoreWeave to deploy its Blackwell systems': who deploys a maker's own goods buys them
            # (not 'Bouygues a choisi Huawei pour installer ses antennes', an operator's antennas)
            return
        earned = "customer" if f.rule.id == "supply.revenue_from" else \
            "supplier" if f.rule.id == "supply.provenance" and self._earned(f) else None
        if earned:
            # where revenue comes from is a customer named as such ('from Dell', 'from two cloud providers'), not a
            # unit of the company's own ('from its Orvane unit', 'de sa filiale Orvane') nor a thing ('from TSMC's
            # capacity')
            reached = f.tokens.get(earned, [])
            kept = f.roles.get(earned, []) if reached and all(self._named_party(t, refs) for t in reached) else []
            sup, cus = (sup, kept) if earned == "customer" else (kept, cus)
        if f.rule.id == "supply.services" and self._makes_with_it(f.trigger, refs, sup):
            return  # 'will use Micron's 40nm process to produce DRAM': a licence, not a supply
        if f.rule.cue == "installed" and not any(refs.goods_noun(x) for x in self.engine.objects(f.trigger, refs)):
            return  # 'les ingénieurs de Kelvor sont installés dans les bureaux de Nvidia': people, not goods
        if not self._taker_clause_ok(f, "customer", refs):
            cus = []
        if f.rule.id == "supply.allocate":
            cus = [c for c in cus if not _contract_trade(c)]  # 'dedicated its production to Foxconn': outsourced
        if f.rule.cue == "relational" and self._replaced_as(f.trigger):
            return  # 'X replaced Y as Z's largest customer': the supply.replace rules read who supplies whom
        cus = [c for c in cus if c not in sup]
        upstream = self._partner_upstream(f, refs, sup, cus)
        if upstream:
            sup, cus = upstream, sup  # 'Orange signed a deal with Nokia to provide radio equipment': Nokia provides it
        labels = {t.i for t in f.tokens.get("customer", []) if hasattr(t, "i") and refs.company_noun(t)}
        if labels and f.via.get("goods") == f.via.get("customer"):
            # 'supply the largest PC maker with ...': the product that labels the customer is its trade, not goods
            goods = [g for g, t in zip(goods, f.tokens.get("goods", [])) if getattr(t, "i", None) not in labels
                     and getattr(getattr(t, "head", None), "i", None) not in labels]
        if f.trigger.pos_ in ("NOUN", "PROPN"):  # 'providers including AWS and Google': not a supply between them
            cus = [c for c in cus if not any(refs.listed_together(c, x) for x in sup)]
        if f.trigger.pos_ == "VERB" and (self._earned(f) or f.rule.cue == "rely" and self._relies_on_custom(f)):
            # 'TSMC gets 25% of its revenue from Apple', 'both depend heavily on Apple's orders': where revenue or
            # orders come from buys
            sup, cus, goods = cus, sup, []
        if f.via.get("customer") == "@obj" and not any(fold(c.text) in ("with", "en", "de") for c in f.trigger.children) \
                and not self.engine.is_passive(f.trigger, refs):  # ('Orvane is supplied by Kelvora': its subject)
            # 'Samsung is supplying CIS for its phones': an object no layer typed, written as an acronym, is the goods,
            # unless 'with' says the object is the customer ('supplies Veltrix with chips'); a name no list knows is
            # the customer ('stopped supplying Orbanex')
            typed = {refs.extra[t.i] for t in f.tokens.get("customer", []) if t.i in refs.extra
                     and (re.fullmatch(r"[A-Z0-9-]{2,6}s?", t.text)
                          or any(c.dep_ in ("det", "amod") for c in refs.children(t)))}  # ('équipera la future Mégane')
            cus = [c for c in cus if c not in typed]
        if f.rule.cue == "winner" and not cus and self.orders:
            cus = [b for b in self.orders[-1][0] if b not in sup]  # 'les gagnants de ces accords sont X et Y'
            goods = goods or self.orders[-1][2]
        if not sup and cus and goods and f.rule.cue == "rely":
            # 'leans on its in-house accelerators built by Brio': a maker the sentence names for the goods supplies them
            sup = [m for g in goods for m in self.made_here.get(g, []) if m not in cus]
        if not sup and cus and goods and f.rule.cue != "rely":
            sup = self._vendor(goods, refs, exclude=cus)  # not for 'leaned on Nvidia's GPUs': using is not buying
        if not sup and len(cus) > 1 and f.rule.id == "supply.customer" and f.via.get("customer") == "@list" \
                and _names_only(refs, cus):
            # 'Kelvor est saturé. Avec des clients tels que Brio, Zentek et Orvane ...': customers listed of no one
            # the sentence names are those of the company the article is about, if its trade is upstream of theirs
            focus = self._sole_focus(set(cus))
            sup = [focus] if focus is not None and _tier(focus) is not None and all(
                _tier(c) is not None and _tier(focus) < _tier(c) for c in cus) else []
        if not sup:
            return
        linked = dealt = False
        if not cus and f.trigger.pos_ == "VERB" and goods:
            # 'Kestrel signed a contract with Orvane to provide the firm with GaN dies': the deal's partner is supplied
            cus = [x for x in self._deal_partners(f, refs, "supplier") if x not in sup]
            dealt = bool(cus)
            partner = cus[0] if len(cus) == 1 else None
            if partner is not None and len(sup) == 1 and self._makes_goods(partner, sup[0], goods):
                # 'Veltrix signed a contract with SK Hynix to supply HBM4': the purpose's subject is loosely the
                # deal's; the partner, whose trade makes the goods, supplies the one that signed with it
                sup, cus = cus, sup
        if not cus and f.trigger.pos_ == "VERB":
            cus, goods = self._order_supplied(f, refs, s, e, sup, goods)
            linked = bool(cus)
        if not cus and f.trigger.pos_ == "VERB":
            cus, goods = self._supplied_purchase(f, refs, s, e, sup, goods)
            linked = bool(cus)
        if not cus and f.trigger.pos_ == "VERB" and f.via.get("goods") == "@obj" and len(sup) == 1 \
                and sup[0].info is not None:
            # 'TI fournirait la nouvelle puce d'Archos': a known company that supplies a part of another company's
            # product supplies that company, unless it is a chipmaker whose chips others sell ('les puces de Nvidia')
            owners = [d for g in goods if (d := self._designer(g, sup[0], refs)) is not None and not _chip_side(d)
                      and (d.info is not None or self._owner_marked(f, d))]
            cus = list(dict.fromkeys(owners))
        if not cus and f.trigger.pos_ == "VERB" and goods and f.rule.cue is None and self._own_subject(f, "supplier") \
                and not any(fold(c.text) in self.lang.words("recipient_prepositions") for c in refs.children(f.trigger)):
            # (not 'supplies 300 million chips to Android phone makers': a recipient the layers did not take)
            cus = self._told_customer(f, sup)
            linked = bool(cus)  # a count is not said of that customer's goods ('has supplied 10,000 radars since 1990')
        q = self._qualify(f, refs, s, e, goods)
        if q.get("quantity") and f.trigger.pos_ == "VERB" and any(
                c.dep_ in ("dobj", "obj") and fold(c.lemma_) in self.engine.share_nouns for c in refs.children(f.trigger)):
            # 'will supply most of Norcell's 4 million routers': the count is of the whole, not of the share sold
            q = {**q, "quantity": None, "quantity_qualifier": None}
        if not cus:
            if f.rule.cue in ("relational", "rely"):
                return  # 'Lenovo is a major AMD customer': a customer noun never says who makes what
            self._seller_makes(f, refs, q, sup, goods)
            return
        if f.trigger.pos_ == "VERB" and f.rule.cue is None and f.via.get("goods") == "@obj" \
                or f.trigger.pos_ == "NOUN" and f.rule.id == "supply.supplier" and f.via.get("goods", "").startswith("@pp"):
            # 'Qualcomm fournit le modem Snapdragon X65 de l'iPhone', 'the dominant supplier of substrates used in
            # Nvidia's chips': as where no customer is named
            self._seller_makes(f, refs, q, sup, goods)
        # 'Nvidia, qui livrera à Veltrix quelque 5 000 GPU': a counted supply is a shipment too (not a volume a maker
        # supplies to a list of customers: 'fournit environ 4 millions d'ordinateurs à A, B, C et D')
        # and so are samples: 'supplied Nvidia with paid samples', 'les échantillons fournis par Samsung à Nvidia'
        # whatever they are samples of ('many paid samples'); a supply the verb puts in the future with nothing
        # counted ('will supply Apple with its image sensors') is the supply itself, as the annotated sets have it
        sampled = self._samples(f)
        counted = q.get("quantity") and goods and not self._definite_count(f) and len(cus) <= 2
        shipment = (counted or sampled) and f.trigger.pos_ == "VERB" and f.rule.cue != "relational" \
            and not linked
        goods = self._not_customers_own(goods, cus)
        into = any(step in f.via.get("customer", "") for step in ("@owner", "@maker")) and self._into_product(f, refs)
        for x in sup:
            for c in self._respective(f, refs, sup, x, cus):
                for g in goods or [None]:
                    self._emit(f, refs, "supplies", x, c.name, "Company", q, product=self._goods_name(g, [x]))
                    self.customers_told.append((f.sentence, x, c))
                    own = g is not None and (c.name in (g.maker, self.disc.lex.maker_of(g.name))
                                             or fold(g.name).startswith(fold(c.name) + " "))
                    if g is not None and (f.rule.cue == "component" or into and not self._bare(g) and not own):
                        # 'X's modems powered Y's iPhones', 'to supply HBM4 for Nvidia's Rubin accelerators': the
                        # customer builds the goods into its own product, so it uses them
                        self._emit(f, refs, "uses", c, self._goods_name(g, [x]), "Product", q)
                    if shipment and (g is not None or sampled):
                        self._emit(f, refs, "delivered", x, c.name, "Company", q, product=self._goods_name(g, [x]))
                    if dealt and g is not None and not self._bare(g) and not own:
                        # 'agreed with LG and Apple to supply DRAM chips': a supply agreement is each partner's order
                        self._emit(f, refs, "ordered", c, self._goods_name(g, [x]), "Product", q, supplier=x.name)

    def _making_handed(self, f: Frame, refs: Refs) -> bool:
        """Whether what a verb of entrusting hands out is a making (cue making_nouns): 'confier la construction du
        supercalculateur', 'se voir confier la fabrication de ...' (not 'confier la direction', 'the distribution')."""
        verb = next((c for c in refs.children(f.trigger) if c.dep_ == "xcomp"), f.trigger) \
            if f.rule.id.endswith(".entrusted") else f.trigger
        making = self.lang.words("making_nouns")
        # the verb's objects, or where the parse lost them, the first noun a determiner opens after the verb
        after = [x for x in refs.tokens[verb.i + 1:verb.i + 12] if x.pos_ == "NOUN" and refs.mention(x) is None
                 and x.i > 0 and refs.tokens[x.i - 1].pos_ == "DET"]
        objects = [o for o in self.engine.objects(verb, refs) if o.pos_ == "NOUN"] or after[:1]
        return any(fold(o.lemma_) in making or fold(o.text) in making for o in objects)

    def _equipment_network(self, f: Frame, refs: Refs, sup: list[Entity]) -> bool:
        """Whether what a vendor is chosen for, if it is a network or an infrastructure (cue network_nouns), is one
        of equipment: its words say what kind ('its 5G network', 'son réseau de fibre optique', 'its backbone'; cue
        network_kinds) or the vendor makes network equipment. Not 'its network of distributors', 'son réseau
        commercial'. A contract or a tender chosen for passes."""
        nouns, kinds = self.lang.words("network_nouns"), self.lang.words("network_kinds")
        held = [x for c in refs.children(f.trigger) for x in (c, *refs.children(c))
                if x.dep_ in ("pobj", "obl", "obl:mod", "obl:arg", "nmod") and _said_as(x, nouns)]
        if not held or any("network_equipment" in _trades(x) for x in sup):
            return True
        said = {fold(w.text) for n in held for c in refs.children(n) for w in (c, *refs.children(c))}
        return any(_said_as(n, kinds) for n in held) or bool(said & kinds)

    def _told_customer(self, f: Frame, sup: list[Entity]) -> list[Entity]:
        """'Orvane a retenu Kelvor pour ses radars. Kelvor fournira 40 radars Tarn.': a supply that names goods and
        no customer serves the customer of the supply or trade told last, in the two sentences before, with the
        same supplier (one told in its own sentence would have been named there; another supplier's customer is
        not this one's: 'Orvane ordered radars from Kelvor. Brimco will supply 20 turbines')."""
        told = [(n, i, c) for i, (n, x, c) in enumerate(self.customers_told) if x in sup] + \
               [(n, -1, b) for n, bs, sl in self.trades if set(sl) & set(sup) for b in bs] + \
               [(n, -2, y) for n, a, b in self.open_deals for x, y in ((a, b), (b, a)) if x in sup]
        told = sorted((x for x in told if f.sentence - 2 <= x[0] < f.sentence and x[2] not in sup),
                      key=lambda x: (x[0], x[1]))
        return [told[-1][2]] if told else []

    @staticmethod
    def _own_subject(f: Frame, role: str) -> bool:
        """Whether the role is filled by the subject of the trigger, or of the verb the trigger completes ('Kelvor
        will supply', 'il allait en fournir'), not by one a clause about something else lends it ('rivals of
        Brimco in supplying chips')."""
        t = f.trigger  # (a verb of going only: 'il allait en fournir'; not 'hopes to supply')
        heads = (t, t.head) if t.dep_ == "xcomp" and fold(t.head.lemma_) in ("aller", "go") else (t,)
        return any(getattr(x, "dep_", "").startswith("nsubj") and getattr(x, "head", None) in heads
                   for x in f.tokens.get(role, []))

    def _definite_count(self, f: Frame) -> bool:
        """Whether the goods are counted after a definite article: 'fournit à Orvane les trois capteurs de son téléphone'
        counts the kinds of a known set, not units shipped ('livrera 5 000 GPU')."""
        definite = self.lang.words("definite_determiners")
        return any(hasattr(t, "children") and any(c.dep_ == "nummod" for c in t.children)
                   and any(c.dep_ == "det" and fold(c.text) in definite for c in t.children)
                   for t in f.tokens.get("goods", []))

    def _samples(self, f: Frame) -> bool:
        """Whether what the verb supplies is samples: a sample noun it governs with no other verb between ('provided
        samples of its HBM3E', 'has been sending Nvidia many samples'), or the noun its participle
        qualifies ('les échantillons fournis par Samsung')."""
        words = self.lang.words("sample_nouns")
        t = f.trigger
        if t.dep_ in ("acl", "amod") and fold(t.head.text) in words:
            return True
        for x in t.subtree:
            if x.i == t.i or fold(x.text) not in words or x.dep_ in ("compound", "amod"):
                continue  # not 'blood sample analysis chips': a modifier
            h, path = x.head, [x]
            while h.i != t.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                path.append(h)
                h = h.head
            # 'for' as a word of the path (English) or the case of one of its nouns (French)
            purpose = any(fold(z.text) in ("for", "pour") for y in path for z in (y, *(c for c in y.children
                                                                                      if c.dep_ == "case")))
            if h.i == t.i and not purpose:
                return True  # not 'equipment for samples', 'des puces pour ses échantillons'
        return False

    def _attempt(self, f: Frame) -> bool:
        """Whether a verb of supply says what a company tries for, not what it does: 'competing with X to supply
        Nvidia', 'submitted bids to supply the servers', 'ont remis une proposition pour équiper l'usine'
        (cue attempt_words, on the verb or the noun the supply verb completes; not 'won the race to supply').
        Such a pair is left to nobody: neither the rule nor the pair model files it."""
        t = f.trigger
        if f.frame == "order" and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj"):
            # 'intends to attract orders from X', 'cherche à décrocher des commandes': orders aimed at, not won
            v, aims = t.head, self.lang.words("aim_verbs")
            return v.dep_ == "xcomp" and _said_as(v, self.lang.words("order_winning_verbs")) and _said_as(v.head, aims)
        if t.pos_ != "VERB" or t.dep_ not in ("xcomp", "advcl", "acl") or not any(
                c.dep_ in ("aux", "mark") and fold(c.text) in ("to", "pour", "de", "d", "afin") for c in t.children):
            return False  # a purpose clause only: not 'is courting Samsung, which supplies AMD'
        words, won = self.lang.words("attempt_words"), self.lang.words("attempt_winners")
        if any(fold(a.lemma_) in won for a in list(t.ancestors)[:4]):
            return False  # 'won the race to supply', 'beat Samsung in the race to supply': the winner supplies
        return any(fold(h.lemma_) in words or fold(h.text) in words  # 'bids to supply', 'race to supply'
                   # 'remis une proposition pour équiper': the purpose hangs on the verb, not the noun
                   or any(c.dep_ in ("dobj", "obj") and fold(c.lemma_) in words for c in h.children)
                   for h in list(t.ancestors)[:2])

    def _into_product(self, f: Frame, refs: Refs) -> bool:
        """Whether the customer was reached as the owner of a product ('for Nvidia's Rubin accelerators'), not of a
        group of people ('for Nvidia's customers in China', 'pour les clients de Renault')."""
        people = self.lang.words("relational_nouns", "company_nouns")
        for t in f.tokens.get("customer", []):
            h = getattr(t, "head", None)
            if h is not None and h.i != t.i and (fold(h.lemma_) in people or fold(h.text) in people):
                return False
        return True

    def _taker_clause_ok(self, f: Frame, role: str, refs: Refs) -> bool:
        """Whether a customer read from a clause on the goods ('the memory that Nvidia needs', 'les puces que Renault
        utilise') takes them from the frame's supplier: not 'the same modems that Apple buys from Qualcomm', whose
        clause names another seller, nor goods called 'the same' ('les mêmes modems')."""
        via = f.via.get(role, "")
        if not any(step in via for step in (">relcl[", ">acl:relcl[", ">acl[")):
            return True
        seller = self.lang.words("seller_prepositions")
        for t in f.tokens.get(role, []):
            clause = next((a for a in [t.head, *t.head.ancestors] if a.dep_ in ("relcl", "acl:relcl", "acl")), None)
            if clause is None:
                continue
            if any(fold(c.text) in seller or any(fold(g.text) in seller for g in refs.children(c) if g.dep_ == "case")
                   for c in refs.children(clause) if c.dep_ in ("prep", "obl", "obl:arg", "obl:mod", "iobj")):
                return False
            if any(fold(c.text) in self.lang.words("same_words") for c in refs.children(clause.head)):
                return False
        return True

    def _replaced_as(self, t) -> bool:
        """Whether a relational noun is the role one company takes from another ('Orvane displaced Brio as
        Kestrel's top customer', 'supplante Brio comme premier client de Kestrel')."""
        h = t.head
        if fold(h.text) == "as" and h.i != t.i:
            h = h.head
        elif not any(c.dep_ == "case" and fold(c.text) == "comme" for c in t.children):
            return False
        return h.i != t.i and fold(h.lemma_) in self.engine.replace_verbs

    def _not_customers_own(self, goods: list[Entity], customers: list[Entity]) -> list[Entity]:
        """'la moitié des capteurs du nouvel iPhone d'Apple' to Apple: the customer's own device is where the goods
        go, not what is sold to it (unless nothing else is named)."""
        names = {c.name for c in customers}
        kept = [g for g in goods if self.disc.lex.maker_of(g.name) not in names]
        return kept or goods

    def _seller_makes(self, f: Frame, refs: Refs, q: dict, sellers: list[Entity], goods: list[Entity]) -> None:
        """A seller of named goods that no other company is known to make presents them as its own (not a seller the
        sentence denies: 'not from Samsung but from SK Hynix' says nothing of what Samsung makes)."""
        if q["status"] == "denied":
            return
        for x in sellers:
            for g in goods:
                if unmade(g.name, self.lang):  # capacity and compute are rendered, not made
                    continue
                if not self._bare(g) and (not g.generic or g.maker is None) and self._maker_name(g) in (None, x.name):
                    # 'Dell sells servers with H100 chips' does not make Dell the H100's maker
                    self._emit(f, refs, "manufactures", x, self._goods_name(g, []), "Product", q, conf=0.6)
                    self.disc.makers.setdefault(fold(g.name), x.name)  # the vendor of these goods from now on

    def _relies_on_custom(self, f: Frame) -> bool:
        """Whether what a company relies on is revenue or orders, or their owner ('depend on Apple's orders'), or
        what it relies on a company for is revenue ('dépend de Kestrel pour la moitié de ses ventes')."""
        nouns = self.lang.words("revenue_nouns", "custom_nouns")
        if any(fold(t.lemma_) in nouns or t.dep_ in ("poss", "nmod:poss", "compound", "nmod")
               and fold(t.head.lemma_) in nouns for t in f.tokens.get("supplier", []) if hasattr(t, "head")):
            return True
        purpose = self.lang.words("purpose_prepositions")
        return any(fold(x.lemma_) in self.lang.words("revenue_nouns")
                   for c in f.trigger.children if self._preposition(c) in purpose or fold(c.text) in purpose
                   for x in c.subtree)

    def _earned(self, f: Frame) -> bool:
        """Whether what a sourcing verb takes is revenue or orders ('gets a quarter of its sales from X', '10 % des
        commandes de X proviennent de Y': Y buys from X); business lost to a rival is none ('lost a slice of its
        business with Lenovo to Qualcomm')."""
        if f.rule.id == "supply.lost_to":
            return False
        nouns = self.lang.words("revenue_nouns", "order_nouns") if f.rule.id == "supply.provenance" else \
            self.lang.words("revenue_nouns")  # (not 'lost Apple's orders to Qualcomm')

        def own(t):  # the object's words, not those of a relative clause on it ('Apple, which accounts for ...'),
            yield t  # nor a compound that labels a company ('the largest direct sales PC maker'), nor where it comes
            for c in t.children:  # from ('used lenses from businesses such as Kolen'), nor an aside on a name in
                # brackets ('customers include Apple (59% of sales)': Apple's share of the customers' supplier's sales)
                if c.dep_ not in ("relcl", "acl:relcl", "compound", "appos") and not (c.dep_ == "prep" and c.lower_ != "of"):
                    yield from own(c)
        # ('le chiffre d'affaires de Wiwynn provient de Microsoft': the subject, where the verb takes none)
        deps = ("dobj", "obj") if f.rule.id != "supply.provenance" else ("nsubj",)
        return any(fold(x.lemma_) in nouns for c in f.trigger.children if c.dep_ in deps for x in own(c))

    def _respective(self, f: Frame, refs: Refs, sellers: list[Entity], seller: Entity, buyers: list[Entity]) -> list[Entity]:
        """The buyers of ``seller``: all of them, or, where the clause says 'respectively' and names as many sellers as
        buyers, the one in the same place ('Samsung and Micron supply Apple and Dell, respectively')."""
        if len(sellers) < 2 or len(sellers) != len(buyers):
            return buyers
        if not any(fold(x.text) in self.lang.words("respectively_words") for x in f.trigger.subtree):
            return buyers  # (not 'A and B hold 40% and 50% respectively, and both supply C and D')
        mine = buyers[sellers.index(seller)]
        self.respective_held |= {(fold(seller.name), fold(b.name)) for b in buyers if b is not mine}
        return [mine]

    def _order_supplied(self, f: Frame, refs: Refs, s: int, e: int, sup: list[Entity],
                        goods: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """'an order for 90,000 servers, most of them to be supplied by ZTE and H3C': a supply with no customer
        after an order of the same sentence serves that order's buyer (and names the order's sellers); not a
        supply whose clause has a subject of its own that no layer took for a company ('... as Chinese firms can
        no longer buy from the likes of AMD')."""
        if any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") and not refs.refer(c, COMPANY)
               for c in refs.children(f.trigger)):
            return [], goods
        for of, buyers, sellers, ordered in reversed(self.sentence_orders):
            cus = [b for b in buyers if b not in sup]
            if not cus or of.trigger.i > f.trigger.i:
                continue
            goods = goods or ordered
            if not sellers:
                self._filled_by(of, refs, self._qualify(of, refs, s, e, ordered), cus, ordered, sup)
            return cus, goods
        return [], goods

    def _filled_by(self, f: Frame, refs: Refs, q: dict, buyers: list[Entity], goods: list[Entity],
                   sup: list[Entity]) -> None:
        """The orders of goods that named no seller, now that the suppliers ``sup`` are known to fill them."""
        for b in buyers:
            for g in goods:
                self._emit(f, refs, "ordered", b, self._goods_name(g, sup), "Product", q,
                           supplier=sup[0].name if len(sup) == 1 else None)

    def _supplied_purchase(self, f: Frame, refs: Refs, s: int, e: int, sup: list[Entity],
                         goods: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """'Orvane achète deux supercalculateurs. Ces machines sont fournies par Brio': a passive supply with no
        customer, whose subject points back to goods (a pronoun, 'these', 'the'), serves the buyer of goods bought
        from no one named, in this sentence or the one before; the purchase is then an order from the supplier."""
        if not self.engine.is_passive(f.trigger, refs):
            return [], goods
        subj = next((c for c in refs.children(f.trigger) if c.dep_ in ("nsubjpass", "nsubj:pass")), None)
        if subj is None or not (subj.pos_ == "PRON" or refs.goods_noun(subj) and any(
                c.dep_ == "det" and fold(c.text) in self.lang.words("anaphoric_determiners")
                for c in refs.children(subj))):
            return [], goods
        if any(m.kind == COMPANY and refs.entity_of(m) not in sup for m in refs.mentions) or any(
                x.pos_ == "PROPN" and x.head.i != x.i and fold(x.head.text) in ("to", "a", "au", "aux")
                for x in f.trigger.subtree):
            return [], goods  # 'They will be supplied by Brio to Veltrix': a customer of their own
        said = refs.mention(subj)
        umbrella = _said_as(subj, self.lang.words("umbrella_goods"))
        for n, buyers, bought in reversed(self.purchases):
            cus = [b for b in buyers if b not in sup]
            if n < f.sentence - 1 or not cus or not bought:
                continue
            if subj.pos_ != "PRON" and not umbrella and not (said is not None and said.ptype
                                                               and said.ptype in {g.ptype for g in bought}):
                return [], goods  # 'Orvane is buying servers. These chips are supplied by Kelvor': other goods
            self._filled_by(f, refs, self._qualify(f, refs, s, e, bought), cus, bought, sup)
            return cus, goods or bought
        return [], goods

    def _delivery(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        t = f.trigger
        if f.via.get("recipient", "").startswith("~") and t.dep_.startswith("nsubj") and t.head.i != t.i and any(
                getattr(x, "i", -1) > t.head.i for x in f.tokens.get("recipient", [])):
            # 'falling iPhone shipments pushed the supplier to look beyond Apple to Samsung': a
            # shipment that is a subject goes to no one named after its verb
            return
        sup, rec, goods = f.roles.get("supplier", []), f.roles.get("recipient", []), f.roles.get("goods", [])
        if not self._taker_clause_ok(f, "recipient", refs):
            rec = []
        if f.via.get("supplier") == "@xsubj" and fold(f.trigger.head.lemma_) in self.lang.words("take_delivery_verbs"):
            return  # 'Apple took delivery of ...': the taker receives (the delivery.take rules)
        if f.trigger.dep_ in ("relcl", "acl:relcl") and fold(f.trigger.head.lemma_) in self.lang.words("custom_nouns") \
                | self.lang.words("contract_nouns"):
            return  # 'the order, which ASML received from Intel': what is received is an order (order.noun.won)
        after = refs.tokens[f.trigger.i + 1:f.trigger.i + 6]
        hyphened = {fold(a.text + b.text + c.text) for a, b, c in zip(after, after[1:], after[2:]) if b.text == "-"}
        if any(fold(x.lemma_) in self.lang.words("approval_nouns") for x in after[:4]) \
                or hyphened & self.lang.words("approval_nouns"):  # 'received the go-ahead', tokenised in three
            return  # 'LG n'a reçu qu'une autorisation pour l'iPhone 15 Pro', 'received approval for its chips': no goods
        if not sup and any(self._through_middlemen(x) for x in f.trigger.subtree if x.i > f.trigger.i):
            return  # 'les reçoit par des distributeurs': from middlemen the text does not name
        if f.rule.id == "delivery.arrive" and self._smuggled(refs):
            return  # 'smuggled H100 chips arrived at DeepSeek': goods that arrive by other hands came from no vendor
        if f.rule.id == "delivery.install" and sup and any(self._maker_name(g) not in (None, *(x.name for x in sup))
                                                           for g in goods):
            return  # 'OpenAI will install AMD's chips at Oracle': who installs another's goods neither makes nor sells
        if f.rule.id == "delivery.install" and f.trigger.pos_ == "NOUN" and self._outsourced(f.trigger, refs):
            return  # 'Orvane a confié à Kelvor l'installation de ses machines chez Brio': who hands it out installs nothing
        if f.rule.cue == "installed":
            # 'Kioxia a installé une machine EXE:5000': a tool a company puts in for itself came from the tool's
            # maker, if the article names it (not 'installed its own software', 'ses serveurs'; not 'refused to
            # install', nor 'installed a tool at Rapidus', which is delivery.install's)
            if f.trigger.dep_ == "xcomp" or self.engine.pp(f.trigger, tuple(self.lang.words("installed_at_words")), refs):
                return
            goods = [g for g in goods if g.ptype == "tool" and not g.generic]
            sup = self._vendor(goods, refs, exclude=rec) if goods else []
            if not sup:
                return
        awaited = f.trigger.pos_ == "NOUN" and self._awaited(f.trigger)  # not 'will have to wait to get hold of'
        if awaited:
            # 'Orvane et Brio sont toujours en attente de livraisons pour leurs commandes', 'is still waiting for
            # deliveries of its H200 orders': who waits receives; the goods' vendor ships, later
            rec, sup = [*sup, *(r for r in rec if r not in sup)], []
        rec = [r for r in rec if r not in sup]
        bare = self._bare_delivery(f.trigger, refs)
        if not rec and f.trigger.pos_ == "NOUN":
            sup, rec, goods = self._order_delivered(f, refs, sup, goods, bare)
        if not rec and sup and self._of_an_order(f.trigger):
            # 'Huawei had delivered 60% of the order': the order that the article gave this seller
            order = next((o for o in reversed(self.orders) if set(o[1]) & set(sup)), None)
            if order is not None:
                rec, goods = [b for b in order[0] if b not in sup], goods or order[2]
        order = next((o for o in reversed(self.orders) if set(o[0]) & set(rec)), None)
        if rec and not goods and order is not None:
            goods = order[2]  # '... had delivered 60% of the order to Baidu': the goods Baidu ordered
            sup = sup or order[1]
        elif rec and not sup and order is not None and set(goods) & set(order[2]):
            sup = order[1]  # 'bought 8,000 VX300 from Brio and has had 2,000 of them': that order's seller
        heads = (f.trigger, f.trigger.head) if f.trigger.dep_ == "xcomp" else (f.trigger,)
        if not rec and sup and goods and f.trigger.pos_ == "VERB" and any(n == f.sentence - 1 for n, _, _ in self.open_deals) \
                and any(getattr(x, "dep_", "").startswith("nsubj") and x.head in heads for x in f.tokens.get("supplier", [])):
            # 'Kelvor a signé un contrat avec Orvane. La société s'engage à livrer des microcontrôleurs': the deal
            # just told, which said no direction, has its supplier deliver to the other party
            rec = self._told_customer(f, sup)
        if not rec and f.trigger.pos_ == "VERB" and self._told_goods(f, refs, goods):
            # 'By October, Huawei had delivered about 1,000 of them', 'The chips will be delivered in December':
            # a delivery of the goods just traded, with a party or both left to the trade told last
            buyers, sellers = self._last_trade(f)
            if buyers and sellers and (not sup or set(sup) <= set(sellers)) and (sup or self.engine.is_passive(f.trigger, refs)):
                sup, rec = sup or sellers, [b for b in buyers if b not in (sup or sellers)]
        if not rec and not sup and f.trigger.pos_ == "VERB" and self.engine.is_passive(f.trigger, refs) \
                and goods and all(g.generic for g in goods):
            # 'Cipher will buy 28,000 servers from Orvane. The servers will be delivered in seven batches': goods of
            # the kind traded last, delivered with no party named, go from its sellers to its buyers
            buyers, sellers = self._trade_of_kind(f, goods)
            if buyers and sellers:
                sup, rec = sellers, [b for b in buyers if b not in sellers]
        if rec and not sup:  # 'Orvane fournira des aimants à Apple. Les premières livraisons pour Apple ...'
            sup = list(dict.fromkeys(x for sentence, x, c in self.customers_told
                                     if sentence >= f.sentence - 2 and c in rec and x not in rec))
        lots = self.lang.words("container_nouns", "units")
        sent_other = any(self.engine.other_thing(c, refs) and c.pos_ == "NOUN" and c.text.islower()
                         and fold(c.lemma_) not in lots and fold(c.text) not in lots
                         for c in f.trigger.children if c.dep_ in ("dobj", "obj"))  # 'the first batch', 'CIS' are goods
        if rec and not goods and not sent_other:
            goods = self._recent_goods(f, refs)  # not for 'received new license requirements': something else
        if not goods and sent_other:
            return  # 'Apple avait envoyé ses cadres à Séoul': people, letters or requirements are no delivery
        goods = self._anaphoric_goods(goods, sup, rec, f, refs)
        if not sup and rec and fold(f.trigger.lemma_) not in self.lang.words("diversion_verbs"):
            # (and a named tool's maker the lexicon gives: 'Samsung received its first High NA EUV machine'; nobody
            # resells a scanner, while servers come from their assembler: 'received GB300 systems, delivered by Dell')
            tools = bool(goods) and all(g.ptype == "tool" for g in goods)
            sup = self._vendor(goods, refs, exclude=rec, implied=tools)  # not for 'smugglers diverted Nvidia chips to X'
            if not sup and not self.engine.pp(f.trigger, tuple(self.lang.words("from_words")), refs):
                sup = self._recent_shipper(f, goods, rec)  # not 'received chips from local vendors'
        if not sup:
            return
        q = self._qualify(f, refs, s, e, goods)
        if q["status"] == "asserted" and bare and (q["date"] and _after(q["date"], self.article.date)
                                                   or self._onset_ahead(f.trigger)):
            q["status"] = "planned"  # 'Deliveries will start in 2027': the date the noun's verb gives is to come, or
            # the verb says so ('will kick off in the second half', 'are due to start')
        if q["status"] != "denied":
            self.shipments.append((f.sentence, sup, goods))
        if (awaited or self._expected(f.trigger) or self._chosen_to_deliver(f.trigger)) and q["status"] == "asserted":
            q = dict(q, status="planned")
        for x in sup if not awaited else ():  # 'livré par ASML', 'Nvidia shipped its H20': the maker the lexicon
            for g in goods:  # gives ships its own product (what is awaited says nothing of who makes it)
                known = self.disc.lex.maker_of(g.name)
                if not g.generic and known in ((None, x.name) if not rec else (x.name,)):
                    self._emit(f, refs, "manufactures", x, g.name, "Product", q, conf=0.6)
        if not rec:
            return
        goods = self._not_customers_own(goods, rec)
        for x in sup:
            for r in self._respective(f, refs, sup, x, rec):
                for g in goods or [None]:
                    name = self._goods_name(g, [x])
                    self._emit(f, refs, "delivered", x, r.name, "Company", q, product=name)
                    self._emit(f, refs, "supplies", x, r.name, "Company", q, product=name)

    def _told_goods(self, f: Frame, refs: Refs, goods: list[Entity]) -> bool:
        """Whether a delivery ships goods an earlier sentence named: a pronoun ('about 1,000 of them') or a
        product's type that the mention layer found anaphoric ('the chips', 'ces serveurs')."""
        pronouns = self.lang.words("product_pronouns", "plural_pronouns")
        if any(fold(x.text) in pronouns and x.pos_ == "PRON" for c in f.trigger.children
               if c.dep_ in ("dobj", "obj", "nsubjpass", "nsubj:pass", "expl:pass") for x in c.subtree):
            return True
        return bool(goods) and any((m := refs.mention(t)) is not None and m.anaphoric for t in f.tokens.get("goods", []))

    def _order_delivered(self, f: Frame, refs: Refs, sup: list[Entity], goods: list[Entity],
                         bare: bool = False) -> tuple[list[Entity], list[Entity], list[Entity]]:
        """'placed orders for 100,000 VX300, with deliveries expected this year': a delivery noun with no recipient
        after an order of the same sentence delivers that order, from its sellers to its buyers (what the parse
        gave as the delivery's supplier, the one who placed the order, is its recipient)."""
        t = f.trigger
        if any(fold(c.text) in self.lang.words("recipient_prepositions") and not self._of_a_phase(c, refs)
               for c in t.children):
            return sup, [], goods  # 'deliveries to other customers': a recipient of its own (not 'for the first phase')
        chain = [t, *list(t.ancestors)[:4]]
        for of, buyers, sellers, ordered in reversed(self.sentence_orders):
            if of.trigger.i > t.i or not sellers or not buyers or not set(sup) <= set(buyers) | set(sellers):
                continue
            anchor = next((x for x in chain[1:] if x.i in (of.trigger.i, of.trigger.head.i)), None)
            if anchor is None or any(x.dep_ in ("relcl", "acl:relcl") for x in chain[:chain.index(anchor)]):
                continue  # only a delivery said of the order itself, not in a clause about one of its parties
            return sellers, [b for b in buyers if b not in sellers], goods or ordered
        if not sup and bare:
            # 'Orvane a commandé 15 rames à Kelvor. Les livraisons débuteront en 2029.': deliveries with nothing of
            # their own, the subject of their clause, right after an order deliver that order
            last = [x for x in self.trades if f.sentence - 2 <= x[0] < f.sentence and x[1] and x[2]]
            if last:
                _, buyers, sellers = last[-1]
                ordered = next((o[2] for o in reversed(self.orders) if o[0] == buyers and o[1] == sellers), [])
                if ordered and all(g.generic for g in goods):
                    goods = []  # 'la livraison des premiers équipements': the goods ordered, by their type
                return sellers, [b for b in buyers if b not in sellers], goods or ordered
            # 'Kelvor signed a deal to supply Orvane with radar chips. Deliveries will begin in 2026.': the supply
            # told just before, if one company made it
            told = self._told_before(f)
            onset = self._onset(t)
            to = self.lang.words("recipient_prepositions")  # 'Les livraisons aux autres constructeurs': to others
            own = any(c.dep_ in ("nmod", "prep") and (fold(c.text) in to or any(
                g.dep_ == "case" and fold(g.text) in to for g in c.children)) for c in t.children) \
                or t.i + 1 < len(t.doc) and fold(t.doc[t.i + 1].text) in to
            if told and len({x for x, _ in told}) == 1 and onset and not own:
                # (not 'Deliveries fell 10% last year', 'are expected to decline')
                return [told[0][0]], [c for _, c in told if c is not told[0][0]], goods
        return sup, [], goods

    def _bare_delivery(self, t, refs: Refs) -> bool:
        """Whether a delivery noun is the subject of its clause with nothing of its own but an article, a word of
        order, goods named by their type or a phase of the deal ('Deliveries will start in 2027', 'Les premières
        livraisons sont prévues en 2029', 'la livraison des premiers équipements', 'Shipments for the first phase'):
        not 'its deliveries', 'deliveries of trucks', 'global deliveries'."""
        if t.pos_ != "NOUN" or not t.dep_.startswith(SUBJ_DEPS):
            return False
        limits, heads = self.lang.words("limiting_words"), self.lang.table("product_heads")
        typed = {g.i for g in refs.complements(t)
                 if g.pos_ == "NOUN" and (fold(g.lemma_) in heads or fold(g.text) in heads)}
        relative = self.lang.words("relative_pronouns")
        pron = next((c for c in refs.children(t) if fold(c.text) in relative), None)
        if pron is not None and not self._goods_relative(t, pron, refs):
            relative = frozenset()  # 'Zentra, whose deliveries fell': a company's deliveries, not the last order's
        return all(c.dep_ == "det" and not is_possessive(c) or c.dep_ == "amod" and fold(c.lemma_) in limits
                   or c.dep_ in ("punct", "relcl", "acl:relcl") or c.pos_ in ("PRON", "DET") and fold(c.text) in relative
                   or c.dep_ in ("prep", "nmod") and (c.i in typed or any(g.i in typed for g in refs.children(c)))
                   or c.dep_ in ("prep", "nmod") and self._of_a_phase(c, refs)
                   for c in refs.children(t))

    def _of_a_phase(self, c, refs: Refs) -> bool:
        """Whether a complement of a delivery noun names a phase of the deal, not a recipient ('for the first phase',
        'de la première tranche'; cue phase_nouns): the preposition's object, or the French noun itself."""
        phases = self.lang.words("phase_nouns")
        return any(fold(g.lemma_) in phases for g in (c, *refs.children(c)))

    def _goods_relative(self, t, pron, refs: Refs) -> bool:
        """Whether the relative clause that delivery noun ``t`` and its relative pronoun ``pron`` sit in hangs on goods
        ('les rames, dont la livraison doit commencer en 2031', 'the railcars, whose delivery ...'), not on a company
        ('Zentra, whose deliveries fell')."""
        verb = t.head
        while verb.dep_ not in ("relcl", "acl:relcl") and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX", "ADJ"):
            verb = verb.head
        if verb.dep_ in ("relcl", "acl:relcl"):
            noun = verb.head
        else:  # the parse lost the clause ('Les rames, dont la livraison doit ...' made 'doit' the root): the noun
            # right before the pronoun's comma
            before = [x for x in refs.tokens[:pron.i] if not x.is_punct]
            if not before:
                return False
            noun = before[-1]
        m = refs.mention(noun)
        return m.kind == PRODUCT if m is not None else _said_as(noun, self.lang.table("product_heads"))

    def _chosen_to_deliver(self, t) -> bool:
        """'Orvane l'a retenue pour lui livrer des radars', 'chose Kelvor to deliver': a delivery that is what a
        company was chosen for is to come (cue choice_verbs)."""
        return t.pos_ == "VERB" and t.dep_ in ("xcomp", "advcl") and fold(t.head.lemma_) in self.lang.words(
            "choice_verbs")

    def _onset(self, t) -> bool:
        """Whether the verb a delivery noun is the subject of says the deliveries start ('will begin', 'doivent
        démarrer', cue onset_verbs) or are expected with nothing else said of them ('are expected in 2026', 'sont
        prévues en 2027'); not 'are expected to decline', 'set to slow'."""
        chain = self._subject_verbs(t)
        chain += [g for c in chain[1:] for g in c.children if g.dep_ == "xcomp"]
        starts, expected = self.lang.words("onset_verbs"), self.lang.words("expected_participles", "obligation_verbs")
        if any(_said_as(x, starts) for x in chain):
            return True
        return any(_said_as(x, expected) for x in chain) and not any(
            x.pos_ == "VERB" and not _said_as(x, expected) for x in chain)

    def _onset_ahead(self, t) -> bool:
        """Whether the verb a delivery noun is the subject of puts its start ahead: a future ('will begin'), or an
        expectation ('are due to start', 'sont prévues', cue expected_participles)."""
        expected = self.lang.words("expected_participles", "obligation_verbs")
        return any(said_as_future(x, self.lang) or _said_as(x, expected) for x in self._subject_verbs(t))

    @staticmethod
    def _subject_verbs(t) -> list:
        """The verb a noun is the subject of, and the complements that continue it ('are expected to start'):
        empty for a noun that heads its sentence."""
        if t.head.i == t.i:
            return []
        return [t.head, *(c for c in t.head.children if c.dep_ in ("xcomp", "acomp"))]

    def _expected(self, t) -> bool:
        """A delivery noun an expectation participle qualifies ('with deliveries expected this year', 'des
        livraisons prévues en 2026'): not made yet."""
        expected = self.lang.words("expected_participles")
        return t.pos_ == "NOUN" and any(c.dep_ in ("acl", "amod") and (fold(c.lemma_) in expected or fold(c.text) in expected)
                                        for c in t.children)

    def _of_an_order(self, t) -> bool:
        """Whether what a delivery verb ships is (a share of) an order: 'delivered 60% of the order', 'a livré
        la moitié de la commande'."""
        nouns = self.lang.words("order_deals")
        for c in t.children:
            if c.dep_ not in ("dobj", "obj"):
                continue
            # the object itself, or what it is a share of ('60% of the order', 'la moitié de la commande')
            share = [g for x in c.children if x.dep_ == "prep" and fold(x.text) == "of" for g in x.children
                     if g.dep_ == "pobj"] + [x for x in c.children if x.dep_ == "nmod"]
            for x in (c, *share):
                # an order no other buyer's: 'the order', not 'the samples ordered by AMD', 'Meta's order'
                owned = any(g.dep_ in ("poss", "nmod:poss", "nmod", "acl", "relcl")
                            or g.dep_ == "prep" and fold(g.text) in ("by", "from", "par") for g in x.children)
                if x.pos_ == "NOUN" and fold(x.lemma_) in nouns and not owned:
                    return True
        return False

    def _awaited(self, t) -> bool:
        """Whether a delivery noun is what someone waits for ('waiting for deliveries', 'en attente des
        livraisons', 'attendent la livraison'): the word that governs it, or the one above its preposition."""
        waits = self.lang.words("await_words")
        h = t.head
        return h.i != t.i and (fold(h.lemma_) in waits or h.dep_ in ("prep", "case") and fold(h.head.lemma_) in waits)

    def _make(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        makers, goods = f.roles.get("maker", []), f.roles.get("goods", [])
        if f.rule.id == "make.fronted" and f.via.get("maker", "").startswith("~"):
            # 'Gravée en 4 nm par TSMC, la puce ...': the agent stands in the participle's own phrase, before its comma
            comma = next((x.i for x in refs.tokens[f.trigger.i + 1:] if x.text == ","), len(refs.tokens))
            makers = [m for m, t in zip(makers, f.tokens.get("maker", [])) if getattr(t, "i", comma) < comma]
        if f.via.get("maker", "").startswith("@xsubj") and self._outsourced(f.trigger, refs):
            return  # 'Renault a confié à ST la fabrication de ses puces': who hands the making out does not make
        handed = self.lang.words("making_nouns", "custom_nouns", "contract_nouns", "container_nouns")  # 'handed over part of its sensor orders to TSMC'
        reached = f.tokens.get("goods", [])  # the goods' own tokens, not the words a path passed on its way
        named = [t for t in reached if hasattr(t, "i") and (m := refs.mention(t)) is not None
                 and refs.mention(t.head) is not m]  # a mention's own head ('capteurs d'image'), not 'de 7 pouces'
        tasks = [x for t in named or reached if (x := self._task_of(t)) is not None]
        if f.rule.cue == "contract" and any(not _said_as(x, handed) for x in tasks):
            return  # 'La maintenance du supercalculateur a été confiée à X': a task handed out that makes nothing
        if f.rule.cue == "possessive" and makers:
            # 'three platforms – Google's TPUs, Amazon's Trainium, and Nvidia's GPUs': a product named with its own
            # maker is not another possessor's
            own = [g for g in goods if g.maker is not None and g.maker not in {m.name for m in makers}
                   and fold(g.name).startswith(fold(g.maker) + " ")]
            goods = [g for g in goods if g not in own]
            for g in own:  # the maker its name gives, if the article names it
                maker = refs.disc.company(g.maker)
                if maker is not None:
                    self._emit(f, refs, "manufactures", maker, g.name, "Product", self._qualify(f, refs, s, e, [g]))
            if not goods:
                return
        if len(makers) > 1:  # 'Tesla et Samsung ... la fabrication des puces AI6 destinées au constructeur'
            makers = [m for m in makers if m not in f.roles.get("customer", [])] or makers
        clients = [c for c in f.roles.get("client", []) if c not in makers]
        if f.via.get("client") == "~subject" and f.trigger.dep_ in ("acl", "amod"):
            clients = []  # 'des restrictions sur les puces produites par Nexperia': a participle says who makes the
            # goods it qualifies, not that the sentence's subject had them made
        if f.rule.cue == "contract" and makers and clients and all(_hands_out(m, c) for m in makers for c in clients):
            makers, clients = clients, makers  # 'Le groupe lui a confié l'assemblage de l'iPad' read with the roles
            # the wrong way round: an assembler entrusts a brand with nothing, the brand entrusts the assembler
        owners = {x for t, x in zip(f.tokens.get("customer", []), f.roles.get("customer", [])) if self._owner_named(t, refs)}
        customers = [c for c in self._product_owners(f, refs, "customer") + clients if c not in makers and c not in owners]
        if f.rule.id.startswith("make.process") and not customers:
            # 'Orbix said its radar chips are made using TSMC's 16nm process': the goods' owner, a pronoun too
            customers = [e for t in f.tokens.get("goods", []) if hasattr(t, "children")
                         for c in self.engine.possessors(t, refs) for e in refs.refer(c, "Company") if e not in makers]
        partner = self._deal_partner(f, refs)
        if partner is not None and len(makers) == 1 and partner not in makers and _tier(partner) is not None \
                and _tier(makers[0]) is not None and _tier(partner) < _tier(makers[0]):
            # 'Apple signed a deal with Broadcom to manufacture chips': of the two parties, the one upstream makes
            customers, makers = [makers[0], *customers], [partner]
        if makers and clients and not goods and f.rule.id.endswith((".entrust", ".entrusted")):
            # 'Google a confié la fabrication à TSMC': the product the article is talking about
            goods = [g for g in self._recent_goods(f, refs) if (g.maker or self._maker_name(g)) in (None, clients[0].name)]
            if not goods and (fold(self.engine.verb_lemma(f.trigger, refs)) in self.lang.words("outsourcing_verbs")
                              or self._making_handed(f, refs)):
                # 'Nvidia will outsource packaging to SPIL', 'X s'est vu confier la construction du Zephyr par Y':
                # a service or a making handed out is supplied, with no product the article names
                q = self._qualify(f, refs, s, e, [])
                for m in makers:
                    for c in clients:
                        self._emit(f, refs, "supplies", m, c.name, "Company", q)
                return
        if makers and not goods and f.trigger.pos_ == "VERB" and f.via.get("customer", "").startswith("@pp") \
                and f.via.get("maker") == "@subj" and self.engine.is_passive(f.trigger, refs) \
                and not self._site_made(f.trigger, refs):
            # 'Built by Kelvor for Volvo, the new radar ...', 'fabriquées par Kelvor pour Renault': made by one company
            # for another, whatever the goods the sentence leaves unnamed
            q = self._qualify(f, refs, s, e, [])
            for m in makers:
                for c in f.roles["customer"]:
                    if c not in makers:
                        self._emit(f, refs, "supplies", m, c.name, "Company", q)
            return
        if makers and not goods and f.rule.id.startswith("make.maker") and f.roles.get("customer") \
                and f.via.get("customer", "").startswith("@pp"):
            # 'Veltrix, a contract chipmaker for AMD and Sony': a maker named for its customers makes for them
            # (not for its own brands: 'Stellantis, constructeur de Peugeot et de Fiat')
            clients = [c for c in f.roles["customer"] if c not in makers and not any(_parent(c) == m.name for m in makers)]
        if makers and clients and not goods and (f.rule.id == "make.process" or f.rule.id.startswith("make.maker")):
            # 'Huawei utilise le procédé 7 nm de SMIC': the process's owner makes chips for the company that adopts it
            if f.rule.id == "make.process" and self._makes_with_it(f.trigger, refs, makers):
                return  # 'Orvane will use Micron's 40nm process to produce DRAM': a licence; the user makes
            q = self._qualify(f, refs, s, e, [])
            for m in makers:
                for c in clients:
                    self._emit(f, refs, "supplies", m, c.name, "Company", q)
            return
        if makers and customers and not goods and f.trigger.pos_ == "VERB" and self._made_on_behalf(f, refs):
            # 'la puce sera produite par TSMC pour le compte de Kelvor': made on a customer's behalf, whatever the
            # goods the article names them by
            q = self._qualify(f, refs, s, e, [])
            for m in makers:
                for c in customers:
                    self._emit(f, refs, "supplies", m, c.name, "Company", q)
            return
        if makers and customers and not goods and f.rule.id == "make.noun" and f.via.get("maker") == "@xsubj" \
                and f.trigger.head.pos_ == "VERB" \
                and "@pp" in f.via.get("customer", "") and "@owner" not in f.via.get("customer", ""):
            # 'TSMC handles production for Kelvora', 'Kelvor a suspendu la production pour Orvane': the making the
            # subject does for a company, whatever it makes (a complement of the subject's own verb: not 'the reason
            # for the halt of production for this firm is that TSMC ...')
            q = self._qualify(f, refs, s, e, [])
            for m in makers:
                for c in customers:
                    self._emit(f, refs, "supplies", m, c.name, "Company", q)
            return
        if not makers or not goods:
            return
        if f.trigger.pos_ == "VERB" and f.via.get("goods", "").startswith("@obj"):
            # 'is building a cluster of 5,000 MI300X accelerators': the builder uses the chips (and 'the Astra
            # supercomputer', 'le supercalculateur Jupiter' name the machine it makes)
            machines = set(self.lang.words("named_machines"))
            for c in refs.children(f.trigger):
                if c.dep_ in ("dobj", "obj") and fold(c.lemma_) in machines and refs.mention(c) is None:
                    parts = {refs.entity_of(m) for x in refs.children(c) if self._made_of(x, refs)
                             for y in x.subtree if (m := refs.mention(y)) is not None}
                    goods = [g for g in goods if g not in parts]
            if not goods:
                return
        if f.rule.id.startswith("make.maker") and plural(f.trigger) and not f.via.get("maker", "").startswith("@self"):
            goods = [g for g in goods if not g.generic]  # 'server makers such as X': a trade, not X's product
        if not goods:
            return
        q = self._qualify(f, refs, s, e, goods)
        ordered = self._made_under_contract(f, refs) and (partner is None or partner in customers)
        if f.rule.id == "make.made_by" and fold(self.engine.verb_lemma(f.trigger, refs)) in self.lang.words(
                "manufacture_verbs"):  # 'built by', 'fabriqués par'; not 'designed by', which says nothing of supply
            for g in goods:
                self.made_here.setdefault(g, []).extend(m for m in makers if m not in self.made_here.get(g, []))
        shown = fold(self.engine.verb_lemma(f.trigger, refs)) in self.lang.words("presentation_verbs")
        for m in makers:
            for g in goods:
                name = self._goods_name(g, [])
                known = self.disc.lex.maker_of(g.name)
                if shown and (g.maker or known) not in (None, m.name) and (g.ptype == "tool" or not _contract_trade(m)):
                    continue  # 'Samsung plans to introduce TEL's etching equipment': who brings in another's goods uses them
                if f.rule.cue == "possessive" and known and known != m.name:
                    if known == _parent(m):  # "AWS's Trainium": its parent's product, which the lexicon says it makes
                        at = refs.p.pos(f.trigger)
                        parent = self.disc.company(known) or self.disc.entity(Mention(at, at, known, known, COMPANY,
                                                                                      source="knowledge"))
                        self._emit(f, refs, "manufactures", parent, name, "Product", q)
                    continue  # 'Xiaomi ... ses puces Snapdragon': the possessive names a user, Qualcomm makes them
                if f.rule.cue == "possessive" and fold(g.name.split()[-1]) in self.lang.words("named_machines"):
                    continue  # 'xAI's Colossus supercomputer': a machine's owner runs it, others build it
                if g.ptype == "device" and known and known != m.name and _chip_side(m):
                    # 'TSMC grave les puces des Mac': a chipmaker makes parts of another company's device, which
                    # buys them; it does not make the device
                    self._emit(f, refs, "supplies", m, known, "Company", q)
                    continue
                owner = next((c for c in customers if c.name == (g.maker or self.disc.lex.maker_of(g.name))), None)
                if owner is not None and not _contract_trade(m):
                    pass  # 'Sony crée les capteurs de l'iPhone': a part of Apple's product, not the product
                elif not self._bare(g) and not self._own_kind(name, m):
                    # 'makes chips' is too vague to file; 'makes chips for Huawei' still supplies
                    self._emit(f, refs, "manufactures", m, name, "Product", q)
                elif _contract_trade(m) and name and " " not in name.strip():
                    # 'Samsung Foundry makes chips for Nvidia, AMD and Intel': a contract maker makes each
                    # customer's chips, named after the customer as the guidelines name goods given by type
                    for c in customers:
                        self._emit(f, refs, "manufactures", m, f"{c.name} {name}", "Product", q)
                if q.get("quantity") or not _contract_trade(m):
                    # "Nvidia asked TSMC to make 300,000 H20", 'xAI contracted Dell to build its supercomputer': an
                    # order placed with the maker; entrusting a foundry with one's chip ('confie la fabrication de
                    # ses puces à TSMC') is the foundry's supply, not an order, unless units are counted
                    for c in clients:  # (the asking is told as it is: 'aurait demandé' is rumoured, 'will ask' planned)
                        asked = "asserted" if q["status"] == "planned" and not self._asks_later(f) else q["status"]
                        self._emit(f, refs, "ordered", c, name, "Product", dict(q, status=asked), supplier=m.name)
                if len(makers) == 1 or not g.generic:  # 'Nokia and ZTE roll out base stations': neither alone
                    self.disc.makers.setdefault(fold(g.name), m.name)
                    if g.generic and " " in g.name and f.rule.id == "make.maker":
                        # 'car battery maker Kelvor': its trade, so it sells 'the batteries' the article speaks of next
                        self.disc.makers.setdefault(fold(g.name.rsplit(" ", 1)[1]), m.name)
                if f.rule.cue == "possessive" and makers:
                    self.sentence_makers[fold(g.name)] = m.name
                for c in customers:
                    self._emit(f, refs, "supplies", m, c.name, "Company", q, product=name)
                    if ordered and c not in clients:
                        self._emit(f, refs, "ordered", c, name, "Product", q, supplier=m.name)
                designer = self._designer(g, m, refs)
                if designer is not None and designer not in customers and (
                        self._contract_maker(m, g, f, designer) or (not customers and self._named_owner(f, refs, designer))):
                    self._emit(f, refs, "supplies", m, designer.name, "Company", q, product=name, conf=0.6)
                    for other in self._co_owners(f, refs, designer):
                        if other is not m and other not in customers:
                            self._emit(f, refs, "supplies", m, other.name, "Company", q, conf=0.6)
                elif designer is None and not customers and not g.generic and self._contract_maker(m, g, f) \
                        and not f.rule.id.startswith("make.maker") \
                        and (known := self.disc.lex.maker_of(g.name)) not in (None, m.name):
                    # 'Foxconn won orders to assemble the iPhone 16': an assembler or a foundry makes the lexicon's
                    # product for its maker, whether or not the article names that maker (not a label: 'iPhone
                    # assembler Hon Hai' says what it does, not for whom in this story)
                    self._emit(f, refs, "supplies", m, known, "Company", q, product=name, conf=0.6)

    def _asks_later(self, f: Frame) -> bool:
        """Whether the verb of asking that governs a making is itself to come ('Kelvor will ask Zentra to make',
        'va demander', 'plans to ask'), so that the order is planned, not placed."""
        ask = f.trigger.head if f.trigger.dep_ in ("xcomp", "advcl", "ccomp") else None
        if ask is None or ask.i == f.trigger.i:
            return False
        planned = self._planned_words()
        return any(c.dep_.startswith("aux") and _said_as(c, planned) for c in ask.children) or (
            ask.dep_ == "xcomp" and _said_as(ask.head, planned))

    @staticmethod
    def _task_of(t):
        """The noun whose complement the goods token is ('la maintenance des serveurs', 'the testing of its chips'),
        or None."""
        if not hasattr(t, "head") or t.dep_ not in ("nmod", "pobj", "obl") or t.head.i == t.i:
            return None
        task = t.head.head if t.head.pos_ == "ADP" else t.head
        return task if task.pos_ == "NOUN" else None

    def _made_under_contract(self, f: Frame, refs: Refs) -> bool:
        """Whether a making verb is what a contract is for ('won a $1 billion deal to build AI servers for Meta',
        'a remporté un contrat pour fabriquer des capteurs'): the customer then ordered the goods. A making verb
        only ('a deal to develop chips' orders nothing); the caller leaves out a deal with another partner ('signed
        with Orbix to make chips for Dell')."""
        t, deals = f.trigger, self.lang.words("order_deals")
        if t.pos_ != "VERB" or fold(t.lemma_) not in self.lang.words("manufacture_verbs") \
                or t.dep_ not in ("acl", "xcomp", "advcl", "relcl", "acl:relcl"):
            return False
        head = t.head
        return fold(head.lemma_) in deals or head.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and any(
            c.dep_ in ("obj", "dobj") and fold(c.lemma_) in deals for c in refs.children(head))

    def _co_owners(self, f: Frame, refs: Refs, owner: Entity) -> list[Entity]:
        """The other companies whose goods the phrase names beside ``owner``'s: 'les puces d'Apple et de Qualcomm',
        'les puces d'Apple et celles de Qualcomm', "Apple's chips and those of Qualcomm" (cue demonstratives)."""
        out: list[Entity] = []
        demonstratives = self.lang.words("demonstratives")
        for t in f.tokens.get("goods", []):
            if not hasattr(t, "subtree"):
                continue
            named = [x for x in t.subtree if owner in refs.refer(x, COMPANY)]
            names = [c for x in named for c in x.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            for n in (t, *named):  # 'et celles de Qualcomm', wherever the parser hung 'de Qualcomm'
                for c in n.children:
                    if c.dep_ == "conj" and fold(c.text) in demonstratives:
                        names += [g for g in (*c.subtree, *n.children) if g.i > c.i and g.pos_ == "PROPN"]
            for x in names:
                for e in refs.refer(x, COMPANY):
                    if e is not owner and e not in out:
                        out.append(e)
        return out

    def _product_owners(self, f: Frame, refs: Refs, role: str) -> list[Entity]:
        """A role's entities, where a name no layer typed but the role is owned by a company ('for its Project
        Olympus', "for Nintendo's GameCube"): a product or a programme of that company, which is the party."""
        toks, ents = f.tokens.get(role, []), f.roles.get(role, [])
        if len(toks) != len(ents):
            return list(ents)
        out: list[Entity] = []
        for t, x in zip(toks, ents):
            m = refs.mention(t) if hasattr(t, "i") else None
            untyped = hasattr(t, "i") and (t.i in refs.extra or m is not None and m.source not in ("lexicon", "article"))
            owners = [e for c in self.engine.possessors(t, refs) for e in refs.refer(c, "Company")
                      if e is not x] if untyped and x.info is None else []
            for e in owners or [x]:
                if e not in out:
                    out.append(e)
        return out

    def _made_of(self, x, refs: Refs) -> bool:
        """``x`` is a complement that tells what a machine is made of: 'a cluster of / with ...',
        'un supercalculateur de / doté de ...'."""
        words = self.lang.words("made_of_words")
        if x.dep_ == "prep":
            return fold(x.text) in words
        return x.dep_ in ("nmod", "acl") and any(c.dep_ == "case" and fold(c.text) in words for c in refs.children(x))

    def _outsourced(self, noun, refs: Refs) -> bool:
        """Whether a making noun is what its clause's verb hands to another ('entrusted the production of',
        'relies on TSMC for the production of', 'fait appel à TSMC pour la production de')."""
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
        lemma = fold(verb.lemma_)
        return lemma in self.lang.words("outsource_verbs") or lemma in self.lang.words("rely_control") and bool(
            self.engine.pp(verb, self.lang.cue("rely_preps"), refs))

    def _use(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        users, goods, sup = f.roles.get("user", []), f.roles.get("goods", []), f.roles.get("supplier", [])
        t = f.trigger
        if fold(t.lemma_) in self.lang.words("installing_verbs") and t.dep_ in ("xcomp", "advcl") and t.head.i != t.i \
                and fold(t.head.lemma_) in self.lang.words("choice_verbs", "object_control"):
            return  # 'a choisi Huawei pour installer ses antennes': the installer chosen does not use the chooser's goods
        if f.via.get("goods", "").startswith("~"):
            # 'plan to use the Dimensity chip in their top phones': a device found by position is where the
            # unnamed part goes, not what is used
            goods = [g for g in goods if g.ptype != "device"]
        if sup and f.via.get("supplier", "").startswith("@pp") and self.engine.is_passive(t, refs) \
                and any(self._preposition(x) == "chez" for x in f.tokens.get("supplier", [])):
            # 'le robot K2 de Kelvor, déployé chez Orvane': where goods are deployed uses them, bought from their maker
            users, sup = sup[:1], [x for x in users if x not in sup]  # (the nearest: the parse may hang later ones)
        head = next(iter(f.tokens.get("user", [])), None)
        if hasattr(head, "lemma_") and fold(head.lemma_) in self.lang.words("software_nouns"):
            # "Anthropic's Claude AI model runs on Trainium": software runs, its owner uses; a model is no company
            users = [x for c in self.engine.possessors(head, refs) for x in refs.refer(c, "Company")]
        sup = [x for x in sup if x not in users]
        held = {getattr(x, "i", None) for x in f.tokens.get("goods", [])}
        if f.via.get("user") == "@subj" and t.pos_ == "VERB" and any(
                e not in users for c in refs.children(t) if c.dep_ in OBJ_DEPS and c.i not in held
                for x in self.engine.possessors(c, refs) for e in refs.refer(x, COMPANY)):
            return  # 'Kelvor will equip Volvo's cars with radar chips': what goes into another's device is supplied
        if not sup and self._customers(f):
            # 'its sensors are used by customers such as Keltronix': customers buy from the maker
            sup = self._vendor(goods, refs, exclude=users)
        goods = [g for g in goods if not self._bare(g) or sup]
        if not users or not goods:
            return
        if f.trigger.pos_ == "VERB" and self._relies_on_custom(f):
            return  # 'peut compter sur les commandes de Broadcom': relying on a customer's orders uses nothing
        if f.rule.cue == "component" and not sup:
            # "Samsung's HBM3 chips will be used in Nvidia's H20": the part's maker supplies the product's maker
            sup = [x for x in self._vendor(goods, refs, exclude=users)]
            if self._smuggled(refs):
                sup = []  # 'Nvidia chips smuggled via Singapore ended up in X's servers': other hands sold them
        q = self._qualify(f, refs, s, e, goods)
        agreed = f.trigger.pos_ == "VERB" and f.trigger.dep_ in ("xcomp", "advcl") and \
            fold(f.trigger.head.lemma_) in self.lang.words("agreement_verbs")
        for u in users:
            for g in goods:
                name = self._goods_name(g, sup)
                own = (g.maker or self.disc.lex.maker_of(g.name)) == u.name
                if own and (f.trigger.pos_ == "NOUN" or len(users) > 1):
                    # 'Nvidia's H200 deployment' is a launch, and in 'Samsung and Qualcomm agreed to use more
                    # Snapdragon chips' the maker is not among the users of its own chip: when they agreed on it,
                    # it sells them to the others
                    if agreed and not self._bare(g):
                        for other in users:
                            if other is not u:
                                self._emit(f, refs, "ordered", other, name, "Product", q, supplier=u.name)
                                self._emit(f, refs, "supplies", u, other.name, "Company", q, product=name)
                    continue
                if own and not sup:
                    if not self._bare(g):  # 'un supercalculateur utilisant ses GPU': who uses its own chips makes them
                        self._emit(f, refs, "manufactures", u, name, "Product", q, conf=0.6)
                    continue
                if not self._bare(g):  # 'counts on a few parts from Soitec': a supply, no product to file
                    self._emit(f, refs, "uses", u, name, "Product", q)
                for x in sup:
                    self._emit(f, refs, "supplies", x, u.name, "Company", q, product=name)

    def _smuggled(self, refs: Refs) -> bool:
        """Whether the sentence says goods went by other hands (cue ``smuggling_words``: 'smuggled', 'diverted')."""
        words = self.lang.words("smuggling_words")
        return any(fold(x.lemma_) in words or fold(x.text) in words for x in refs.tokens)

    def _customers(self, f: Frame) -> bool:
        """Whether the users are introduced as customers ('used by customers such as ...', 'ses clients, dont ...')."""
        words = self.lang.words("customer_descriptors")
        for t in f.tokens.get("user", []):
            for x in (t, t.head, t.head.head):
                if fold(x.lemma_) in words or fold(x.text) in words:
                    return True
        return False

    def _own(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        parents, children = f.roles.get("parent", []), f.roles.get("child", [])
        if len(parents) == 1 and not children and any(fold(c.text) in self.lang.words("definite_determiners")
                                                      for c in f.trigger.children if c.dep_ == "det"):
            # 'La filiale cloud d'Iliad vise ...': the one subsidiary of Iliad the article names
            known = [x for x in self.disc.companies() if _parent(x) == parents[0].name]
            children = known if len(known) == 1 else []
        if len(parents) != 1 or not children:
            return
        parts = self.lang.words("part_nouns")
        for t in f.tokens.get("child", []):
            if hasattr(t, "lemma_") and fold(t.lemma_) in parts and refs.mention(t) is None:
                owners = {e for c in self.engine.possessors(t, refs) for e in refs.refer(c, "Company")}
                children = [c for c in children if c not in owners]  # 'acquiring Intel's NAND business': not Intel
            real = hasattr(t, "lemma_")  # (a stand-in token has no parse)
            named = refs.mention(t) if real else None
            between = [a for a in t.ancestors if f.trigger in a.ancestors] if real else []
            stakes = self.lang.words("stake_nouns")
            if real and (t.head.i == f.trigger.i and refs.vendor_after_goods(t) or any(
                    refs.container(a) and fold(a.lemma_) not in stakes and fold(a.text) not in stakes for a in between)):
                children = [c for c in children if c not in refs.refer(t, "Company")]  # 'de 50 000 cartes de Nvidia'
            if real and t.head.i == f.trigger.i and refs.goods_noun(t) and (named is None or named.kind != COMPANY):
                # "l'acquisition des baies de nouvelle génération de Dell": the goods, not their maker
                inside = {e for x in t.subtree for e in refs.refer(x, "Company")}
                children = [c for c in children if c not in inside]
            h = getattr(t, "head", None)
            if h is not None and h is not f.trigger and refs.goods_noun(h) and (
                    h in f.tokens["child"] or f.via.get("child", "").count("@pp") > 1):
                # "l'acquisition du supercalculateur de Nvidia": a purchase of Nvidia's product, not of Nvidia
                children = [c for c in children if c not in refs.refer(t, "Company")]
        if not children:
            return
        clauses = ("relcl", "acl:relcl", "acl", "advcl", "conj", "appos")
        own = [f.trigger] + [x for x in f.trigger.subtree if x is not f.trigger and not any(
            a.dep_ in clauses for a in (x, *x.ancestors) if a.i != f.trigger.i and f.trigger in a.ancestors)]
        phrase = " " + " ".join(" ".join(fold(x.text) for x in sorted(own, key=lambda x: x.i)).split()) + " "
        if any(f" {fold(w)} " in phrase for w in self.lang.cue("not_ownership")) and not self._majority(phrase, own):
            return  # a spin-off, a former unit or a minority stake is not a subsidiary
        q = self._qualify(f, refs, s, e, [])
        q["date"] = None
        for c in children:
            if c is parents[0]:
                continue
            self.disc.parents[c.name] = parents[0].name
            self._emit(f, refs, "parent_of", parents[0], c.name, "Company", q)

    def _restrict(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        if f.rule.cue == "export" and not self._banned(f.trigger):
            return  # 'Nvidia exporte ses puces' is trade; 'ne peut pas exporter', 'barred from exporting' is a ban
        if f.rule.cue == "export" and f.trigger.pos_ == "NOUN" and f.trigger.head.pos_ == "VERB" \
                and fold(f.trigger.head.lemma_) in self.lang.words("export_bans"):
            return  # 'le Japon a restreint les exportations': the verb's own frame says who restricts
        # where the goods go does not restrict ('interdit les exportations vers les États-Unis')
        govs = self._by_preposition(f, "government", self.lang.words("destination_prepositions"))[0] or self._regulator(f, refs, s, e)
        if not govs:
            return
        # 'to China' is where, not what; the exporter is not what is restricted either: 'en empêchant l'exportation
        # par MBDA d'un composant', 'exports by Kelvor of ...'
        targets, exporters = self._by_preposition(f, "target", ("par", "by"))
        targets = [t for t in targets if t.kind != "Government"]
        if not any(t.kind == "Product" for t in targets):
            targets = targets + self._by_preposition(f, "company", ("par", "by"))[0]
        q = self._qualify(f, refs, s, e, [t for t in targets if t.kind == "Product"])
        if f.rule.cue == "export" and q["status"] == "denied":
            q["status"] = "asserted"  # 'Nvidia cannot export its A800': the ban is the fact, and it holds
        q.pop("quantity", None)
        q.pop("quantity_qualifier", None)
        if not targets:
            if exporters:
                return  # what the exporter may not sell is another frame's ('l'exportation ... d'un composant')
            said = self._target_token(f)
            if said is not None and (said.pos_ == "PRON" or _said_as(
                    said, self.lang.words("order_deals", "weak_deals"))):
                return  # 'restricting them from importing', 'bloqueraient un tel contrat': no goods are named
            obj = self._target_text(f, refs)
            if any(self.disc.lex.government(x) for x in (obj, obj.split()[0])):
                return  # "limiter l'accès de la Chine": a country is where goods go, not what is restricted
            for g in govs:
                self._emit(f, refs, "restricts_export", g, obj, "Product", q, subject_type="Government")
            return
        for g in govs:
            for t in targets:
                self._emit(f, refs, "restricts_export", g, self._goods_name(t, []) if t.kind == "Product" else t.name,
                           t.kind if t.kind in ("Product", "Company") else "Product", q, subject_type="Government")

    def _signed_unsaid(self, t) -> bool:
        """Whether a deal noun is the complement of a signing noun ('la signature de deux contrats', 'the signing of
        a deal', cue signing_nouns) that names no signer."""
        signing = self.lang.words("signing_nouns")
        for a in (t.head, t.head.head):
            if a.i == t.i or a.pos_ != "NOUN" or fold(a.lemma_) not in signing:
                continue
            return not any(c.dep_ in ("poss", "nmod:poss") or is_possessive(c) for c in a.children)
        return False

    def _deal(self, f: Frame, refs: Refs, s: int, e: int) -> None:
        if f.trigger.dep_ in ("dobj", "obj") and fold(f.trigger.head.lemma_) in self.lang.words("sharing_verbs"):
            return  # 'It shared that deal with Kelvor and Brio': fellow holders of a contract, no parties to it
        parties = list(f.roles.get("party", []))
        partners = [p for p in f.roles.get("partner", []) if p not in parties]
        goods = f.roles.get("goods", [])
        before = self.lang.words("predecessor_prepositions")
        if not partners and len(parties) == 2 and not any(
                hasattr(t, "i") and self.engine.introduced_by(t, before, refs) for t in f.tokens.get("party", [])):
            # ('Après Bosch, c'est au tour de Valeo de signer': Bosch signed before, as no partner of Valeo)
            parties, partners = parties[:1], parties[1:]
        between = self._between(f, partners, parties)
        if between:  # 'the contract between TSMC and Huawei': the two it names are its parties, whoever the subject
            parties, partners = partners[:1], partners[1:]
        if partners and not parties and self._signed_unsaid(f.trigger):
            # 'La signature d'un accord avec Kelvor ...': a signing told with no signer is the
            # signing of the subject of a clause it hangs in ('Samsung espère que la signature ...'), else of the
            # company the article is about
            verb = next((a for a in f.trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
            # ('Kelvor, qui a dévoilé hier la signature d'un accord avec X': the verb that takes the signing tells it)
            heads = [verb.head] if verb is not None and verb.dep_ in ("ccomp", "xcomp") else [verb] if verb is not None else []
            governing = [e for v in heads for c in refs.children(v) if c.dep_.startswith("nsubj")
                         and f.trigger not in c.subtree for e in refs.refer(c, COMPANY)]
            # (nor the partner's own group: 'les résultats d'AWS ... le CEO d'Amazon' names no signer of AWS's deal)
            group = {e for e in self.disc.companies() for p in partners if e.name == _parent(p) or _parent(e) == p.name}
            focus = governing[0] if len(governing) == 1 else self.disc.focus(exclude=set(partners) | group)
            parties = [focus] if focus is not None and focus not in partners else []
        if parties and not partners:
            before = len(self.facts)
            self._unnamed_sellers(f, refs, s, e, parties, goods)
            if any(x.relation == "ordered" for x in self.facts[before:]):
                self.purchases.append((f.sentence, parties, []))  # 'a signé des contrats d'achat de puces'
        if not parties or not partners:
            return
        weak = fold(f.trigger.lemma_) in self.lang.words("weak_deals") or any(
            fold(c.lemma_) in self.lang.words("weak_deals") for c in refs.complements(f.trigger)) or any(
            c.dep_ == "compound" and fold(c.lemma_) in self.lang.words("weak_deals") for c in refs.children(f.trigger))
        # ('un accord de coopération', 'a cooperation agreement': a weak deal by its own words)
        cue = f.rule.cue or (None if between else self._deal_cue(f, refs, phrase_only=weak))
        if f.rule.cue is None and cue != "sell" and any(self._preposition(x) in self.lang.words("from_words")
                                                        for x in f.tokens.get("partner", [])):
            # 'un accord d'approvisionnement auprès de Cree': bought from the partner (a rule's own cue stands:
            # 's'engager auprès d'Infineon' is a commitment; so does a deal won or a sale: 'a remporté un accord
            # auprès d'Eutelsat', 'clinched an agreement from Eutelsat' are the partner's purchases)
            cue = "buy"
        if cue in ("takeover", "develop"):
            return  # a takeover or a joint venture, or a joint development of something that is no product
            # ('platforms', 'solutions'; 'un contrat pour développer la puce graphique d'une console' is a supply)
        described = {x: self._descriptor(t, refs) for role in ("party", "partner")
                     for t, x in zip(f.tokens.get(role, []), f.roles.get(role, []))}
        for x in [*parties, *partners]:
            if not described.get(x):  # 'battery maker CATL said it has signed ...': the name elsewhere in the sentence
                described[x] = next((d for m in refs.mentions if refs.entity_of(m) is x
                                     for i in refs.mention_tokens.get(id(m), ())[:1]
                                     if (d := self._descriptor(refs.tokens[i], refs))), None)
        described = {x: self._end_product_side(d, goods, x, f) for x, d in described.items()}
        sides = {described.get(x) for x in [*parties, *partners]} & {"supplier", "customer"}
        # a partnership or a cooperation is not a supply deal unless its words, its goods or what it calls a party
        # say so ('le fournisseur cloud Marlow Data étend son partenariat avec Orvane'), or, for the pairs where one
        # side makes chips for others and the other does not ('lost its main partner in TSMC'), who they are
        contract_only = cue is None and weak and not self._deal_products(f, refs) and not sides
        if contract_only and not any(_makes_chips_for(a, b) or _makes_chips_for(b, a) for a in parties for b in partners):
            return
        q = self._qualify(f, refs, s, e, goods)
        # what the sentence says outright, not what a maker noun in apposition says of a party ('GlobalFoundries,
        # the contract chipmaker for AMD, signed a deal with ASML' does not make it the deal's seller)
        said = {(f.subject, f.object) for f in self.facts[self.first:] if f.relation == "supplies"
                and not (f.rule or "").startswith("make.maker")}
        bought = {(f.subject, f.supplier) for f in self.facts[self.first:] if f.relation == "ordered" and f.status != "denied"}
        takers = self.lang.words("taking_verbs")  # asked only where the direction may hang on it (a supply deal)
        taking = cue == "supply" and any(t.pos_ == "VERB" and _said_as(t, takers) for t in refs.tokens)
        purpose = cue == "partner" and self._purpose_supply(f, f.trigger.head)  # 'works with Volvo to supply ...'
        if self._sourced_elsewhere(f, refs, {*parties, *partners}) or self._exploratory(f, refs):
            return
        for a in parties:
            for b in partners:
                if self._same_side(a, b) or (contract_only and not (_makes_chips_for(a, b) or _makes_chips_for(b, a))):
                    continue  # 'memory suppliers such as Kioxia and Micron ... seek contracts from customers'
                agent = self._supply_agent(f, refs, (a, b))
                if agent is None and self._partner_makes_own(f, refs, a):
                    agent = b  # 'works with Kelvor on the making of its chips': Kelvor makes them
                if agent is not None:
                    supplier, buyer = agent, b if agent is a else a  # 'un contrat pour la fourniture par X de graphite'
                elif (b.name, a.name) in said and (a.name, b.name) not in said:
                    supplier, buyer = b, a  # 'X and Y signed a contract for Y to make chips for X': as said
                elif (a.name, b.name) in said and (b.name, a.name) not in said:
                    supplier, buyer = a, b
                elif cue not in ("buy", "sell") and any(x == a.name and y != b.name for x, y in said) \
                        and not any(y == a.name for _, y in said) and not any(x == b.name for x, _ in said):
                    # 'after a similar deal with Compaq, Micron agreed to provide Gateway with memory chips': the
                    # party that sells in this very sentence sells in the deal too
                    supplier, buyer = a, b
                elif (actor := self._clause_actor(f, refs, (a, b))) is not None:
                    supplier, buyer = actor  # 'a deal with Lenovo by which the latter is to purchase memory'
                elif ((a.name, None) in bought or (a.name, b.name) in bought) != ((b.name, None) in bought
                                                                                 or (b.name, a.name) in bought):
                    # 'signed a contract with Lenovo, which will buy memory chips': the one the sentence has buy,
                    # from the other or from no one named (not 'also bought tools from Canon')
                    supplier, buyer = (b, a) if (a.name, None) in bought or (a.name, b.name) in bought else (a, b)
                else:
                    supplier, buyer = self._direction(a, b, goods, cue, described, counted=bool(q.get("quantity")),
                                                      taking=taking, purpose=purpose)
                if supplier is None:
                    self.open_deals.append((f.sentence, a, b))
                    continue
                self.trades.append((f.sentence, [buyer], [supplier]))
                # 'a deal to supply 5G modems for the launches of its future iPhones': the buyer's device is where
                # the goods go ('pour la gamme iPhone 18', when that is all, leaves the goods unnamed)
                devices = [g for g in goods if g.ptype == "device" and self._maker_name(g) == buyer.name]
                for g in self._not_customers_own([g for g in goods if g not in devices], [buyer]) or [None]:
                    name = self._goods_name(g, [supplier])
                    self._emit(f, refs, "supplies", supplier, buyer.name, "Company", q, product=name,
                               conf=0.6 if cue is None else 0.7, plain=cue in ("buy", "sell", "party_supplies"))
                    if name and (cue == "buy" or cue in ("supply", "party_supplies") and not weak
                                 or q.get("value") and fold(f.trigger.lemma_) in self.lang.words("order_deals")):
                        # a purchase or supply agreement (not a 'supply partnership'), or a contract worth a sum
                        # for named goods, is an order
                        self._emit(f, refs, "ordered", buyer, name, "Product", q, supplier=supplier.name)

    def _sourced_elsewhere(self, f: Frame, refs: Refs, parties: set[Entity]) -> bool:
        """'Volvo signed a deal with Nvidia to source its chips from Kelvora', '... pour acheter ses puces à Kelvora':
        the deal's purpose takes goods (cue goods_taking_verbs) from a company it names that is no party; that one
        sells them, and the deal says nothing of who sells to whom among its parties."""
        takers = self.lang.words("goods_taking_verbs")
        sellers = (*self.lang.cue("seller_prepositions"), *self.lang.cue("from_words"))
        return any(fold(v.lemma_) in takers and any(
            e not in parties for x in self.engine.pp(v, sellers, refs) for e in refs.refer(x, COMPANY))
            for v in self._deal_purposes(f, refs))

    def _exploratory(self, f: Frame, refs: Refs) -> bool:
        """'signed a memorandum with X to explore opportunities in ...', 'un protocole d'accord ... dans le but
        d'explorer ...': a deal whose purpose is only to explore or study (cue exploring_verbs) trades nothing yet."""
        explore = self.lang.words("exploring_verbs")
        return any(fold(v.lemma_) in explore for v in self._deal_purposes(f, refs, self.lang.words("aim_nouns")))

    def _deal_purposes(self, f: Frame, refs: Refs, aims: frozenset[str] = frozenset()) -> list:
        """The clauses that say what a deal is for: those hanging on its noun or on the words above it, up to its verb
        ('un protocole d'accord' signed 'pour explorer'), and, through a noun of aim (``aims``), 'dans le but
        d'explorer'."""
        holders = [f.trigger]
        while len(holders) < 4 and holders[-1].head.i != holders[-1].i and holders[-1].pos_ not in ("VERB", "AUX"):
            holders.append(holders[-1].head)
        out = []
        for h in holders:
            for v in refs.children(h):
                if v.dep_ in _PURPOSE_DEPS:
                    out.append(v)
                elif fold(v.lemma_) in aims:
                    out += [c for c in refs.children(v) if c.dep_ in _PURPOSE_DEPS]
        return out

    def _site_made(self, t, refs: Refs) -> bool:
        """Whether what a passive of making makes is a site or an asset ('The plant was built by X for Y', 'Built by
        X for Y, the new fab ...'; cues facility_heads, asset_nouns): a building, not goods."""
        if t.dep_ in ("acl", "amod"):
            made = [t.head]
        else:
            v = t.head if t.dep_ == "advcl" and t.head.i != t.i else t
            made = [c for c in refs.children(v) if c.dep_.startswith(("nsubj", "nsubjpass"))]
        sites = self.lang.words("facility_heads", "asset_nouns")
        return any(fold(x.lemma_) in sites or fold(x.text) in sites for x in made)

    def _partner_makes_own(self, f: Frame, refs: Refs, party: Entity) -> bool:
        """Whether the deal is for the making of the party's own goods ('teams up with X on the production of its
        chips', 'a signé un accord avec X pour la fabrication de ses puces'; cue ``outsourced_making``): the partner
        makes them."""
        making = self.lang.words("outsourced_making")
        lo, hi = self.engine._clause(f.trigger, refs)
        for x in refs.tokens:
            if not lo <= refs.p.pos(x) - refs.start < hi or x.i <= f.trigger.i or fold(x.lemma_) not in making:
                continue
            for g in refs.complements(x):
                poss = [c for c in refs.children(g) if fold(c.text) in self.lang.words("possessive_determiners")]
                if poss and refs.refer(poss[0], COMPANY) == [party]:
                    return True
        return False

    def _partner_upstream(self, f: Frame, refs: Refs, sup: list[Entity], cus: list[Entity]) -> list[Entity]:
        """Whether a supply that is the purpose of a deal ('X signed a deal with Y to provide Z') was read with the
        deal's party supplying its 'with' partner while the partner's trade sits well upstream of the party's (an
        equipment maker, a telecom operator): English leaves who provides open, the trades do not. The partner,
        which then supplies, or nothing."""
        t = f.trigger
        if len(sup) != 1 or cus or t.dep_ not in ("acl", "relcl", "advcl", "xcomp") or t.head.i == t.i:
            return []
        if not f.roles.get("goods") or any(self._preposition(c) in self.lang.words("recipient_prepositions")
                                           for c in refs.children(t)
                                           if c.dep_ in ("prep", "obl", "obl:arg", "obl:mod", "iobj")):
            return []  # goods the trades can tell, and no one else they go to ('to provide services to enterprises')
        deals = self.lang.words("order_deals", "weak_deals")
        head = t.head
        deal = head if fold(head.lemma_) in deals else next(
            (c for c in refs.children(head) if c.dep_ in ("dobj", "obj") and fold(c.lemma_) in deals), None)
        if deal is None:
            return []
        # 'with' on the noun, or on the verb the parser hung it from ('signed a deal with X to provide')
        partners = [e for y in {deal, head} for x in self.engine.pp(y, ("with", "avec"), refs)
                    for e in refs.refer(x, COMPANY)]
        if len(partners) != 1 or partners == sup:
            return []
        low, high = _tier(partners[0]), _tier(sup[0])
        return partners if low is not None and high is not None and high - low >= 2 else []

    def _through_middlemen(self, x) -> bool:
        """'through distributors', 'par l'intermédiaire de distributeurs', 'via resellers': a middleman noun (cue
        middlemen_words) that a 'through' preposition introduces (not 'despite distributor shortages')."""
        if fold(x.lemma_) not in self.lang.words("middlemen_words") and fold(x.text) not in self.lang.words("middlemen_words"):
            return False
        through = self.lang.words("through_words")
        return x.dep_ == "pobj" and fold(x.head.text) in through or any(
            c.dep_ == "case" and fold(c.text) in through for c in x.children)

    def _clause_actor(self, f: Frame, refs: Refs, pair: tuple[Entity, Entity]) -> tuple[Entity, Entity] | None:
        """(supplier, buyer) as a clause of the deal noun tells them with a subject of its own: 'a deal with Lenovo
        by which the latter is to purchase memory', 'un contrat en vertu duquel Renault achètera des puces'."""
        for x in refs.children(f.trigger):
            if x.dep_ not in ("relcl", "acl:relcl", "acl") or x.pos_ != "VERB":
                continue
            subj = [e for c in refs.children(x) if c.dep_ in ("nsubj", "nsubj:pass") for e in refs.refer(c, COMPANY)]
            if len(subj) != 1 or subj[0] not in pair:
                continue
            other = pair[1] if subj[0] is pair[0] else pair[0]
            lemma = fold(x.lemma_)
            if lemma in self.lang.words("deal_buy_words"):
                return other, subj[0]
            if lemma in self.lang.words("deal_supply_words", "deal_sell_words"):
                return subj[0], other
        return None

    def _supply_agent(self, f: Frame, refs: Refs, pair: tuple[Entity, Entity]) -> Entity | None:
        """The one of a deal's two parties that a supply noun of its clause names as its agent: 'un contrat pour
        la fourniture par Kestrel de graphite', 'a deal for the supply by Kestrel of wafers' (cue supply_nouns)."""
        nouns = self.lang.words("supply_nouns")
        for x in refs.tokens:
            if fold(x.lemma_) not in nouns and fold(x.text) not in nouns or f.trigger not in list(x.ancestors)[:3]:
                continue
            for t in self.engine.pp(x, ("par", "by"), refs):
                m = refs.mention(t)
                named = fold(m.name) if m is not None else fold(t.text)  # NER may call the name a person's
                e = next((p for p in pair if fold(p.name) == named), None)
                if e is not None:
                    return e
        return None

    def _deal_orders(self, frames: list[Frame], refs: Refs, s: int, e: int) -> None:
        """'Kestrel signed a contract with Orvane to supply it with HBM3E', 'Marlow will provide GPUs to
        Orvane under a contract': a contract, deal or agreement between two companies, one of which supplies
        the other named goods in the same sentence, is the buyer's order of those goods (a purchase agreement,
        in the guidelines' words), whichever frame said the supply; not a partnership or a collaboration."""
        deals = [f for f in frames if f.frame == "deal" and fold(f.trigger.lemma_) in self.lang.words("order_deals")]
        if not deals:
            return
        new = self.facts[self.first:]
        ordered = {(x.subject, fold(x.object)) for x in new if x.relation == "ordered"}
        for f in deals:
            parties = {x.name: x for role in ("party", "partner") for x in f.roles.get(role, [])}
            governors = list(f.trigger.ancestors)[:3]
            if not f.roles.get("partner") and not {fold(a.lemma_) for a in governors} & self.lang.words(
                    "attempt_words", "fail_verbs") \
                    and self._qualify(f, refs, s, e, []).get("status") in ("asserted", "planned", "rumoured"):
                # 'signed a contract to provide Volvo with batteries': the customer of the supply the deal is for is
                # the deal's other party ('a signé un contrat pour fournir des plaquettes à Veltrix': on the deal's
                # verb; 'will supply Veltrix with bonders, in a deal worth $9m': the deal the supply's phrase holds);
                # not a deal denied ('has not signed a contract to supply'), nor one with a partner of its own
                verb = f.trigger.head.i if f.trigger.dep_ in ("dobj", "obj") else None
                above = {a.i for a in governors}
                parties.update({x.name: x for g in frames if g.frame in ("supply", "delivery")
                                and g.trigger.i != f.trigger.i and id(g) not in self.attempts
                                and (g.trigger.head.i == f.trigger.i and g.trigger.dep_ in ("acl", "relcl")
                                     or g.trigger.head.i == verb and g.trigger.dep_ in ("advcl", "xcomp")
                                     or g.trigger.i in above and g.trigger.pos_ == "VERB")
                                for role in ("customer", "recipient") for x in g.roles.get(role, [])})
            for fact in new:
                if fact.relation != "supplies" or not fact.product or fact.rule == LEARNED.id \
                        or fact.subject not in parties or fact.object not in parties \
                        or (fact.object, fold(fact.product)) in ordered:
                    continue
                q = {"status": fact.status, **({"date": fact.date} if fact.date else {})}
                self._emit(f, refs, "ordered", parties[fact.object], fact.product, "Product", q, supplier=fact.subject)
                ordered.add((fact.object, fold(fact.product)))

    def _same_side(self, a: Entity, b: Entity) -> bool:
        """Whether another frame of the sentence puts both companies in one trade role (both suppliers, both
        sellers, both buyers): then a deal word near them does not make them each other's parties."""
        for f in self.frames_now:
            for role in ("supplier", "seller", "customer", "buyer", "recipient"):
                if a in f.roles.get(role, ()) and b in f.roles.get(role, ()) \
                        and not f.via.get(role, "").startswith(("@xsubj", "~")):
                    return True  # not a role guessed from the clause's subject ('A et B ... pour la fourniture de')
        return False

    def _between(self, f: Frame, partners: list[Entity], parties: list[Entity]) -> bool:
        """Whether a deal names its two parties itself ('the contract between A and B', 'le contrat liant A et B');
        their direction is then the trade's, not that of the words around the deal."""
        via = f.via.get("partner", "")
        if len(partners) != 2:
            return False
        return "acl[lemma=lier" in via or via.startswith("@pp") and not parties and all(
            self._preposition(x) in ("between", "entre") or x.dep_ == "conj" for x in f.tokens.get("partner", []))

    def _unnamed_sellers(self, f: Frame, refs: Refs, s: int, e: int, buyers: list[Entity], goods: list[Entity]) -> None:
        """'a signé des contrats d'achat avec des fabricants de semi-conducteurs': a purchase agreement whose
        sellers the sentence does not name is still the buyer's order of the goods it names (or of what the
        sellers are said to make); the sellers may be named later ('les gagnants de ces accords sont ...')."""
        if f.trigger.pos_ != "NOUN" or fold(f.trigger.lemma_) in self.lang.words("weak_deals") or not any(
                fold(x.lemma_) in self.lang.words("deal_buy_words") or fold(x.text) in self.lang.words("deal_buy_words")
                for x in f.trigger.subtree):
            return  # only a purchase agreement by its own words ('contrats d'achat', 'purchase agreements'), not
            # 'a memorandum ... to help ensure a long-term supply of wafers' signed by the wafer maker, nor
            # whatever the words of a whole sentence around 'signed' say
        if not goods:
            lo, hi = self.engine._clause(f.trigger, refs)
            goods = [x for m in refs.mentions if m.kind == PRODUCT and lo <= m.start - refs.start < hi
                     and m.start > refs.p.pos(f.trigger) and (x := refs.entity_of(m)) is not None]
        if not goods:
            return  # a type alone is kept: 'contrats d'achat ... avec des fabricants de semi-conducteurs' is an order
        q = self._qualify(f, refs, s, e, goods)
        sellers: list[Entity] = []
        via = self.lang.words("from_words", "through_words")
        # another company the sentence has the goods come from or by ('..., qui seront livrés par Dell')
        other = any((m := refs.mention(x)) is not None and m.kind == COMPANY and refs.entity_of(m) not in buyers
                    and (x.dep_ == "obl:agent" or self._preposition(x) in via) for x in refs.tokens)
        for g in goods:
            # 'un contrat d'achat ... de 32 000 GPU Nvidia H100': goods named with their maker come from it
            sold_by = self._vendor([g], refs, exclude=buyers, implied=True)
            sold_by = sold_by if len(sold_by) == 1 and not other else []
            for b in buyers:
                self._emit(f, refs, "ordered", b, self._goods_name(g, []), "Product", q,
                           supplier=sold_by[0].name if sold_by else None)
                for sl in sold_by:
                    self._emit(f, refs, "supplies", sl, b.name, "Company", q, product=self._goods_name(g, []))
            sellers += [x for x in sold_by if x not in sellers]
        self.orders.append((list(buyers), sellers, list(goods)))
        if sellers:
            self.trades.append((f.sentence, list(buyers), sellers))

    # ---------------------------------------------------------------- helpers
    def _banned(self, t) -> bool:
        """An export the text says is barred: a ban word or a negation on the verb, on what governs it, or on
        that word's own head ('ne peut pas exporter', "l'interdiction d'exporter", 'stop its chips from being
        exported', 'interdite à l'export')."""
        bans = self.lang.words("export_bans")
        near = [t, *list(t.ancestors)[:2]]
        words = {fold(x.lemma_) for x in near} | {fold(c.lemma_) for x in near for c in x.children if c.dep_ != "conj"}
        return bool(words & bans)

    def _regulator(self, f: Frame, refs: Refs, s: int, e: int) -> list[Entity]:
        """The government behind an export control whose clause names none ('Nvidia ne peut pas exporter ses
        puces A800', 'the ban affects its A100 chips'): one the sentence names other than as the destination,
        else the one the article has named most; only where the sentence speaks of exports."""
        said = f" {' '.join(fold(self.text[s:e]).split())} "
        if f.rule.cue != "export" and not any(f" {fold(w)} " in said for w in self.lang.cue("export_words")):
            return []
        dest = self.lang.words("destination_prepositions")
        rules = self.engine.control_words
        here, away = [], set()
        for t in refs.tokens:
            for g in refs.refer(t, "Government"):
                if t.dep_ == "amod" and fold(t.head.lemma_) not in rules and fold(t.head.text) not in rules:
                    away.add(g)  # 'to Chinese firms', "l'industrie chinoise": whose the firms are, not who rules
                    continue
                before = [fold(x.text) for x in refs.tokens[max(0, t.i - 3):t.i] if fold(x.text)]
                if t.dep_ == "amod" or not (set(before[-2:]) & dest):
                    here.append(g)  # 'les nouvelles règles américaines'
                else:
                    away.add(g)  # 'vers la Chine', 'to China'
        if here:
            return here[:1]
        known = [x for x in self.disc.entities.values() if x.kind == "Government" and x not in away and x.salience > 0]
        return [max(known, key=lambda x: x.salience)] if known else []

    def _majority(self, phrase: str, tokens: list) -> bool:
        """A stake above half ('a 75% stake in', "l'acquisition de 79,98 % de"), or one the text calls a majority."""
        if any(f" {fold(w)} " in phrase for w in self.lang.words("minority_marks")):
            return False
        if any(f" {fold(w)} " in phrase for w in self.lang.words("majority_marks")):
            return True
        text = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
        shares = [float(n.replace(",", ".")) for n in _PERCENT.findall(text)]
        return bool(shares) and max(shares) > 50

    def _hypothetical(self, t, frame: Frame | None = None) -> bool:
        """A trigger in a clause opened by 'if', 'whether', 'si', or governed by a need, a difficulty or a prevention
        ('Orvane needs to find more wafers', 'it is hard for Brio to secure GPUs', 'peine à acheter', 'block X from
        buying'): the text does not say it happened. A difficulty (cue difficulty_heads) holds back all but making
        ('Kelvor aurait du mal à graver la puce de la console Orbix' still makes it) and supplying 'enough'."""
        for x in (t, t.head):
            if any(c.dep_ == "mark" and fold(c.text) in self.lang.words("hypothetical_marks") for c in x.children):
                return True
            if x.dep_ not in ("xcomp", "aux", "aux:tense"):
                break
        # 'peine à fournir assez de puces' supplies; 'Samsung has struggled to supply HBM3E to Nvidia' does not yet
        enough = self.lang.words("sufficiency_words")
        maker_side = frame is not None and (frame.frame == "make" or frame.frame == "supply" and frame.via.get(
            "supplier") == "@subj" and any(fold(x.text) in enough for x in t.subtree))
        return self._unreal(t, count_difficulty=not maker_side)

    def _unreal(self, t, count_difficulty: bool = True) -> bool:
        if t.pos_ != "VERB" or t.head.i == t.i or has_negation(t.head, self.lang):
            return False  # 'it was not hard for X to buy ...' says it was bought
        prevent = self.lang.words("prevention_verbs")
        if t.dep_ == "pcomp" and fold(t.head.text) == "from" and fold(t.head.head.lemma_) in prevent:
            return True  # 'the new rules block Orvane from buying Brio's accelerators'
        if t.dep_ not in ("xcomp", "acl", "advcl", "ccomp"):
            return False
        if fold(t.head.lemma_) in prevent and any(c.dep_ == "mark" and fold(c.text) in ("de", "d") for c in t.children):
            return True  # 'la loi empêche Orvane d'acheter ces puces'
        unreal = self.lang.words("unreal_heads")
        if not count_difficulty:
            unreal = unreal - self.lang.words("difficulty_heads")
        h = t.head
        return fold(h.lemma_) in unreal or fold(h.text) in unreal or t.dep_ == "advcl" and any(
            c.dep_ in ("acomp", "xcomp", "amod") and fold(c.lemma_) in unreal for c in h.children)

    @staticmethod
    def _preposition(tok) -> str:
        """The preposition that introduces a token ('from' in 'from Cree', 'auprès de' in 'auprès de Cree')."""
        if not hasattr(tok, "dep_"):
            return ""
        if tok.dep_ == "pobj":
            return fold(tok.head.text)
        by_adverb = preposition_by_adverb(tok)  # 'auprès de Cree' parsed as an adverb with its own oblique
        if by_adverb:
            return by_adverb
        case = [c for c in case_markers(tok) if c.dep_ == "case"]
        if case:
            return " ".join(fold(x.text) for x in [case[0], *(g for g in case[0].children if g.dep_ == "fixed")])
        prev = tok.nbor(-1) if tok.i > 0 else None
        return fold(prev.text) if prev is not None else ""

    def _told_before(self, f: Frame) -> list[tuple[Entity, Entity]]:
        """The (supplier, customer) pairs the two sentences before ``f``'s told, each once, in order: what a contract
        or deliveries with no party of their own may go back to ('... The contract covers 128 modules')."""
        return list(dict.fromkeys((x, c) for n, x, c in self.customers_told if f.sentence - 2 <= n < f.sentence))

    def _numbered_goods(self, f: Frame, refs: Refs) -> set[str]:
        """Names of the goods a number counts in frame ``f`` ('covers 128 modules', 'couvre la livraison de 128 de
        ces modules'): goods named by their type alone are no vague mention when counted."""
        out = set()
        for t, g in zip(f.tokens.get("goods", []), f.roles.get("goods", [])):
            if not hasattr(t, "subtree"):
                continue
            goods = [x for x in t.subtree if x.pos_ == "NOUN" and refs.goods_noun(x)]
            if any(counted(x) or x.head.i != x.i and x.head.like_num for x in goods):
                out.add(g.name)  # (the supply 'of 128 modules', 'de 128 de ces modules')
        return out

    def _bare(self, g: Entity) -> bool:
        """A product named by its type alone ('chips', 'AI chips', 'les serveurs'): nothing an analyst could file."""
        return g.generic and self._type_only(g.name)

    def _type_only(self, name: str) -> bool:
        """A name that is a product type and nothing more ('chips', 'AI chips'; not 'memory chips', 'modem chips')."""
        heads = self.head_types
        words = [fold(w) for w in name.split() if fold(w) not in ("ai", "artificial", "intelligence")]
        return len(words) <= 1 and all(w in heads for w in words)

    def _makes_goods(self, a: Entity, b: Entity, goods: list[Entity]) -> bool:
        """Whether the goods are ``a``'s rather than ``b``'s: ``a`` is named as their maker, or its trade makes
        goods of their kind (memory makers make HBM3E, equipment makers tools) and ``b``'s does not."""
        for g in goods:
            maker = self._maker_name(g)
            if maker in (a.name, b.name):
                return maker == a.name
        trades = [_MAKER_TRADES[g.ptype] for g in goods if g.ptype in _MAKER_TRADES]
        return bool(trades) and all(a.roles & t and not b.roles & t for t in trades)

    def _deal_partner(self, f: Frame, refs: Refs, role: str = "maker") -> Entity | None:
        found = self._deal_partners(f, refs, role)
        return found[0] if found else None

    def _deal_partners(self, f: Frame, refs: Refs, role: str = "maker") -> list[Entity]:
        """The companies a deal is made 'with', when the trigger is the deal's purpose and ``role`` its subject
        ('a deal with X to make ...', 'signed with X to make ...', 'un accord avec X pour fabriquer ...'). For a
        trade's own roles (who sells, who is supplied) only a contract, deal or agreement counts ('agreed with X
        and Y to supply'): a partner in 'partnered with X to buy' may be a fellow buyer."""
        h = f.trigger.head
        if f.trigger.dep_ == "pcomp" and h.dep_ == "prep":
            h = h.head  # 'is working with Broadcom on developing ...'
        elif f.trigger.dep_ not in ("acl", "advcl", "xcomp"):
            return []
        if h.i == f.trigger.i or not f.via.get(role, "").startswith("@subj"):
            return []
        strict = role in ("buyer", "supplier")
        deals = self.lang.words("order_deals") if strict else self.lang.words("order_deals", "weak_deals")
        verbs = self.lang.words("agreement_verbs") if strict else self.lang.words("deal_verbs")
        if fold(h.lemma_) in deals:
            holders = [h]
        else:  # 'signed a deal with X', 'has expanded cooperation with X', 'signed on to a deal with X'
            holders = [*(c for c in h.children if c.dep_ in ("dobj", "obj") and fold(c.lemma_) in deals),
                       *(g for c in h.children if c.dep_ == "prep" for g in c.children
                         if g.dep_ == "pobj" and fold(g.lemma_) in deals)]
            if fold(h.lemma_) in verbs or strict and any(c.dep_ in ("dobj", "obj") and fold(c.lemma_) in deals
                                                         for c in h.children):
                holders.insert(0, h)  # 'signed a deal with X': the verb of a contract noun holds its 'with' too
        for x in holders:
            for t in self.engine.pp(x, self.lang.cue("partner_prepositions"), refs):
                found = refs.refer(t, "Company", want_group=False)
                if len(found) == 1:
                    listed = [e for c in getattr(t, "conjuncts", ()) for e in refs.refer(c, "Company", want_group=False)]
                    return list(dict.fromkeys([found[0], *listed]))  # 'agreed with LG and Apple'
        return []

    def _other_party(self, f: Frame, refs: Refs, buyers: list[Entity]) -> list[Entity]:
        """The seller of a purchase that a relative clause of a contract tells ('renewed a deal with Lenovo by which
        the latter is to purchase memory'): of the contract's two parties, the one that is not the buyer."""
        deal = f.trigger.head
        if f.trigger.dep_ not in ("relcl", "acl:relcl") or deal.i == f.trigger.i \
                or fold(deal.lemma_) not in self.lang.words("order_deals"):
            return []
        holders = list(self.engine.pp(deal, self.lang.cue("partner_prepositions"), refs))
        if deal.dep_ in ("dobj", "obj") and deal.head.i != deal.i:
            holders += [c for c in refs.children(deal.head) if c.dep_ == "nsubj"]
            holders += self.engine.pp(deal.head, self.lang.cue("partner_prepositions"), refs)
        parties = {e for t in holders for e in refs.refer(t, COMPANY, want_group=False)}
        others = [e for e in parties if e not in buyers]
        return others if len(others) == 1 and len(parties) == 2 else []

    def _own_kind(self, name: str, maker: Entity) -> bool:
        """'SK Hynix makes SK Hynix chips': a kind of goods named after its own maker says nothing more."""
        return name.startswith(maker.name + " ") and self._type_only(name[len(maker.name) + 1:])

    def _anaphoric_goods(self, goods: list[Entity], sellers: Sequence[Entity], buyers: Sequence[Entity],
                         f: Frame, refs: Refs) -> list[Entity]:
        """'which bought 224,000 chips' after 'Nvidia Hopper chips': a bare product noun in a trade is the product
        named just before (in its sentence, else in the last two), where the trade names its seller and the
        product's maker is known, if that maker is one of the parties ('Nvidia's H20 ...; X ordered processors
        from Intel': not the H20; 'Y bought DRAM from Elpida. X bought chips from Nvidia': not the DRAM)."""
        out = []
        names = {p.name for p in (*sellers, *buyers)} if sellers else set()
        starts = {id(e): m.start for t in f.tokens.get("goods", []) if (m := refs.mention(t)) is not None
                  and (e := refs.entity_of(m)) is not None}
        for g in goods:
            if self._bare(g):
                last = refs.named_before(starts[id(g)], g.ptype) if id(g) in starts else None
                if last is None and (last := self.disc.last_product(g.ptype)) is not None \
                        and last.last < self.disc.sentence - 2:
                    last = None
                if last is not None:
                    maker = self.disc.maker_name(last)
                    if not (names and maker and maker not in names):
                        out.append(last)
                        continue
            out.append(g)
        return out

    def _contract_maker(self, m: Entity, g: Entity, f: Frame, designer: Entity | None = None) -> bool:
        """Whether a maker works for the product's designer: a foundry or packager making chips, an assembler
        making devices, or servers for a company that sells or runs them ('Foxconn builds Dell servers'; not a
        chip designer's reference system, 'GB200 NVL72 servers', sold to others), or any maker the text says was
        asked to make it."""
        if f.rule.cue == "contract":
            return True
        kind = g.ptype or "chip"
        if m.roles & {"foundry", "osat"} and kind not in ("server", "device", "tool"):
            return True
        if kind == "server" and designer is not None:
            return "odm_ems" in m.roles and not set(designer.roles) & _CHIP_TRADES
        if kind == "device" and designer is not None and m.info is None and "device_maker" in designer.roles \
                and f.trigger.pos_ == "VERB" \
                and fold(f.trigger.lemma_) in self.lang.words("assembly_verbs"):
            # 'Zentek began assembling LG smartphones': a maker no list knows that assembles a known brand's
            # devices assembles them for the brand (not 'AMD laptops', named after a part)
            return True
        return "odm_ems" in m.roles and kind == "device"

    def _named_owner(self, f: Frame, refs: Refs, designer: Entity) -> bool:
        """Whether the goods' phrase names their owner ('the sole assembler of Nvidia's servers', 'TSMC makes
        Apple's chips'): the text then says that the maker makes another company's product (where the clause
        names no customer of its own: 'assemble les serveurs GB200 de Nvidia pour Microsoft'). A possessive
        frame's own maker is that owner, and a pronoun ('its chips') names no one."""
        if f.rule.cue == "possessive" or f.rule.id.startswith("make.noun"):
            return False  # 'le site de production de semi-conducteurs de TSMC': a production noun's maker is too loose
        return any(designer in refs.refer(c, "Company") for t in f.tokens.get("goods", []) if hasattr(t, "children")
                   for c in self.engine.possessors(t, refs) if c.pos_ != "PRON")

    @staticmethod
    def _pronouns(f: Frame, *roles: str) -> bool:
        """Whether every one of ``roles`` was filled by a pronoun."""
        return all(any(getattr(t, "pos_", "") == "PRON" for t in f.tokens.get(r, [])) for r in roles)

    def _deal_products(self, f: Frame, refs: Refs) -> bool:
        """Whether a partnership's own phrase names goods ('teamed with Broadcom to design chips for 5G base stations')."""
        own = [x for c in f.trigger.children if c.dep_ not in ("nsubj", "nsubj:pass", "conj", "parataxis", "advcl")
               for x in c.subtree]
        return any(refs.mention(x) is not None and refs.mention(x).kind == PRODUCT for x in own)

    def _deal_cue(self, f: Frame, refs: Refs, phrase_only: bool = False) -> str | None:
        """buy / sell / supply, from the words of the deal's phrase and of the rest of its clause (for a weak
        deal word, 'partnership', 'collaborer', from its own phrase or its complements only)."""
        lo, hi = self.engine._clause(f.trigger, refs)
        other = self._other_clauses(f.trigger)
        toks = [] if phrase_only else [x for x in refs.tokens if lo <= refs.p.pos(x) - refs.start < hi
                                       and x.i > f.trigger.i and x.i not in other]
        own = [x for c in f.trigger.children if c.dep_ not in ("nsubj", "nsubj:pass", "conj", "parataxis", "advcl")
               for x in c.subtree] if f.trigger.pos_ == "VERB" else list(f.trigger.subtree)
        h = f.trigger.head
        if f.trigger.dep_ in ("dobj", "obj") and h.i != f.trigger.i:
            # 'announced partnerships with X and Y to secure its supply': the purpose hangs on the verb
            own += [x for c in h.children if c.dep_ in ("advcl", "xcomp", "advmod", "obl:mod") and c.i > f.trigger.i
                    for x in c.subtree if x.i not in other]
        for x in [*own, *toks]:
            if fold(x.lemma_) in self.lang.words("secure_verbs") and any(
                    fold(c.lemma_) in self.lang.words("supply_nouns") for c in x.children if c.dep_ in ("dobj", "obj")):
                return "buy"  # 'to secure its supply of DRAM', 'afin de sécuriser son approvisionnement'
        won = f.trigger.dep_ in ("dobj", "obj") and fold(h.lemma_) in self.lang.words("won_verbs") or any(
            c.dep_ in ("acl", "amod") and fold(c.lemma_) in self.lang.words("won_verbs") for c in refs.children(f.trigger))
        if f.trigger.pos_ == "NOUN" and won and "@pp" in f.via.get("partner", "") and not any(
                    fold(x.lemma_) in self.lang.words("deal_buy_words") for x in [*own, *toks]):
            # 'a décroché un contrat avec X pour la fourniture de ...': who wins a contract supplies (not one won
            # 'pour acheter ses plaquettes', 'to buy its wafers')
            return "sell"
        if f.trigger.pos_ == "NOUN" and any(
                t.head.head.i == f.trigger.i and fold(t.head.text) in self.lang.words("awarder_prepositions")
                for t in f.tokens.get("partner", []) if hasattr(t, "head")) and not any(
                fold(x.lemma_) in self.lang.words("deal_buy_words") for x in [*own, *toks]):
            return "sell"  # '..., besides contracts from Lloyd and Intex': the contract comes from the customer
        for x in [*own, *toks]:
            if fold(x.lemma_) in self.lang.words("takeover_nouns") and any(
                    (refs.mention(c) is None or refs.mention(c).kind == COMPANY) and refs.refer(c, COMPANY)
                    or fold(c.lemma_) in self.lang.words("company_nouns", "latter_words")
                    for c in refs.complements(x)):
                return "takeover"  # 'un accord portant sur l'acquisition de Mellanox': a company is bought, no goods
        assets = self.lang.words("asset_nouns")
        for x in [*own, *toks]:
            if x.pos_ == "VERB" and fold(x.lemma_) in self.lang.words("takeover_verbs") \
                    and any(c.dep_ in ("dobj", "obj") and fold(c.lemma_) in assets for c in x.children):
                return "takeover"  # 'a purchase agreement with Veltrix to take over its old panel plant': an asset
        purposes = [y for c in f.trigger.children if c.dep_ in ("advcl", "xcomp") for y in c.subtree]
        for x in [*own, *toks, *purposes]:
            if x.pos_ == "VERB" and fold(x.lemma_) in self.lang.words("site_building_verbs") \
                    and any(c.dep_ in ("dobj", "obj") and fold(c.lemma_) in assets for c in x.children):
                return "develop"  # "s'allier à Kelvor et Brio afin d'ériger une usine": a plant built together
        words = {fold(x.lemma_) for x in [*own, *toks]} | {fold(x.text) for x in [*own, *toks]}
        if words & self.lang.words("venture_words") and words & self.lang.words("creation_words") \
                and not words & self.lang.words("supply_nouns"):  # (not '... la fourniture de puces et la création')
            return "takeover"  # 'un accord pour fonder ensemble une co-entreprise': a company is formed, no goods
        if self._purpose_supply(f, h):
            return "party_supplies"
        for cue in ("buy", "sell", "supply"):
            if words & self.lang.words(f"deal_{cue}_words"):
                return cue
        develop = self.lang.words("deal_develop_words")
        # (or the verb the parser hung the deal on as its subject: 'a partnership with Orvane to develop ...')
        near = [*toks, h] if f.trigger.dep_ in ("nsubj", "nsubj:pass") and h.i > f.trigger.i else toks
        purpose = [x for x in near if x.pos_ == "VERB" and x.i - f.trigger.i <= 12 and fold(x.lemma_) in develop
                   and any(c.dep_ in ("aux", "mark") and fold(c.text) in ("to", "pour", "afin", "de") for c in x.children)]
        what = [*own, *(y for x in purpose for y in x.subtree)]
        if ({fold(x.lemma_) for x in own} & develop or purpose) and not any(refs.goods_noun(x) for x in what):
            return "develop"  # 'a deal with Norsilica to develop driving software platforms': no goods change hands
        return None

    @staticmethod
    def _other_clauses(trigger) -> set[int]:
        """The words of the clauses with a subject of their own, a noun, that neither hold the trigger nor govern it:
        'une alliance avec Nvidia, les régulateurs ayant validé ses ventes' (the sales are the
        authorities' business, not the partnership's words; a pronoun's clause, 'confirmant qu'il fournira', is
        the parties' own, and so is an infinitive's, 'with X to develop', whatever subject the parser gave it)."""
        inside = {x.i for x in trigger.subtree} | {a.i for a in trigger.ancestors}
        words = trigger.doc[trigger.sent.start:trigger.sent.end] if trigger.doc.has_annotation("SENT_START") else trigger.doc
        return {x.i for v in words if v.i not in inside and _clause_of_its_own(v) for x in v.subtree if x.i not in inside}

    def _purpose_supply(self, f: Frame, head) -> bool:
        """'X signed a deal with Y to supply wafers', 'X a signé un accord avec Y pour fournir': a deal whose purpose
        is a supply verb with no subject of its own; its subject, the deal's party, supplies (not a reflexive
        's'approvisionner', which buys)."""
        anchors = {f.trigger.i} | ({head.i} if f.trigger.pos_ == "NOUN" else set())
        if f.trigger.pos_ == "VERB":  # 'signed an agreement with Y to supply': the purpose hangs on the deal's noun
            anchors |= {c.i for c in f.trigger.children if c.dep_ in ("dobj", "obj")}
        verbs = self.lang.words("deal_purpose_supply_verbs")
        for a in anchors:
            for x in f.trigger.doc[a].children:
                if x.dep_ in ("advcl", "xcomp", "acl", "relcl") and x.i > f.trigger.i and fold(x.lemma_) in verbs \
                        and "Inf" in feature(x, "VerbForm") \
                        and not any(c.dep_.startswith(("nsubj", "expl")) for c in x.children):
                    return True
        return False

    def _descriptor(self, tok, refs: Refs) -> str | None:
        """'supplier' or 'customer' when the words before a name say so ('AI infrastructure provider Nebius',
        'battery maker CATL'), when the role is filled by such a description itself ('le fournisseur
        suédois a signé un contrat avec ...'), or by a name in apposition with one ('Nokia, the
        telecom equipment maker, ...')."""
        if not hasattr(tok, "i"):
            return None
        own = [tok] if refs.mention(tok) is None and tok.pos_ == "NOUN" else []
        appos = [c for c in refs.children(tok) if c.dep_ == "appos" and refs.mention(c) is None and c.pos_ == "NOUN"]
        for x in (*own, *appos):
            side = self._side(x)
            if x in own and side in ("supplier", "maker") and not _name_follows(x, refs):
                # a description standing for the party says what it is, not its side in this deal: 'un contrat
                # avec le fournisseur de cloud américain' (AWS buys); it counts as a maker word, after the trades
                return None if side == "maker" else "maker"
            if side:
                return side
        window = refs.tokens[max(0, tok.i - 4):tok.i]
        trades = self.lang.words("trade_modifiers")
        for x in reversed(window):
            if x.pos_ in ("PUNCT", "ADP", "VERB", "AUX", "CCONJ", "DET") or refs.mention(x) is not None:
                break
            side = self._side(x)
            if side == "supplier" and plural(x) and any(fold(y.text) in trades for y in window):
                return None  # 'auto suppliers Continental and Hyundai Mobis': a trade, not a side of this deal
            if side:
                return side
        return None

    def _side(self, x) -> str | None:
        """'supplier' for 'fournisseur', 'provider'; 'maker' for 'chipmaker', 'fabricant' (what a company is,
        more than its side in a deal); 'customer' for 'client', 'buyer'; 'downstream' for a maker of end products
        ('automaker', cue end_product_makers; 'electric vehicle maker', 'constructeur automobile', 'fabricant de
        smartphones': a maker noun of cue general_makers whose modifier is one of cue end_products), and
        'bare_maker' for such a maker noun that says nothing of what is made ('the Korean maker'); both are read
        by :meth:`_end_product_side`."""
        if _said_as(x, self.lang.words("end_product_makers")):
            return "downstream"  # 'automaker', 'avionneur'
        general = _said_as(x, self.lang.words("general_makers"))
        made = self._made_by(x) if general else []
        if any(_said_as(m, self.lang.words("end_products")) for m in made):
            return "downstream"  # 'electric vehicle maker', 'constructeur automobile'; not 'équipementier automobile'
        for side in ("maker", "supplier", "customer"):
            words = self.lang.words(f"{side}_descriptors")
            if fold(x.lemma_) in words or fold(x.text) in words:
                if side == "maker" and general and not any(m.pos_ == "NOUN" for m in made):
                    return "bare_maker"  # 'the Korean maker': see _end_product_side
                return side
        return None  # (a bare 'constructeur' may make anything: 'le constructeur européen' of satellites)

    @staticmethod
    def _made_by(x) -> list:
        """What a maker noun says its maker makes: the modifier nearest to it ('EV battery maker': batteries;
        'constructeur automobile'), and its complements ('fabricant de smartphones')."""
        doc = x.doc
        near = [c for c in x.children if c.dep_ in ("compound", "amod")] + \
               [doc[j] for j in (x.i - 1, x.i + 1) if 0 <= j < len(doc) and doc[j].pos_ in ("NOUN", "ADJ")]
        nearest = min(near, key=lambda c: abs(c.i - x.i), default=None)
        nmod = min((c for c in x.children if c.dep_ == "nmod"), key=lambda c: c.i, default=None)  # not 'de puces pour smartphones'
        return [m for m in (nearest, nmod) if m is not None]

    def _end_product_side(self, side: str | None, goods: list[Entity], x: Entity, f: Frame) -> str | None:
        """A maker of end products ('downstream', see :meth:`_side`) buys the parts a deal names ('a battery supply
        deal', 'des puces') and sells anything else ('19 rames', '50 A350 aircraft', '300 Zeta-3 systems'), as any
        maker does when a deal names no goods ('a maintenance contract'). A maker word that says nothing of
        what is made ('le constructeur allemand BMW') is read from what the lexicon knows the company makes."""
        if side == "bare_maker":
            known_end = x.info is not None and x.info.roles and x.info.roles[0] in ("automaker", "device_maker")
            if known_end and not goods:
                return "customer"  # 'the Korean maker Kia agreed a partnership with X': for parts
            side = "downstream" if known_end else "maker"
        if side != "downstream":
            return side
        if not goods:  # 'a battery supply deal': the goods a compound of the deal's noun names by their type
            heads = self.lang.table("product_heads")
            types = {heads[w][1] for c in f.trigger.subtree if c.dep_ == "compound"
                     for w in (fold(c.lemma_), fold(c.text)) if w in heads}
            return "customer" if types and types <= _PART_TYPES else "maker"
        return "customer" if all(g.ptype in _PART_TYPES for g in goods) else "maker"

    def _direction(self, a: Entity, b: Entity, goods: list[Entity], cue: str | None,
                   described: dict | None = None, counted: bool = False,
                   taking: bool = False, purpose: bool = False) -> tuple[Entity | None, Entity]:
        """Who supplies whom in a deal between ``a`` (the subject) and ``b`` (the partner): the deal's words, the
        goods' maker, what the text calls either of them, then where their main trade sits in the supply chain."""
        if cue == "buy":
            return b, a
        if cue == "sell":
            if _end_buyer(a) and (ta := _tier(a)) is not None and (tb := _tier(b)) is not None and tb < ta:
                return b, a  # 'Airtel has clinched a contract with Nokia': an operator that wins a deal with its
                # equipment maker buys from it
            return a, b
        if cue == "party_supplies" and not any(self._maker_name(g) in (a.name, b.name) for g in goods):
            return a, b  # 'a deal with AMD to supply HBM3E': the subject supplies; 'its own chips' go by their maker
        for g in goods:
            maker = self._maker_name(g)
            if maker in (a.name, b.name):
                owner, other = (a, b) if maker == a.name else (b, a)
                if g.ptype == "device" and not counted and (_chip_side(other) or _contract_trade(other)):
                    # 'une collaboration avec CXMT pour la gamme iPhone 18': parts go into it (not '20,000 iPads')
                    return other, owner
                if cue == "supply" and _contract_trade(other) and not _contract_trade(owner) and g.ptype != "tool":
                    return other, owner  # 'Quorvane teams up with TSMC to produce its base dies': the foundry makes
                return owner, other
        made = self._said_to_make({a.name, b.name}, goods)
        if len(made) == 1:
            # 'Saft, spécialiste de la fabrication de batteries, a signé un contrat avec CAF pour la fourniture de
            # batteries': the one the article says makes goods of this kind supplies them
            return (a, b) if a.name in made else (b, a)
        kind_makers = [x for x in (a, b) if goods and self._makes_kind(x, goods)]
        if len(kind_makers) == 1:
            # 'Soitec a signé un contrat avec Kelvor pour la fourniture de plaquettes SOI': of the two, the one whose
            # trade makes goods of this kind (wafers, memory, tools) supplies them
            return (a, b) if kind_makers[0] is a else (b, a)
        described = described or {}
        da, db = described.get(a), described.get(b)
        if da != db and ("supplier" in (da, db) or "customer" in (da, db)):
            # (the same word for both, 'memory suppliers Kioxia and Micron', says nothing of this deal)
            return (b, a) if db == "supplier" or da == "customer" else (a, b)
        ta, tb = _tier(a), _tier(b)
        if ta is not None and tb is not None and ta != tb:
            return (a, b) if ta < tb else (b, a)
        if da != db and "maker" in (da, db) and (ta is None or tb is None) and 0 not in (ta, tb) \
                and not _end_buyer(a if da == "maker" else b):
            # 'battery maker Brio Cells signed a supply agreement with Veltrix', 'chipmaker Quorvane signed a deal
            # with Nvidia': a maker no list knows supplies (not 'the chipmaker renewed its supply deal with
            # Wolfspeed', whose trade, wafers, is known to be upstream of any chipmaker; nor 'carmakers such as
            # Volvo', whose making is of what they sell, not of what the deal is for)
            return (a, b) if da == "maker" else (b, a)
        if (cue == "supply" or cue == "partner" and purpose or cue is None and goods) and not taking \
                and (ta is None) != (tb is None) and _end_buyer(a if tb is None else b):
            # 'Kelvor signed equipment supply contracts with BT and Completel', 'Volvo signed a contract with Kelvor
            # for 12,000 chips', 'Kelvor works with Volvo and Ford to supply driving systems': of a company no list
            # knows and one whose every trade buys the chain's goods to serve its own customers (an operator, a
            # carmaker, a hyperscaler), the unknown one supplies (not a bare 'works with ... on lidar sensors',
            # a collaboration); not when the sentence has someone take goods ('a supply agreement with BMW to
            # receive used batteries', cue taking_verbs)
            return (b, a) if tb is None else (a, b)
        if cue == "supply":
            return b, a
        return None, b

    def _bound_buyers(self, f: Frame, refs: Refs, exclude: list[Entity]) -> list[Entity]:
        """The company the goods are bound for, or the maker of the device they are bound for, for an order or a
        supply that names no buyer: 'une commande pour 60 millions d'écrans OLED destinés au futur iPhone', 'orders
        for lenses for the next Galaxy' (cues bound_verbs, bound_prepositions)."""
        verbs, preps = self.lang.words("bound_verbs"), tuple(self.lang.cue("bound_prepositions"))
        out: list[Entity] = []
        t = f.trigger
        # the goods' noun, the noun a count hangs it on ('60 millions d'écrans'), and the order's own words, where
        # the parser hangs 'for the next iPhone' ('won an order for panels for the next iPhone')
        nouns = [x for g in f.tokens.get("goods", []) if hasattr(g, "i")
                 for x in (g, *(c for c in refs.children(g) if c.dep_ == "nmod" and c.i > g.i))]
        holders = [t, *([t.head] if t.dep_ in ("obj", "dobj") and t.head.i != t.i else [])]
        targets = [d for g in nouns + holders for c in refs.children(g) if c.dep_ in ("acl", "amod") and fold(c.lemma_) in verbs
                   for d in self.engine.pp(c, preps, refs)]
        targets += [d for x in nouns + holders for d in self.engine.pp(x, ("pour", "for"), refs)]
        for d in targets:
            m = refs.mention(d)
            if m is not None and m.kind == COMPANY:
                # 'une commande pour 60 millions d'écrans destinés à Orvane', 'an order for screens for Orvane'
                out += [c for c in refs.refer(d, COMPANY) if c not in exclude and c not in out]
                continue
            if m is None or m.kind != PRODUCT or m.ptype != "device":
                continue
            out += [c for x in self.engine.makers(d, refs) for c in refs.refer(x, COMPANY)
                    if c not in exclude and c not in out]
        return out

    def _makes_with_it(self, process, refs: Refs, owners: list[Entity]) -> bool:
        """Whether a maker that is no foundry licenses its process: the verb that takes it has its own subject make
        goods of a kind ('Orvane will use Micron's 40nm process to produce DRAM for others'), not its own
        product ('... to make the M5'). A foundry's process, services or fabs are its supply ('will use TSMC's 3nm
        process to make AI chips')."""
        verb = process.head
        if process.dep_ not in ("dobj", "obj") or verb.i == process.i or fold(process.lemma_) not in self.lang.words(
                "process_nouns") or not owners or any(
                "foundry" in o.roles or not o.roles for o in owners):
            return False
        making = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                  and fold(c.lemma_) in self.lang.words("manufacture_verbs")]
        goods = [o for c in making for o in c.children if o.dep_ in ("dobj", "obj")]
        return bool(goods) and not any(is_possessive(x) or (m := refs.mention(x)) is not None and m.kind == PRODUCT
                                       and not self._standard(refs.entity_of(m)) for o in goods for x in o.subtree)

    def _standard(self, g: Entity) -> bool:
        """Whether goods are of a kind anyone makes ('chips', DRAM, HBM3E), not one company's model ('M5')."""
        info = self.disc.lex.product(g.name)
        return g.generic or info is not None and not info.maker

    def _named_party(self, t, refs: Refs) -> bool:
        """Whether ``t`` names a company as a party: a company's name, or a company noun that is no unit."""
        if not hasattr(t, "lemma_") or fold(t.lemma_) in self.lang.words("subsidiary_nouns"):
            return False
        m = refs.mention(t)
        return m is not None and m.kind == COMPANY or refs.company_noun(t) or m is None and refs.unknown_company(t) is not None

    def _owner_named(self, t, refs: Refs) -> bool:
        """Whether ``t`` is named as an owner: 'filiale de Total', 'a subsidiary of Total', 'maison-mère' (the
        parser hangs the name elsewhere: 'spécialiste des batteries pour l'industrie et filiale de Total')."""
        return hasattr(t, "i") and named_as_owner(refs.tokens, t.i, self.lang.words("subsidiary_nouns", "owner_nouns"))

    def _maker_name(self, g: Entity) -> str | None:
        return self.disc.maker_name(g)

    def _kind_of_many(self, g: Entity) -> bool:
        """Whether goods are a kind the lexicon knows no one maker of ('DRAM', 'HBM', 'SiC wafer')."""
        info = self.disc.lex.product(g.name)
        return info is not None and info.maker is None

    def _said_to_make(self, names: set[str], goods: list[Entity]) -> set[str]:
        """Those of ``names`` that the article has called, so far, makers of goods of the kind of ``goods`` (the same
        head word: 'batteries' for 'batteries de secours')."""
        heads = {_head_word(g.name) for g in goods if g.generic}
        # said by a maker noun ('spécialiste de la fabrication de batteries', 'a battery maker'), not by a verb: 'Tesla
        # makes its own batteries' says nothing of who sells batteries in a deal
        return {f.subject for f in self.facts if f.relation == "manufactures" and f.subject in names
                and (f.rule or "").startswith("make.maker") and f.status != "denied"
                and _head_word(f.object) in heads} if heads else set()

    @staticmethod
    def _owner_marked(f: Frame, d: Entity) -> bool:
        """Whether a name no list knows is written as the owner of the goods ('Archos's chip', 'la puce d'Archos'), not
        as a bare modifier of their noun ('will provide OpenVPX signal processing systems': a standard, or a maker
        whose goods the supplier resells)."""
        first = fold(d.name).split()[0]
        for t in f.tokens.get("goods", []):
            for x in getattr(t, "subtree", ()):
                if fold(x.text) == first and x.i != t.i:
                    return x.dep_ in ("poss", "nmod:poss", "pobj") or any(c.dep_ == "case" for c in x.children)
        return True

    def _designer(self, g: Entity, maker: Entity, refs: Refs) -> Entity | None:
        """The company whose product a foundry or an assembler makes, if the article names it: the lexicon's
        maker of the product, or the one this sentence names ('Apple's M5'). A standard many companies make
        (HBM3E, DRAM) has no designer."""
        name = self.disc.lex.maker_of(g.name) or self.sentence_makers.get(fold(g.name)) or (
            g.maker if g.generic else None)  # 'Amkor will package Apple's chips': the chips' owner, named with them
        unlisted = not name and not g.generic and self.disc.lex.product(g.name) is None
        if unlisted:  # for a model no list knows, the company the article first said makes it, unless it makes for
            # others itself ('Keltronix unveiled its Orvex 7 chip. Samsung will manufacture the Orvex 7')
            name = self.disc.makers.get(fold(g.name))
        if not name or name == maker.name:
            return None
        ent = self.disc.company(name)
        return None if unlisted and ent is not None and _contract_trade(ent) else ent

    def _recent_goods(self, f: Frame, refs: Refs) -> list[Entity]:
        """Goods a clause leaves implicit ('... but received fewer than 30,000 by July'): the product named
        last before the trigger in the sentence, else in the article."""
        heads = self.lang.table("product_heads")
        noun = next((c for c in refs.children(f.trigger) if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")
                     and (fold(c.lemma_) in heads or fold(c.text) in heads)), None)
        if noun is not None:
            # 'les outils achetés par Norsilica seront livrés en mai': the last product of that kind (a
            # machine), not the chip named last
            kind = (heads.get(fold(noun.text)) or heads.get(fold(noun.lemma_)))[-1]
            e = refs.product_before(refs.p.pos(f.trigger), kind)
            return [e] if e is not None else []
        before = [m for m in refs.mentions if m.kind == "Product" and not m.generic and m.end <= refs.p.pos(f.trigger)]
        if before:
            e = refs.entity_of(before[-1])
            return [e] if e is not None else []
        e = self.disc.last_product()
        return [e] if e is not None else []

    def _vendor(self, goods: list[Entity], refs: Refs, exclude: list[Entity], implied: bool = False) -> list[Entity]:
        """The seller a product's name gives ('Nvidia H20', 'Huawei's Ascend chips'), if the article names it.
        ``implied``: also the lexicon's maker of a named product the article never names ('Meta bought 150,000
        H100s': Nvidia sold them, as an analyst reads it), for an order of those goods."""
        out = []
        for g in goods:
            name = g.maker or self.disc.makers.get(fold(g.name))
            if not name:
                continue
            ent = self.disc.company(name)
            if ent is None and implied and not g.generic and name not in {x.name for x in exclude}:
                ent = self._unnamed_maker(name)
            if ent is not None and ent not in exclude and ent not in out:
                out.append(ent)
        return out

    def _unnamed_maker(self, name: str) -> Entity | None:
        """The lexicon's company ``name`` as a party the article implies without naming it: one entity per article,
        kept out of the discourse (it is no antecedent of a pronoun or a description)."""
        ent = self.implied_makers.get(name)
        if ent is None and (info := self.disc.lex.info(name)) is not None:
            ent = self.implied_makers[name] = known(Entity(name, COMPANY), info)
        return ent

    def _goods_name(self, g: Entity | None, sellers: list[Entity]) -> str | None:
        if g is None:
            return None
        if self._bare(g) and not g.maker and len(sellers) == 1 and not g.name.startswith(sellers[0].name) \
                and not self._makes_for_others(sellers[0]):
            name = f"{sellers[0].name} {g.name}"  # 'Cambricon AI chips': a type carries its vendor
            self.typed_goods[name] = (sellers[0], g.ptype)
            return name
        return g.name  # not 'TSMC chips': a foundry's chips are its customers' designs

    def specify(self) -> None:
        """Goods an order or a supply names by type and seller alone ('a chip deal with Samsung') are the buyer's own
        product that a contract maker seller makes for it, if the fact's sentence names only one ("the
        manufacturer of Tesla's AI6") and the article says no other company makes it. A product named elsewhere in
        the article may be another order ('a $5bn order from Nvidia in 2023 ... it had also ordered 200,000
        H20'), and a seller's own product in the sentence may be one not bought ('instead of the Exynos 2500')."""
        typed = dict(self.typed_goods)
        for e in [e for e in self.disc.entities.values() if e.kind == PRODUCT]:  # 'Nvidia chips' as written
            seller = next((c for c in self.disc.companies() if c.name == e.maker), None)
            if e.generic and seller is not None and e.name.startswith(seller.name) \
                    and self._type_only(e.name[len(seller.name):]):
                typed.setdefault(e.name, (seller, e.ptype))
        if not typed:
            return
        made_by: dict[str, set[str]] = {}  # product -> the companies the article says make it
        for x in self.facts:
            if x.relation == "manufactures":
                made_by.setdefault(x.object, set()).add(x.subject)
        for i, f in enumerate(self.facts):
            name = f.object if f.relation == "ordered" else f.product if f.relation in ("supplies", "delivered") else None
            if name not in typed:
                continue
            seller, ptype = typed[name]
            buyer = f.subject if f.relation == "ordered" else f.object
            fits = [p for p in self.disc.products if self._sold_as(p, seller, buyer, ptype)
                    and not made_by.get(p.name, set()) - {seller.name, buyer}]  # not 'its AI5 will be made by TSMC'
            words = f" {' '.join(fold(f.evidence).split())} "
            fits = [p for p in fits if f" {fold(p.name)} " in words]  # 'Tesla's AI6' in the deal's sentence
            if len(fits) == 1:
                self.facts[i] = replace(f, object=fits[0].name) if f.relation == "ordered" else \
                    replace(f, product=fits[0].name)

    def refine_orders(self) -> None:
        """One order told several times by one buyer, once by its model and elsewhere by family or type ('orders for
        Kelvor AI accelerators ... its Zen chips ... 2,000 Zen 5X chips'), is the model's: the looser
        names become the model's name, if the article gives the buyer exactly one model they can stand for (a
        family's words are the model's, 'Ascend' in 'Ascend 910B'; a type alone, 'Huawei chips', is its maker's),
        and no date or quantity tells them apart ('an order for Nvidia chips in 2023 ... this year 5,000 H200',
        '1,000 Huawei chips ... 1,600 Ascend 910B' are two).
        Supplies and deliveries of the same trade take the model's name too."""
        orders = [f for f in self.facts if f.relation == "ordered"]
        rename: dict[tuple[str, str], tuple[str, str | None]] = {}  # (buyer, loose name) -> (model, its seller)
        for f in orders:
            rest, maker = self._loose_name(f.object)
            if rest is None:
                continue
            told = [(g.object, g.supplier) for g in orders if g.subject == f.subject and not self._other_order(f, g)] + [
                (g.product, g.subject) for g in self.facts if g.relation in ("supplies", "delivered") and g.product
                and g.object == f.subject and (f.supplier is None or g.subject == f.supplier)
                and not self._other_order(f, g)]
            models = {name for name, seller in told if name != f.object and any(ch.isdigit() for ch in name)
                      and (f.supplier is None or seller in (None, f.supplier))
                      and (set(rest) <= set(fold(name).split()) if rest else
                           maker is not None and maker in (self.disc.lex.maker_of(name), seller))}
            if len(models) == 1:
                rename[(f.subject, f.object)] = (models.pop(), f.supplier)
        for i, f in enumerate(self.facts):
            if f.relation == "ordered" and (f.subject, f.object) in rename:
                self.facts[i] = replace(f, object=rename[(f.subject, f.object)][0])
            elif f.relation in ("supplies", "delivered") and f.product and (f.object, f.product) in rename:
                model, seller = rename[(f.object, f.product)]
                if seller in (None, f.subject):
                    self.facts[i] = replace(f, product=model)

    @staticmethod
    def _other_order(a: Fact, b: Fact) -> bool:
        """Two orders their dates or their quantities tell apart ('1,000 chips in March ... 1,600 in June')."""
        if a.date and b.date and a.date[:len(b.date)] != b.date[:len(a.date)]:
            return True
        return a.quantity is not None and b.quantity is not None and a.quantity != b.quantity

    def _loose_name(self, name: str) -> tuple[list[str] | None, str | None]:
        """A product name's words other than its maker's name and its type words ('Huawei AI GPUs' -> [], 'Huawei';
        'Ascend' -> ['ascend'], None), or None for a name with a model number of its own."""
        if any(ch.isdigit() for ch in name):
            return None, None
        words = fold(name).split()
        maker = next((c.name for c in self.disc.companies() if words[:len(fold(c.name).split())] == fold(c.name).split()),
                     None)
        if maker is not None:
            words = words[len(fold(maker).split()):]
        rest = [w for w in words if w not in self.head_types and w not in ("ai", "ia", "de", "d", "des", "du")]
        return rest, maker

    def _sold_as(self, p: Entity, seller: Entity, buyer: str, ptype: str | None) -> bool:
        """Whether named product ``p`` can be what ``seller`` sold ``buyer`` under a type name of kind ``ptype``."""
        if p.generic or ptype is not None and p.ptype is not None and not kinds_compatible(ptype, p.ptype):
            return False
        maker = p.maker or self.disc.lex.maker_of(p.name) or self.disc.makers.get(fold(p.name))
        # only a product the buyer designs and the seller makes for it: a product of the seller's own the sentence
        # names may be one not bought ('bought Samsung chips instead of the Exynos 2500', 'after the H20 was banned')
        return maker == buyer and _contract_trade(seller)

    @staticmethod
    def _makes_for_others(e: Entity) -> bool:
        """A company whose main trade is making other companies' products (a foundry, an assembler)."""
        return _main_trade(e) in _CONTRACT_MAKERS

    def _by_preposition(self, f: Frame, role: str, words: frozenset[str] | tuple[str, ...]
                        ) -> tuple[list[Entity], list[Entity]]:
        """A role's entities split by whether the preposition that introduces each is one of ``words``: (the others,
        those); all are the others when the parse gave no one word per entity."""
        ents, toks = f.roles.get(role, []), f.tokens.get(role, [])
        if len(ents) != len(toks):
            return list(ents), []
        hit = [x for x, t in zip(ents, toks) if self._preposition(t) in words]
        return [x for x in ents if x not in hit], hit

    @staticmethod
    def _target_token(f: Frame):
        """The word a restriction's target is read from: the role's, else the trigger's object."""
        toks = [t for t in f.tokens.get("target", []) if hasattr(t, "subtree")] or [
            c for c in f.trigger.children if c.dep_ in ("dobj", "obj", "pobj", "nmod")]
        return toks[0] if toks else None

    def _target_text(self, f: Frame, refs: Refs) -> str:
        t = self._target_token(f)
        if t is not None:
            span = sorted(t.subtree, key=lambda x: x.i)
            words = [refs.p.surface(x) for x in span if x.dep_ not in ("det", "case", "punct")][:6]
            if words:
                return " ".join(words)
        return self._vague_target()

    def _dates(self, start: int, end: int, past: bool) -> list[tuple[int, str]]:
        """The dates the span ``start:end`` of the text gives (``date_expressions``), found once per sentence:
        the frames of a sentence ask about the same clauses, and all of them about the whole sentence."""
        key = (start, end, past)
        if key not in self.sentence_dates:
            self.sentence_dates[key] = date_expressions(self.text, start, end, self.lang, self.article.date, past)
        return self.sentence_dates[key]

    def _qualify(self, f: Frame, refs: Refs, s: int, e: int, goods: list[Entity]) -> dict:
        t = f.trigger
        lo, hi = self.engine._clause(t, refs)
        cs, ce = s + lo, s + hi
        text = self.text
        pos = refs.p.pos(t)
        money = find_money(text, cs, ce, self.lang)
        product_spans = [(m.start, m.end) for m in refs.mentions if m.kind == "Product"]
        qty = find_quantities(text, cs, ce, self.lang, product_spans, money,
                              loose=f.frame in ("order", "delivery"),
                              names=[(m.start, m.end) for m in refs.mentions if m.kind != "Product"])
        status = self._clause_status(refs, s, t)
        if f.rule.status == "asserted":
            status = "asserted"  # 'sa puce Ascend 910C' presents the chip as Huawei's, whatever is planned or denied
        elif status == "planned" and f.rule.cue == "relational" and t.pos_ in ("NOUN", "PROPN") \
                and t.dep_ not in ("attr", "ROOT", "xcomp", "obj", "dobj") and not t.dep_.startswith("ccomp"):
            status = "asserted"  # 'Foxconn, Apple's manufacturing partner, will build ...': the partner is one now
        elif status == "asserted" and f.rule.status:
            status = f.rule.status  # a qualification announces a supply to come
        past = status != "planned"
        if status == "rumoured":  # 'livrerait en décembre' is to come; 'aurait livré', 'reportedly shipped' is done
            past = "Past" in feature(t, "Tense") or any(
                c.dep_.startswith("aux") and fold(c.lemma_) in ("avoir", "être", "have", "be") for c in t.children)
        found = self._dates(cs, ce, past)
        own = nearest_date(found, pos - cs)
        date = own or nearest_date(self._dates(s, e, past), pos - s)
        if status == "asserted" and own and _after(own, self.article.date) and t.pos_ == "VERB" \
                and not self._told_as_past(t) and self._dated_by(t, refs, cs + min(found, key=lambda d: abs(d[0] - (pos - cs)))[0]):
            status = "planned"  # 'Drive Thor is going into BYD cars next year', 'fournit ses puces à X dès 2027'
        out: dict = {"date": date, "status": status}
        if qty:
            anchors = [m.start for m in refs.mentions if m.kind == "Product" and cs <= m.start < ce] or [pos]
            own_count = self._object_span(t, refs)
            qty = [x for x in qty if any(a <= x.start < b for a, b in own_count)] or qty
            best = min(qty, key=lambda x: min(abs(a - x.end) for a in anchors))
            out.update(quantity=best.value, quantity_qualifier=best.qualifier)
        if money:
            out.update(value=money[0].text, value_amount=money[0].amount, currency=money[0].currency,
                       value_qualifier=money[0].qualifier)
        return out

    @staticmethod
    def _object_span(t, refs: Refs) -> list[tuple[int, int]]:
        """The character spans of what a trade verb counts: its object ('bought 40,000 of X's chips'), or the noun a
        participle qualifies ('the 22,000 chips bought by Y'), without the clauses inside ('..., well above the
        22,000 chips bought by Y' is another count)."""
        tops = [t.head] if t.dep_ == "acl" and t.head.i != t.i else [c for c in t.children if c.dep_ in ("dobj", "obj")]
        out, stack = [], list(tops)
        while stack:
            x = stack.pop()
            out.append((refs.p.pos(x), refs.p.end_pos(x)))
            stack += [c for c in x.children if c.i != t.i and c.dep_ not in ("relcl", "acl", "acl:relcl", "advcl", "appos")]
        return out

    def _dated_by(self, t, refs: Refs, at: int) -> bool:
        """Whether the date expression at character ``at`` times the verb ``t`` itself ('ships to X next year'), not
        another verb of the sentence ('supplies Apple and will open a fab in 2027'), nor the end of a span that is
        already running ('through 2026', 'jusqu'en 2027')."""
        if self._range_end().search(self.text[max(0, at - 30):at]):
            return False
        x = next((x for x in refs.tokens if refs.p.pos(x) <= at < refs.p.end_pos(x)), None)
        if x is None:
            return False
        for _ in range(len(refs.tokens)):  # up to the first verb above the date
            if x.i == t.i or x.i == x.head.i or x.pos_ in ("VERB", "AUX"):
                break
            x = x.head
        return x.i == t.i

    def _range_end(self) -> re.Pattern:
        """The words that end a span already running, right before a date (cue range_end_words)."""
        found = _RANGE_ENDS.get(self.lang.code)
        if found is None:
            words = self.lang.cue("range_end_words")
            found = _RANGE_ENDS[self.lang.code] = re.compile(
                r"(?i:(?<![\w'’])(?:" + alternation(list(words)) + r"))\s*$" if words else r"(?!)")
        return found

    def _told_as_past(self, t) -> bool:
        """Whether a verb tells of the past: a past tense, a perfect ('has shipped', 'a livré'); in French the
        ending decides ('livrait', 'livrèrent'), the tagger calls 'fournit' past as often as present."""
        if any(c.dep_.startswith("aux") and fold(c.lemma_) in ("have", "avoir") for c in t.children):
            return True
        if self.lang.code == "fr":
            return t.lower_.endswith(("ait", "aient", "èrent", "irent"))
        return "Past" in feature(t, "Tense") or any(
            c.dep_.startswith("aux") and "Past" in feature(c, "Tense") for c in t.children)

    def _clause_status(self, refs: Refs, s: int, t) -> str:
        """What the clause of ``t`` says of it: asserted, rumoured, planned or denied."""
        lo, hi = self.engine._clause(t, refs)
        cs, ce = s + lo, s + hi
        status = find_status(self.text[cs:ce], t, self.lang, trigger_end=refs.p.end_pos(t) - cs)
        return self._lemma_status(refs, cs, t, status)

    def _planned_words(self) -> set[str]:
        """The one-word cues of a plan ('will', 'prévoit'), which a verb's lemma or form may be."""
        return {c for c in self.lang.cue("planned") if " " not in c}

    def _lemma_status(self, refs: Refs, clause_start: int, t, status: str) -> str:
        if status != "asserted" or undone_stop(t, self.lang):
            return status  # ('is considering halting shipments to X': the plan is the stop's, the shipments go on)
        planned = self._planned_words()
        for tok in refs.tokens:
            if refs.p.pos(tok) < clause_start or tok.i >= t.i:
                continue
            if (fold(tok.lemma_) in planned or tok.lower_ in planned) and tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                return "planned"
        return status

    def _contrasted(self, f: Frame, refs: Refs, subj: Entity, obj: str | None, supplier: str | None) -> str | None:
        """The status of a party a contrast sets against another ('does not buy cells from Panasonic but from CATL',
        'n'achète pas ... à Panasonic, mais à CATL'; cue contrast_conjunctions): what the contrast says of it, not
        the negation of the other ('but not from CATL' denies); None for a party no contrast introduces."""
        contrast = self.lang.words("contrast_conjunctions")
        for role, toks in f.tokens.items():
            for t, e in zip(toks, f.roles.get(role, [])):
                if (e is not subj and e.name not in (obj, supplier)) or not hasattr(t, "head"):
                    continue
                # (the preposition the contrast coordinates, or the adverb French makes of 'auprès')
                conj = t.head if t.head.dep_ == "conj" and t.head.pos_ in ("ADP", "ADV") else t
                near = [t, t.head.head] if conj is not t else [t]
                cc = [c for x in (*near, conj) for c in refs.children(x) if c.dep_ == "cc"]
                if any(fold(c.text) in contrast for c in cc):
                    negated = any(has_negation(x, self.lang) for x in (conj, t)) or any(
                        c.dep_ in ("advmod", "neg") and fold(c.text) in self.lang.words("negation") for c in refs.children(conj))
                    return "denied" if negated else "asserted"  # ('mais pas auprès de Y': 'pas' with no 'ne')
                if t.head.pos_ == "ADP" and t.head.head.i == f.trigger.i and has_negation(t.head, self.lang):
                    return "denied"  # 'buys from Panasonic but not from CATL', parsed as two prepositions of the verb
        return None

    def _emit(self, f: Frame, refs: Refs, relation: str, subj: Entity, obj: str | None, obj_type: str, q: dict,
              product: str | None = None, supplier: str | None = None, conf: float | None = None,
              subject_type: str = "Company", plain: bool = False) -> None:
        """Add a fact of frame ``f``. ``plain``: the words themselves say who supplies (a deal 'to supply' or 'to
        buy' something), as a verb of trade would, whatever the frame (see :func:`directness`)."""
        if not obj or fold(subj.name) == fold(obj):
            return
        if subj.kind != subject_type:
            return
        kw = {k: v for k, v in q.items() if k in ("quantity", "quantity_qualifier", "value", "value_amount",
                                                  "currency", "value_qualifier", "date")}
        if relation in ("supplies", "parent_of", "manufactures", "uses", "restricts_export"):
            kw.pop("value", None), kw.pop("value_amount", None), kw.pop("currency", None), kw.pop("value_qualifier", None)
        if relation in ("supplies", "parent_of", "restricts_export"):
            kw.pop("quantity", None), kw.pop("quantity_qualifier", None)
        if relation in ("ordered", "delivered") and not kw.get("date") and self.article.date and q["status"] != "planned":
            kw["date"] = self.article.date[:4]  # an order or delivery told without a date happened around publication
        if relation in ("supplies", "delivered"):
            self.disc.counterparty[subj.name] = obj
            self.disc.counterparty[obj] = subj.name
        contrast = self._contrasted(f, refs, subj, obj, supplier)
        status = contrast if contrast is not None and q["status"] in ("asserted", "denied") else q["status"]
        if relation == "manufactures" and status == "denied" and f.frame != "make":
            return  # 'does not buy HBM from Samsung' says nothing of what Samsung makes
        confidence = conf if conf is not None else f.rule.confidence
        if any(step.startswith("~") for v in f.via.values() for step in v.split()):
            confidence -= 0.1
        if relation == "supplies":
            pair = (fold(subj.name), fold(obj))
            self.told[pair] = max(self.told.get(pair, (-1, 0.0)), (3 if plain else directness(f), confidence))
        sent = refs.start, refs.p.end
        self.facts.append(Fact(
            article=self.article.id, subject=subj.name, subject_type=subject_type, relation=relation, object=obj,
            object_type=obj_type, evidence=self.article.text[sent[0]:sent[1]], start=sent[0], end=sent[1],
            status=status, confidence=max(0.1, min(1.0, confidence)), product=product, supplier=supplier,
            extractor=NAME, rule=f.rule.id, lang=self.lang.code, **kw))

    def _denials(self, refs: Refs) -> None:
        """'X denied the report': rumoured trade facts of the two sentences before become denied."""
        objects = self.lang.cue("denial_objects")
        low = refs.p.sentence.casefold()
        if not any(o in low for o in objects):
            return
        deny = self.lang.words("deny_verbs")
        if not any(fold(t.lemma_) in deny for t in refs.tokens):
            return
        for idx in self.sentence_facts[-2:]:
            for i in idx:
                f = self.facts[i]
                if f.status == "rumoured" and f.relation in ("supplies", "ordered", "delivered"):
                    self.facts[i] = replace(f, status="denied")


# a share in a frame's words: '75 %', '79,98 %', '51 percent', '60 pour cent'
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?) ?(?:%|percent\b|per cent\b|pour cent\b)")


def directness(f: Frame) -> int:
    """How plainly a frame says which side supplies: a verb of trade or of making says it (3); a
    relational noun, 'customer', 'supplier', says it of its owner (2); a dependence, or a party taken
    for the maker of the goods, only suggests it (1); a deal's direction is read from its parties'
    other trades (0), unless its own words say it ('a deal with AMD to supply HBM3E', 'a purchase
    agreement': ``plain`` in :meth:`FactBuilder._emit`, as a verb); the pair model's reading (:mod:`pairs`)
    yields to any rule's (-1). Renting or using goods 'from' a company says it ('Nvidia rents chips from
    CoreWeave', which also buys Nvidia's: both directions stand)."""
    if f.rule.cue == "learned":
        return -1
    if f.rule.frame == "deal":
        return 0
    if f.rule.cue == "rely" or any(v.startswith("~maker") for v in f.via.values()):
        return 1
    return 2 if f.rule.cue == "relational" else 3


def _rank(f: Fact) -> tuple:
    """Which of two readings of one fact keeps its evidence: a rule's over the pair model's, then the higher
    confidence."""
    return f.rule != LEARNED.id, f.confidence


def merge(facts: list[Fact], told: dict[tuple[str, str], tuple[int, float]] | None = None) -> list[Fact]:
    """One fact per (subject, relation, object, product, status) and article, keeping the best evidence (goods of
    one type ordered from two sellers are two orders; one with no seller named is implied by one that names it): a
    supply that holds and one that is planned or rumoured are two facts, as the annotation guidelines count them
    ('ASML ships to TSMC' and 'TSMC is expected to receive a High-NA machine').

    Two companies seldom supply each other in one article (3 pairs in the 474 gold supply facts of the
    evaluation sets): when both directions are read, the one told more plainly stands and the other
    goes, unless it too was said with a verb of trade or making. ``told`` gives, per (supplier, customer)
    folded, how plainly (:attr:`FactBuilder.told`, which every supply fact passes through); without it both
    directions stay.
    """
    out: dict[tuple, Fact] = {}
    for f in facts:
        key = (fold(f.subject), f.relation, fold(f.object),
               fold(f.product or "") if f.relation in ("supplies", "delivered") else
               fold(f.supplier or "") if f.relation == "ordered" else "", f.status)
        old = out.get(key)
        if old is None:
            out[key] = f
            continue
        best = old if _rank(old) >= _rank(f) else f
        other = f if best is old else old
        fill = {k: getattr(other, k) for k in ("quantity", "quantity_qualifier", "date", "supplier", "value",
                                               "value_amount", "currency", "value_qualifier")
                if getattr(best, k) is None and getattr(other, k) is not None}
        if "quantity" in fill and "quantity_qualifier" not in fill and best.quantity_qualifier is None:
            fill.pop("quantity")
        out[key] = replace(best, confidence=max(best.confidence, other.confidence), **fill)
    # an order with no seller named is implied by the one order of those goods that names it: what it adds is kept
    by_goods: dict[tuple, list[tuple]] = {}
    for k, f in out.items():
        if f.relation == "ordered" and f.supplier:
            by_goods.setdefault((k[0], k[2], k[4]), []).append(k)
    for k, f in list(out.items()):
        named = by_goods.get((k[0], k[2], k[4]), [])
        if f.relation == "ordered" and not f.supplier and len(named) == 1:
            kept = out[named[0]]
            fill = {a: getattr(f, a) for a in ("quantity", "quantity_qualifier", "date", "value", "value_amount",
                                               "currency", "value_qualifier")
                    if getattr(kept, a) is None and getattr(f, a) is not None}
            if "quantity" in fill and "quantity_qualifier" not in fill and kept.quantity_qualifier is None:
                fill.pop("quantity")
            out[named[0]] = replace(kept, **fill)
    # a supplies fact without a product is implied by one with a product: keep the product-bearing one only
    keyed = {(fold(f.subject), f.relation, fold(f.object), f.status) for f in out.values()
             if f.product and f.relation == "supplies" or f.supplier and f.relation == "ordered"}
    told = told or {}
    pairs = {(fold(f.subject), fold(f.object)) for f in out.values() if f.relation == "supplies"}

    def outweighed(f: Fact) -> bool:  # the other direction of the pair was read too, and told more plainly
        pair = (fold(f.subject), fold(f.object))
        mine = told.get(pair, (-1, 0.0))
        return pair[::-1] in pairs and mine[0] < 3 and told.get(pair[::-1], (-1, 0.0)) > mine

    kept = [f for f in out.values()
            if not (f.relation == "supplies" and not f.product
                    and (fold(f.subject), "supplies", fold(f.object), f.status) in keyed)
            and not (f.relation == "ordered" and not f.supplier
                     and (fold(f.subject), "ordered", fold(f.object), f.status) in keyed)
            and not (f.relation == "supplies" and outweighed(f))]
    return kept + _claims_elsewhere(facts, kept)


_CLAIMED_TRADES = frozenset({"supplies", "ordered", "delivered"})


def _claims_elsewhere(facts: list[Fact], kept: list[Fact]) -> list[Fact]:
    """The other sentences that state a kept trade, one claim each: 'ASML supplies TSMC' told in the lead and
    again in the fifth paragraph is two claims of one statement, each with its own evidence and qualifiers (the
    store keeps a claim per sentence, and the guidelines record each). Only the trades (supplies, ordered,
    delivered): a maker or a use repeated adds nothing a reader needs."""
    def family(f: Fact) -> tuple:  # (an order that names no seller gave what it adds to the one that does)
        return fold(f.subject), f.relation, fold(f.object), f.status, fold(f.supplier or "")
    told = {family(f) for f in kept if f.relation in _CLAIMED_TRADES}
    seen = {(family(f), f.start) for f in kept}
    best: dict[tuple, Fact] = {}
    for f in facts:
        k = (family(f), f.start)
        if k[0] in told and k not in seen and (k not in best or _rank(f) > _rank(best[k])):
            best[k] = f
    return list(best.values())


def _name_follows(t, refs) -> bool:
    """Whether a name comes within three words after ``t``, in its phrase ('le fournisseur cloud Marlow Data')."""
    for y in refs.tokens[t.i + 1:t.i + 4]:
        if y.is_punct or y.pos_ in ("VERB", "AUX", "ADP"):
            return False
        if refs.mention(y) is not None:
            return True
    return False


_RANGE_ENDS: dict[str, re.Pattern] = {}  # language -> pattern of the words that end a running span, built once
# the trades that make goods for others (materials, equipment, foundries, memory, OSATs, designers, network equipment)
_MAKER_TIER = 3


def _after(date: str, published: str | None) -> bool:
    """Whether ``date`` (YYYY or YYYY-MM) is later than the article's date, at the precision both have."""
    if not published or not published[:4].isdigit():
        return False
    n = min(len(date), len(published), 7)
    return date[:n] > published[:n]

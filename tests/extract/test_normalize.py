from supplykg.extract.normalize import normalize
from supplykg.extract.sentences import split_sentences


def test_offsets_survive_normalisation():
    raw = "Le leader Nvidia (NASDAQ :) et Microsoft (NASDAQ 🙂 en Asie ont vendu 100\u00a0000 puces d\u2019IA."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "NASDAQ" not in out
    assert "100 000" in out and "d'IA" in out
    i = raw.index("Microsoft")
    assert out[i:i + 9] == "Microsoft"


def test_ticker_with_symbol_and_curly_quotes():
    raw = "TSMC (NYSE:TSM) said \u201cdemand is strong\u201d."
    out = normalize(raw)
    assert "TSM)" not in out and '"demand is strong"' in out


def test_any_exchange_code_before_a_ticker_is_blanked_but_ratios_kept():
    raw = "Kelvor (HE:KELV) and Brimco (ST: BRIMb) won orders; the ratio (A:B), (UK:EU) and (Fig:3) stay."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "HE:" not in out and "ST:" not in out and "Kelvor " in out and "Brimco " in out
    assert "(A:B)" in out and "(UK:EU)" in out and "(Fig:3)" in out


def test_reuters_instrument_codes_are_blanked_but_abbreviations_kept():
    raw = "Carmaker Veltrix VLTX.MI and TSMC (2330.TW) met U.S. and U.K. officials about HBM3E. Samsung 005930.KS fell."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "VLTX.MI" not in out and "2330.TW" not in out and "005930.KS" not in out
    assert "U.S. and U.K." in out and "HBM3E." in out and "Veltrix" in out and "Samsung" in out


def test_bare_tickers_after_a_legal_name_are_blanked_but_acronyms_kept():
    raw = "Norsilica counts Quorvane Co, Ltd QRVNF, Veltrix Corp VLTX and Keltronix Inc HBM suppliers among its clients."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "QRVNF" not in out and "VLTX" not in out
    assert "Quorvane Co, Ltd " in out and "Veltrix Corp " in out and "Keltronix Inc HBM suppliers" in out


def test_wire_datelines_are_blanked_before_the_first_name():
    raw = "SALEM, Ore.--Norsilica will supply chips.\nPortland, Ore. \u2014 Quorvane Inc. said.\nSamsung, Nvidia - and AMD."
    out = normalize(raw)
    assert len(out) == len(raw)
    lines = out.split("\n")
    assert lines[0].lstrip() == "Norsilica will supply chips."
    assert lines[1].lstrip() == "Quorvane Inc. said."
    assert lines[2] == "Samsung, Nvidia - and AMD."  # two names and a dash are no dateline


def test_an_agency_code_glued_to_the_first_name_is_blanked():
    raw = "Hsinchu, May 3, 2019 (KNA)--Norsilica Inc. named Quorvane its second foundry. TSMC (Taiwan) - a rival - said."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "Norsilica Inc. named" in out and "(KNA)" not in out and "--" not in out
    assert "TSMC (Taiwan) - a rival" in out  # a bracket before a lower-case word is no dateline


def test_sentence_splitter_keeps_abbreviations_and_codes_together():
    text = ("Taipei, Oct. 8 (CNA) Hon Hai Precision Industry Co. said the U.S. order was for 100 000 puces Ascend 910B. "
            "Nvidia declined to comment.\n\nA new paragraph starts here")
    spans = list(split_sentences(text, frozenset({"co", "u.s", "oct"})))
    sents = [text[s:e] for s, e in spans]
    assert sents == [
        "Taipei, Oct. 8 (CNA) Hon Hai Precision Industry Co. said the U.S. order was for 100 000 puces Ascend 910B.",
        "Nvidia declined to comment.",
        "A new paragraph starts here",
    ]


def test_a_run_without_full_stops_is_cut_into_sentence_sized_pieces():
    from supplykg.extract.sentences import MAX_SENTENCE

    text = ", ".join(f"item {i}" for i in range(2000))  # about 17 000 characters, no full stop
    spans = list(split_sentences(text, frozenset()))
    assert len(spans) > 5 and all(0 < e - s <= MAX_SENTENCE + 1 for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:]))


def test_a_quote_with_a_space_inside_opens_a_sentence():
    text = 'Les ventes ont doublé en 2022. " Nous visons plus ", a dit le PDG. Il part demain.'
    got = [text[a:b] for a, b in split_sentences(text, frozenset())]
    assert got == ["Les ventes ont doublé en 2022.", '" Nous visons plus ", a dit le PDG.', "Il part demain."]


def test_a_photo_credit_ends_its_caption():
    raw = ("Kestrel's chief shows a new plan in June (Courtesy of Kestrel Electronics) Orvane Inc. has become its client. "
           "The deal (Photo: Reuters) was signed. Les puces (crédit photo : AFP) Orvane ...")
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "in June ." in out and "Courtesy" not in out and out.split("June .")[1].lstrip().startswith("Orvane Inc.")
    assert "(Photo: Reuters) was signed" in out  # not followed by a new sentence: left alone
    assert "crédit" not in out


def test_swiss_thousands_are_grouped_by_a_space():
    # "60'000 puces", "260’000 GPU": the apostrophe between digits groups thousands; an elision keeps its apostrophe
    text = "NAVER Cloud recevra 60'000 puces et Samsung 260’000 GPU d'Nvidia en 2'5 ans."
    out = normalize(text)
    assert "60 000 puces" in out and "260 000 GPU" in out
    assert "d'Nvidia" in out and "2'5" in out
    assert len(out) == len(text)


def test_a_full_stop_glued_to_the_next_sentence_ends_it():
    text = "Orvane n'est pas restée inactive.Elle vient d'entrer en bourse. Visit Amazon.com or U.S.Army, etc.Les autres."
    got = [text[a:b] for a, b in split_sentences(text, frozenset({"etc"}))]
    assert got == ["Orvane n'est pas restée inactive.", "Elle vient d'entrer en bourse.",
                   "Visit Amazon.com or U.S.Army, etc.Les autres."]


def test_a_bare_ticker_after_a_company_word_is_blanked():
    # finance sites print the ticker right after the name: 'Kelvor Systems KLVR has won'
    raw = "Kelvor Systems KLVR has won an order. Orvane Networks RAN gear and Brimlow Technologies AI chips sell."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "KLVR" not in out and "Kelvor Systems " in out
    assert "Orvane Networks RAN gear" in out and "Brimlow Technologies AI chips" in out  # a trade's acronyms stay


def test_list_markers_are_blanked_and_end_the_line_before_them():
    text = ("Kelvor Bags Contract From Brimlow For Radar Modules\n- Kelvor Corp. has won a contract from Brimlow.\n"
            "\u2022 The company has begun shipments.\n-5 degrees - and falling.")
    out = normalize(text)
    assert len(out) == len(text)
    got = [out[a:b] for a, b in split_sentences(out, frozenset())]
    assert got[:3] == ["Kelvor Bags Contract From Brimlow For Radar Modules", "Kelvor Corp. has won a contract from Brimlow.",
                       "The company has begun shipments.\n-5 degrees - and falling."], got  # '-5' is no marker


def test_a_list_that_runs_on_stays_one_sentence():
    # a list of names, one per line, and a line that breaks inside a sentence are no new sentences
    for text, n in (("Orvane's suppliers include:\n- Kelvor\n- Brio\n- Zentek", 1),
                    ("Orvane buys chips from\n* Kelvor and\n* Brio.", 1),
                    ("Kelvor ordered radars from\n  Orvane, the company said.", 1),
                    ("- Kelvor ordered radars from Orvane\n- Brio ordered drones from Zentek", 2)):
        out = normalize(text)
        assert len(out) == len(text)
        assert len(list(split_sentences(out, frozenset()))) == n, [out[a:b] for a, b in split_sentences(out, frozenset())]


def test_an_em_dash_glued_between_words_is_the_comma_of_an_aside():
    raw = "Brimco and Kelvor\u2014both Orvane suppliers\u2014plan a merger; prices rose 3\u20145 % \u2014 a record."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "Kelvor,both Orvane suppliers,plan" in out
    assert "3-5 %" in out and " - a record" in out  # between digits, and set apart by spaces, it stays a dash


def test_two_share_classes_and_a_possessive_legal_name_lose_their_tickers():
    raw = "Brimco counts Quorvane Inc QRVA QRVB Quorvane, and Veltrix.Com Inc's VLTX Cloud as clients; Kelvor Inc AI chips."
    out = normalize(raw)
    assert len(out) == len(raw)
    assert "QRVA" not in out and "QRVB" not in out and "VLTX" not in out
    assert "Quorvane Inc " in out and out.count("Quorvane") == 2 and "Inc's " in out and " Cloud as clients" in out
    assert "Kelvor Inc AI chips" in out  # a trade's acronym after a legal name stays

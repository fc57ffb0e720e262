"""The article's Doc cut into sentences from arrays (ArticleDoc) reads the same words with or without the text
it was made from: the extractor passes that text to spare spaCy's rebuilding Doc.text."""
from supplykg.extract.parsing import ArticleDoc
from supplykg.extract.pipeline import dictionary_word, load_pipeline


def test_article_doc_with_its_text_cuts_the_same_words():
    nlp = load_pipeline("en")
    text = "Micron supplies HBM3E to Nvidia.  It ships\tmore in 2025 (about 30,000 units)."
    doc = nlp(text)
    segments = [(0, len(text), 0, len(text), None)]
    read, given = ArticleDoc(doc, segments), ArticleDoc(doc, segments, text)
    assert given.words == read.words == [t.text for t in doc]
    assert given.spaces == read.spaces
    first = ["Micron", "supplies", "HBM3E", "to", "Nvidia", "."]
    assert [t.text for t in given.sub(0, 6)] == [t.text for t in read.sub(0, 6)] == first


def test_sentence_doc_answers_the_article_morphology():
    """Sentence Docs are made without copying the morphology (it is read on demand): ``feature`` must give the
    article Doc's analysis for every token of every sentence."""
    from supplykg.extract.parsing import feature

    nlp = load_pipeline("fr")
    text = "Huawei aurait commandé des puces. Elles seront livrées par SMIC en décembre."
    doc = nlp(text)
    whole = ArticleDoc(doc, [(0, len(text), 0, len(text), None)], text)
    cut = 6  # 'Huawei aurait commandé des puces .'
    assert [t.text for t in doc[:cut]][-1] == "."
    for lo, hi in ((0, cut), (cut, len(doc))):
        sub = whole.sub(lo, hi)
        for t in sub:
            for field in ("Mood", "Tense", "VerbForm", "Number", "Gender"):
                assert feature(t, field) == doc[lo + t.i].morph.get(field), (t.text, field)
    assert sum(bool(t.morph.get(f)) for t in doc for f in ("Mood", "Tense", "Number")) >= 5  # there is something to read


def test_dictionary_word_is_what_the_model_knew_before_reading():
    """A capitalised first word that is no word of the language is a name ('Veltrix took over ...'); the
    words an article brings do not become words by being read."""
    for code, text in (("en", "Veltrix said demand rose."), ("fr", "Veltrix dit que la demande augmente.")):
        doc = load_pipeline(code)(text)
        assert not dictionary_word(doc[0]), code
        assert dictionary_word(next(t for t in doc if t.lower_ in ("demand", "demande"))), code
        again = load_pipeline(code)(text.replace("Veltrix", "veltrix"))
        assert not dictionary_word(again[0]), code

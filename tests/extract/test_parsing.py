"""The article's Doc cut into sentences from arrays (ArticleDoc) reads the same words with or without the text
it was made from: the extractor passes that text to spare spaCy's rebuilding Doc.text."""
from supplykg.extract.parsing import ArticleDoc
from supplykg.extract.pipeline import load_pipeline


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

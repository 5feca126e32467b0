"""Reading an article once: normalized text, sentences, words, names and their types, dates,
numbers, who said what. The extractor, the verifier and story merging all ask here."""

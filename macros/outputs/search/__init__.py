"""Search in Indonesian: Sastrawi stems (``stemmer``) and the word families added to
Material's search index after the build (``word_families``)."""

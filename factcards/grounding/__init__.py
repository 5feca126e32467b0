"""Grounding a card in its article: quotes aligned to exact offsets, evidence found when none is
cited, and the named checks that decide whether the evidence supports the claim."""

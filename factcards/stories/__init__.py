"""Stories across outlets: articles about one event grouped, what they say merged fact by fact,
and where they disagree kept side by side."""

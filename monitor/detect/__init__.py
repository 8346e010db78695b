"""Detection: decide relevance and extract typed events from news articles, by pure rules."""

"""What editors read: the Markdown brief, the cards file, the review page and run reports."""

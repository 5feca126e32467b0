"""The LLM path: settings, token counting, chunking, the chat client with its one retry
policy, the response cache and record/replay. Only this package imports `openai` and
`tiktoken`, and only when the LLM extractor is chosen."""

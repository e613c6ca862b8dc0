namespace NewsNlp.Cli.Commands;

/// <summary>How <c>analyze</c> reads its input.</summary>
internal enum InputFormat
{
    /// <summary>Decide from the file extension: .jsonl and .ndjson are JSONL, anything else (and stdin) plain text.</summary>
    Auto,

    /// <summary>One JSON object per line: <c>{"id": ..., "text": "..."}</c>.</summary>
    Jsonl,

    /// <summary>The whole input is one document.</summary>
    Text,
}

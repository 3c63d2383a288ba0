using System.Text.Json;

namespace UstaOrchard.Core.Recipes;

/// <summary>
/// Reads JSON from a stream token by token, holding only the value being read in memory
/// (a recipe of 100,000 articles is half a gigabyte). <see cref="ReadValue"/> returns a whole
/// object or array as its raw bytes, so that one item at a time can be parsed into nodes.
/// </summary>
internal sealed class JsonStreamReader(Stream stream, JsonReaderOptions options, long line = 1, long column = 1) : IDisposable
{
    /// <summary>The largest single value read whole: 128 MiB, far above the content limits of an item.</summary>
    public const int MaxValueBytes = 128 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private long _bufferOffset = stream.Position;
    private JsonReaderState _state = new(options);

    // Where the unread bytes start, as the validation reports it: 1-based line, and column in bytes.
    private long _line = line;
    private long _lineStart = stream.Position - (column - 1);

    public readonly record struct Token(JsonTokenType Type, long Offset, string? Text, ReadOnlyMemory<byte> Raw)
    {
        /// <summary>The 1-based line and byte column of the token's first byte (only for a token taken with Read or ReadValue).</summary>
        public long Line { get; init; }
        public long Column { get; init; }
    }

    /// <summary>The next token without taking it.</summary>
    public JsonTokenType Peek() => Next(wholeValue: false, take: false).Type;

    /// <summary>The next token; a property name or string comes with its text.</summary>
    public Token Read() => Next(wholeValue: false, take: true);

    /// <summary>The next value whole: an object or array through its end. Raw is valid until the next call.</summary>
    public Token ReadValue() => Next(wholeValue: true, take: true);

    private Token Next(bool wholeValue, bool take)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                var type = reader.TokenType;
                var tokenStart = _start + (int)reader.TokenStartIndex;
                var text = type is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                if (!wholeValue || type is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip())
                {
                    var end = _start + (int)reader.BytesConsumed;
                    var token = new Token(type, _bufferOffset + tokenStart, text, _buffer.AsMemory(tokenStart, end - tokenStart));
                    if (take)
                    {
                        CountLines(_start, tokenStart);
                        token = token with { Line = _line, Column = _bufferOffset + tokenStart - _lineStart + 1 };
                        CountLines(tokenStart, end);
                        _state = reader.CurrentState;
                        _start = end;
                    }
                    return token;
                }
            }
            else if (_final)
            {
                return new Token(JsonTokenType.None, _bufferOffset + _start, null, ReadOnlyMemory<byte>.Empty);
            }
            Fill();
        }
    }

    // Counts the line ends of the bytes taken (vectorised: it costs little next to parsing them).
    private void CountLines(int from, int until)
    {
        var span = _buffer.AsSpan(from, until - from);
        var last = span.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            _line += span.Count((byte)'\n');
            _lineStart = _bufferOffset + from + last + 1;
        }
    }

    // Keeps the unread bytes, grows the buffer when one value fills it, and reads more.
    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            // One item, a step without its data, or a variable must fit in memory: a larger one is refused, not buffered.
            if (_buffer.Length >= MaxValueBytes) throw new ValueTooLargeException(_bufferOffset);
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        else _end += read;
    }

    public void Dispose() => stream.Dispose();

    public sealed class ValueTooLargeException(long offset) : Exception($"a value at byte {offset} is larger than {MaxValueBytes} bytes")
    {
        public long Offset { get; } = offset;
    }
}

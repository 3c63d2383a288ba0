using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps one category's Information lines (register as an <see cref="ILoggerProvider"/> singleton): the
/// site's <see cref="LogCollector"/> keeps warnings only, and some behaviour is promised as an Information line.
/// </summary>
public sealed class InformationLog(string category) : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> _lines = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Lines => _lines.ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName == category ? _lines : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<(LogLevel, string)>? lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => lines is not null && logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) lines!.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}

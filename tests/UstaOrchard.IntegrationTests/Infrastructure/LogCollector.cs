using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace UstaOrchard.IntegrationTests.Infrastructure;

public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message);

/// <summary>
/// Keeps every Warning and Error a test host logs. A host fails its test when it logged one that
/// the test did not say it expects: unexpected warnings are bugs waiting to happen.
/// </summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly ConcurrentBag<Func<LogEntry, bool>> _expected = [];

    public LogCollector()
    {
        // Linux has no key encryptor at rest; the keys live in the site's data folder.
        Expect(e => e.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) && e.EventId.Id == 35);
    }

    public IReadOnlyCollection<LogEntry> Entries => _entries.ToArray();

    public void Expect(Func<LogEntry, bool> expected) => _expected.Add(expected);

    public IReadOnlyList<LogEntry> Unexpected() => _entries.Where(e => !_expected.Any(x => x(e))).ToList();

    public void AssertNoUnexpectedWarnings()
    {
        var unexpected = Unexpected();
        if (unexpected.Count > 0)
            throw new Xunit.Sdk.XunitException("Unexpected warnings were logged:\n" + string.Join("\n", unexpected.Select(e => $"{e.Level} {e.Category}[{e.EventId.Id}]: {e.Message}")));
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            collector._entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception) + (exception is null ? "" : " " + exception)));
        }
    }
}

using System;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace Contracts.AotClient;

/// <summary>Prints log entries and counts those of one category, so the sample can check the generated logging hooks ran.</summary>
internal sealed class CountingLoggerProvider(string countedCategory) : ILoggerProvider
{
    private int _count;

    public int Count => _count;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName == countedCategory);

    public void Dispose()
    {
    }

    private sealed class Logger(CountingLoggerProvider provider, bool counted) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (counted) Interlocked.Increment(ref provider._count);
            Console.WriteLine("      log: " + formatter(state, exception));
        }
    }
}

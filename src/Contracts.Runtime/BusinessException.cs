using System;
using System.Globalization;

namespace Contracts;

/// <summary>
/// The server answered with HTTP success, but the business envelope of the body (such as <c>{code, msg, data}</c>) says
/// the call failed. The code, the message and the whole envelope are kept.
/// </summary>
public class BusinessException : Exception
{
    /// <summary>Creates the exception from the envelope's code and message.</summary>
    public BusinessException(string operation, string code, string? businessMessage, object envelope)
        : base(BuildMessage(operation, code, businessMessage))
    {
        Operation = operation;
        Code = code;
        BusinessMessage = businessMessage;
        Envelope = envelope;
    }

    /// <summary>The operation that failed, as <c>METHOD /path</c>.</summary>
    public string Operation { get; }

    /// <summary>The envelope's code member, as text (a number as JSON writes it).</summary>
    public string Code { get; }

    /// <summary>The envelope's message member, when it has one.</summary>
    public string? BusinessMessage { get; }

    /// <summary>The whole envelope as read.</summary>
    public object Envelope { get; }

    /// <summary>A code or message member as text: invariant for numbers, null for null.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string BuildMessage(string operation, string code, string? message)
        => $"{operation} answered with business code {code}" + (string.IsNullOrEmpty(message) ? "." : ": " + message);
}

/// <summary>A <see cref="BusinessException"/> with the envelope typed as the operation declares it.</summary>
/// <typeparam name="TEnvelope">The generated envelope type.</typeparam>
public sealed class BusinessException<TEnvelope> : BusinessException
    where TEnvelope : notnull
{
    /// <summary>Creates the exception from the envelope's code and message.</summary>
    public BusinessException(string operation, string code, string? businessMessage, TEnvelope envelope)
        : base(operation, code, businessMessage, envelope)
    {
        Envelope = envelope;
    }

    /// <summary>The whole envelope, typed.</summary>
    public new TEnvelope Envelope { get; }
}

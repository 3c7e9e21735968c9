using System.CommandLine;
using Contracts.Generator;

namespace Contracts.Tool.Commands;

/// <summary>The business-envelope settings of `generate`, with the names and meaning of the build's ContractsEnvelope… metadata.</summary>
internal sealed class EnvelopeOptions
{
    public Option<string?> Enabled { get; } = new("--envelope")
    {
        Description = "'false' returns business envelopes ({code,msg,data}) as they are; 'true' (the default) unwraps them "
            + "(as the ContractsEnvelope metadata).",
        HelpName = "true|false",
    };

    public Option<string?> Code { get; } = new("--envelope-code")
    {
        Description = "The envelope's code member names, '|'-, ','- or ';'-separated [default: code, retcode, errcode, status and other common names] "
            + "(as ContractsEnvelopeCode).",
        HelpName = "names",
    };

    public Option<string?> Message { get; } = new("--envelope-message")
    {
        Description = "The envelope's message member names [default: msg, message, errmsg, info and other common names] (as ContractsEnvelopeMessage).",
        HelpName = "names",
    };

    public Option<string?> Data { get; } = new("--envelope-data")
    {
        Description = "The envelope's data member names [default: data, Data, result] (as ContractsEnvelopeData).",
        HelpName = "names",
    };

    public Option<string?> Success { get; } = new("--envelope-success")
    {
        Description = "The code's success values (as ContractsEnvelopeSuccess) [default: the code's const or default, the "
            + "success examples' value, else 0 and 200].",
        HelpName = "values",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Enabled);
        command.Options.Add(Code);
        command.Options.Add(Message);
        command.Options.Add(Data);
        command.Options.Add(Success);
    }

    /// <summary>The settings as given; null when no envelope option was given, so the generator's defaults apply.</summary>
    public EnvelopeSettings? Read(ParseResult parseResult)
    {
        var settings = new EnvelopeSettings(parseResult.GetValue(Enabled), parseResult.GetValue(Code), parseResult.GetValue(Message),
            parseResult.GetValue(Data), parseResult.GetValue(Success));
        return settings.IsEmpty ? null : settings;
    }
}

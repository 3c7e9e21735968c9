namespace Contracts;

/// <summary>What a generated client does with a success body that reads but breaks its schema.</summary>
public enum ResponseValidation
{
    /// <summary>Not checked (the default): the body is returned as read.</summary>
    Off,

    /// <summary>Checked; findings go to <see cref="ContractsClientHooks.OnInvalidResponse"/>, the logger and the operation's span, and the body is returned.</summary>
    Report,

    /// <summary>Checked; findings raise a <see cref="ContractValidationException"/> naming the operation.</summary>
    Throw,
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using Contracts.Tests.Tool;

namespace Contracts.Tests.Sample;

/// <summary>
/// The img2img program under test: the NativeAOT binary named by <see cref="BinaryVariable"/> (what .ci/run publishes),
/// or else <c>dotnet img2img.dll</c> from a normal build of src/Contracts.Img2Img, built here once if need be.
/// </summary>
internal sealed class Img2ImgProgram
{
    public const string BinaryVariable = "CONTRACTS_IMG2IMG";

    private static readonly Lazy<Img2ImgProgram> Located = new(Locate);

    private readonly string _fileName;
    private readonly string[] _leadingArguments;

    private Img2ImgProgram(string fileName, string[] leadingArguments, string description)
    {
        _fileName = fileName;
        _leadingArguments = leadingArguments;
        Description = description;
    }

    public static Img2ImgProgram Instance => Located.Value;

    /// <summary>Which program ran, for the test output.</summary>
    public string Description { get; }

    /// <summary>Starts the program in <paramref name="workingDirectory"/> with only the given REPLICATE_* variables.</summary>
    public Img2ImgProcess Start(IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(_fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in _leadingArguments) start.ArgumentList.Add(argument);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("REPLICATE_BASE_URL");
        start.Environment.Remove("REPLICATE_API_TOKEN");
        foreach (var variable in environment) start.Environment[variable.Key] = variable.Value;
        return new Img2ImgProcess(Process.Start(start) ?? throw new InvalidOperationException("img2img did not start: " + Description));
    }

    private static Img2ImgProgram Locate()
    {
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } binary)
        {
            if (!File.Exists(binary)) throw new FileNotFoundException($"{BinaryVariable} names no file.", binary);
            return new Img2ImgProgram(binary, Array.Empty<string>(), "NativeAOT binary " + binary);
        }
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var project = Path.Combine(RepositoryFiles.Root, "src", "Contracts.Img2Img");
        Build(project, configuration);
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "img2img.dll");
        return new Img2ImgProgram("dotnet", new[] { dll }, $"dotnet {dll} (normal {configuration} build; set {BinaryVariable} to test the NativeAOT binary)");
    }

    /// <summary>An incremental build: quick when up to date, and never a stale program when the sample changed.</summary>
    private static void Build(string project, string configuration)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "build", project, "-c", configuration, "-nologo", "-v", "quiet" }) start.ArgumentList.Add(argument);
        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException($"building {project} failed:\n{output.Result}\n{error.Result}");
    }
}

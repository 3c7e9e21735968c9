using System;
using System.Collections.Generic;
using Contracts.Generator.Helpers;
using Contracts.Generator.Model;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>The request body, and responses matched by status code.</summary>
internal static class BodyComparer
{
    public static void CompareRequest(RequestBody? before, RequestBody? after, string operation, FindingSink sink)
    {
        var place = Place.RequestBody;
        if (before is null && after is null) return;
        if (before is null)
        {
            sink.Report(after!.Required ? RuleCatalogue.RequestBodyAddedRequired : RuleCatalogue.RequestBodyAddedOptional, operation, place, "",
                "request body added" + (after.Required ? " (required)" : ""), null, after.Span);
            return;
        }
        if (after is null)
        {
            sink.Report(before.Required ? RuleCatalogue.RequestBodyRemovedRequired : RuleCatalogue.RequestBodyRemovedOptional, operation, place, "",
                "request body removed", before.Span, null);
            return;
        }
        if (before.Required != after.Required)
        {
            sink.Report(after.Required ? RuleCatalogue.RequestBodyBecameRequired : RuleCatalogue.RequestBodyBecameOptional, operation, place, "",
                after.Required ? "body became required" : "body became optional", before.Span, after.Span);
        }
        if (MediaTypeChanged(before.MediaType, after.MediaType))
        {
            sink.Report(RuleCatalogue.RequestMediaTypeChanged, operation, place, "", $"media type {before.MediaType} → {after.MediaType}", before.Span, after.Span);
        }
        CompareExamples(RuleCatalogue.RequestExampleChanged, before.Examples, after.Examples, before.Span, after.Span, operation, place, sink);
        if (before.Schema is not null || after.Schema is not null)
        {
            sink.CompareValues(operation, place, before.Schema, after.Schema, before.Span, after.Span);
        }
    }

    public static void CompareResponses(EquatableArray<Response> before, EquatableArray<Response> after, string operation, FindingSink sink)
    {
        // Statuses may repeat (two Apifox responses for one code): the n-th of a code on each side pair up.
        var afterByStatus = new Dictionary<int, Queue<int>>();
        for (var i = 0; i < after.Count; i++)
        {
            if (!afterByStatus.TryGetValue(after[i].StatusCode, out var indexes)) afterByStatus.Add(after[i].StatusCode, indexes = new Queue<int>());
            indexes.Enqueue(i);
        }
        var matched = new bool[after.Count];
        foreach (var old in before)
        {
            var place = Place.Response(old.StatusCode);
            if (!afterByStatus.TryGetValue(old.StatusCode, out var indexes) || indexes.Count == 0)
            {
                sink.Report(IsSuccess(old.StatusCode) ? RuleCatalogue.ResponseSuccessStatusRemoved : RuleCatalogue.ResponseErrorStatusRemoved, operation, place, "",
                    $"status {Place.StatusText(old.StatusCode)} removed", old.Span, null);
                continue;
            }
            var index = indexes.Dequeue();
            matched[index] = true;
            CompareResponse(old, after[index], operation, place, sink);
        }
        for (var i = 0; i < after.Count; i++)
        {
            if (matched[i]) continue;
            var added = after[i];
            sink.Report(IsSuccess(added.StatusCode) ? RuleCatalogue.ResponseSuccessStatusAdded : RuleCatalogue.ResponseErrorStatusAdded, operation,
                Place.Response(added.StatusCode), "", $"status {Place.StatusText(added.StatusCode)} added", null, added.Span);
        }
    }

    private static void CompareResponse(Response before, Response after, string operation, Place place, FindingSink sink)
    {
        if (!ValueAspects.SameText(before.Name, after.Name) || !ValueAspects.SameText(before.Description, after.Description))
        {
            sink.Report(RuleCatalogue.ResponseDescriptionChanged, operation, place, "", "name or description changed", before.Span, after.Span);
        }
        var hadBody = HasBody(before);
        var hasBody = HasBody(after);
        if (hadBody && !hasBody)
        {
            sink.Report(RuleCatalogue.ResponseBodyRemoved, operation, place, "", "body removed", before.Span, after.Span);
            return;
        }
        if (!hadBody)
        {
            if (hasBody) sink.Report(RuleCatalogue.ResponseBodyAdded, operation, place, "", "body added", before.Span, after.Span);
            return;
        }
        if (MediaTypeChanged(before.MediaType, after.MediaType))
        {
            sink.Report(RuleCatalogue.ResponseMediaTypeChanged, operation, place, "", $"media type {before.MediaType} → {after.MediaType}", before.Span, after.Span);
        }
        CompareExamples(RuleCatalogue.ResponseExampleChanged, before.Examples, after.Examples, before.Span, after.Span, operation, place, sink);
        sink.CompareValues(operation, place, before.Schema, after.Schema, before.Span, after.Span);
    }

    private static void CompareExamples(Rule rule, EquatableArray<Example> before, EquatableArray<Example> after, SourceSpan beforeSpan,
        SourceSpan afterSpan, string operation, Place place, FindingSink sink)
    {
        if (ExampleComparison.Describe(before, after) is not { } detail) return;
        sink.Report(rule, operation, place, "", detail, before.IsEmpty ? beforeSpan : before[0].Span, after.IsEmpty ? afterSpan : after[0].Span);
    }

    private static bool HasBody(Response response) => response.Schema is not null || response.MediaType.Length > 0;

    private static bool IsSuccess(int status) => status >= 200 && status <= 299;

    /// <summary>Parameters (charset) and case aside; an unknown media type on either side is no change.</summary>
    private static bool MediaTypeChanged(string before, string after)
    {
        var b = Essence(before);
        var a = Essence(after);
        return b.Length > 0 && a.Length > 0 && !string.Equals(b, a, StringComparison.OrdinalIgnoreCase);
    }

    private static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
    }
}

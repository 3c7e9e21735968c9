using System;
using System.Collections.Generic;
using Contracts.Generator.Model;
using Contracts.Generator.Naming;
using Contracts.Tool.Diff.Rules;

namespace Contracts.Tool.Diff.Engine;

/// <summary>Compares one matched pair of operations: identity and text, then parameters, request body and responses.</summary>
internal static class OperationComparer
{
    public static void Compare(Operation? before, Operation? after, FindingSink sink)
    {
        if (before is null && after is null) return;
        if (before is null)
        {
            sink.Report(RuleCatalogue.OperationAdded, OperationMatcher.Label(after!), Place.Operation, "", "operation added", null, after!.Span);
            return;
        }
        if (after is null)
        {
            sink.Report(RuleCatalogue.OperationRemoved, OperationMatcher.Label(before), Place.Operation, "", "operation removed", before.Span, null);
            return;
        }

        var label = OperationMatcher.Label(after);
        var place = Place.Operation;
        if (!string.Equals(before.Method, after.Method, StringComparison.OrdinalIgnoreCase))
        {
            sink.Report(RuleCatalogue.OperationMethodChanged, label, place, "", $"method {before.Method} → {after.Method}", before.Span, after.Span);
        }
        if (PathTemplate.Normalise(before.Path) != PathTemplate.Normalise(after.Path))
        {
            sink.Report(RuleCatalogue.OperationPathChanged, label, place, "", $"path {before.Path} → {after.Path}", before.Span, after.Span);
        }
        if (!ValueAspects.SameText(before.OperationId, after.OperationId))
        {
            sink.Report(RuleCatalogue.OperationIdChanged, label, place, "", $"operationId {before.OperationId ?? "none"} → {after.OperationId ?? "none"}", before.Span, after.Span);
        }
        if (before.Folder != after.Folder)
        {
            sink.Report(RuleCatalogue.OperationFolderChanged, label, place, "", $"folder {Folder(before)} → {Folder(after)}", before.Span, after.Span);
        }
        if (!ValueAspects.SameText(before.Summary, after.Summary))
        {
            sink.Report(RuleCatalogue.OperationSummaryChanged, label, place, "", "summary changed", before.Span, after.Span);
        }
        if (!ValueAspects.SameText(before.Description, after.Description))
        {
            sink.Report(RuleCatalogue.OperationDescriptionChanged, label, place, "", "description changed", before.Span, after.Span);
        }

        ParameterComparer.Compare(before, after, label, sink);
        BodyComparer.CompareRequest(before.RequestBody, after.RequestBody, label, sink);
        BodyComparer.CompareResponses(before.Responses, after.Responses, label, sink);
    }

    private static string Folder(Operation operation) => operation.Folder.IsEmpty ? "(none)" : string.Join("/", operation.Folder);
}

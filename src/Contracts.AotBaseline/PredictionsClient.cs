using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Contracts.Aot;

/// <summary>The seed's one operation by hand: validate, post JSON, read JSON.</summary>
public sealed class PredictionsClient(HttpClient http, string? apiKey = null)
{
    public async Task<PredictionResponse> CreateAsync(PredictionRequest request)
    {
        var errors = Validation.Validate(request);
        if (errors.Count != 0) throw new ArgumentException("Invalid request: " + string.Join("; ", errors), nameof(request));
        using var message = new HttpRequestMessage(HttpMethod.Post, "replicate/v1/predictions")
        {
            Content = JsonContent.Create(request, BaselineJsonContext.Default.PredictionRequest),
        };
        if (apiKey is not null) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(message).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.PredictionResponse).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The response body is JSON null.");
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>The one way to read a JSON request body: the media type, the size limit, the parse, each refused with its problem.</summary>
public static class JsonBody
{
    /// <summary>
    /// Reads and deserialises the request's JSON body. On failure <paramref name="problem"/> is the answer: 415 for
    /// another media type, 413 for a body over the limit, 400 for malformed JSON, a wrong type or no object
    /// (<paramref name="whatToSend"/> tells the client what the body should hold).
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, string whatToSend, CancellationToken cancellationToken)
        where T : class
    {
        if (!RequestBody.IsJson(request))
        {
            return (null, Problems.UnsupportedMediaType());
        }

        var body = await RequestBody.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, Problems.TooLarge(RequestBody.MaxBytes));
        }

        return TryDeserialize<T>(body, whatToSend, out var value, out var problem) ? (value, null) : (null, problem);
    }

    /// <summary>Deserialises a body already read; false with the problem to answer when it is not the expected JSON object.</summary>
    public static bool TryDeserialize<T>(byte[] body, string whatToSend, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out IResult? problem)
        where T : class
    {
        try
        {
            value = JsonSerializer.Deserialize<T>(RequestBody.WithoutBom(body), JsonWire.Options);
        }
        catch (JsonException e)
        {
            var field = JsonWire.FieldPath(e.Path);
            problem = field == "$"
                ? Problems.Malformed("De inhoud is geen geldige JSON.")
                : Problems.Validation(new Dictionary<string, string[]> { [field] = ["Deze waarde heeft niet het juiste type."] });
            value = null;
            return false;
        }

        problem = value is null ? Problems.Malformed(whatToSend) : null;
        return value is not null;
    }
}

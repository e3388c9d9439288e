using Microsoft.AspNetCore.Http;

namespace Aanmelding.Core.Web;

/// <summary>application/problem+json answers with Dutch titles (DESIGN §5).</summary>
public static class Problems
{
    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Results.Problem(
            title: "De aanmelding is niet volledig of niet juist ingevuld.",
            detail: "Controleer de velden die in 'errors' worden genoemd.",
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["code"] = "validation" });

    public static IResult Malformed(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "malformed", "Het verzoek kon niet worden gelezen.", detail);

    public static IResult NotFound(string detail = "Deze pagina of aanmelding bestaat niet.") =>
        Problem(StatusCodes.Status404NotFound, "not-found", "Niet gevonden.", detail);

    /// <summary>No route has this path: a mistyped or made-up address.</summary>
    public static IResult NoSuchRoute() =>
        Problem(StatusCodes.Status404NotFound, "no-route", "Niet gevonden.", "Dit adres bestaat niet.");

    public static IResult CallClosed(string detail) =>
        Problem(StatusCodes.Status409Conflict, "call-closed", "De aanmeldtermijn is gesloten.", detail);

    public static IResult Conflict(string code, string title, string detail, IDictionary<string, object?>? extra = null) =>
        Problem(StatusCodes.Status409Conflict, code, title, detail, extra);

    public static IResult Forbidden(string detail = "Deze link is niet (meer) geldig.") =>
        Problem(StatusCodes.Status403Forbidden, "forbidden", "Geen toegang.", detail);

    public static IResult Gone(string detail) =>
        Problem(StatusCodes.Status410Gone, "link-expired", "Deze link is verlopen.", detail);

    public static IResult TooLarge(int maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "Het verzoek is te groot.", $"Stuur hoogstens {maxBytes / 1024} KiB.");

    public static IResult UnsupportedMediaType() =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Dit inhoudstype wordt niet ondersteund.",
            "Stuur application/json of een formulier (application/x-www-form-urlencoded).");

    /// <summary>If-Match names a version that is not the current one (or none at all): nothing was changed.</summary>
    public static IResult PreconditionFailed(string detail) =>
        Problem(StatusCodes.Status412PreconditionFailed, "stale", "Deze versie is niet meer de huidige.", detail);

    public static IResult Unprocessable(string code, string title, string detail) =>
        Problem(StatusCodes.Status422UnprocessableEntity, code, title, detail);

    public static IResult TooManyRequests(string detail) =>
        Problem(StatusCodes.Status429TooManyRequests, "too-many-requests", "Te veel verzoeken.", detail);

    public static IResult MethodNotAllowed() =>
        Problem(StatusCodes.Status405MethodNotAllowed, "method-not-allowed", "Deze HTTP-methode is hier niet toegestaan.",
            "Deze route bestaat, maar niet voor deze HTTP-methode.");

    public static IResult Unauthorized() =>
        Problem(StatusCodes.Status401Unauthorized, "unauthorized", "Geen toegang.", "Deze route vraagt een geldige sleutel in de header x-functions-key.");

    public static IResult ServiceUnavailable() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "unavailable", "Tijdelijk niet beschikbaar.",
            "De opslag is even niet bereikbaar. Probeer het over enkele seconden opnieuw; er is niets opgeslagen.");

    /// <summary>The app's configuration is incomplete or unsafe (see <see cref="Configuration.ConfigurationCheck"/>): it takes no work.</summary>
    public static IResult Misconfigured() =>
        Problem(StatusCodes.Status503ServiceUnavailable, "misconfigured", "Deze dienst is nog niet goed ingesteld.",
            "De beheerder moet de instellingen aanvullen; er is niets opgeslagen. /api/health zegt wat er ontbreekt.");

    public static IResult Unexpected() =>
        Problem(StatusCodes.Status500InternalServerError, "unexpected", "Er ging iets mis aan onze kant.",
            "Probeer het later opnieuw. Blijft dit gebeuren, neem dan contact op met Platform31.");

    static IResult Problem(int status, string code, string title, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                extensions[key] = value;
            }
        }

        return Results.Problem(title: title, detail: detail, statusCode: status, extensions: extensions);
    }
}

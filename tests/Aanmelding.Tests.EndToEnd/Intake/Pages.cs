using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aanmelding.Tests.EndToEnd.Intake;

/// <summary>Pages parsed as a browser would (AngleSharp), and forms filled in and submitted as a browser would.</summary>
public static class Pages
{
    /// <summary>Parses an HTML answer, at its own address so that relative links and form actions resolve.</summary>
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(address));
    }

    public static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>The application form on a page.</summary>
    public static IHtmlFormElement Form(IDocument page) =>
        page.QuerySelector<IHtmlFormElement>("form#aanmeldformulier") ?? throw new InvalidOperationException("The page has no application form.");

    /// <summary>Types into a field of the application form (other forms on the page may carry fields of the same name).</summary>
    public static void Type(IDocument page, string name, string value)
    {
        switch (Form(page).QuerySelector($"[name='{name}']"))
        {
            case IHtmlTextAreaElement area:
                area.Value = value;
                break;
            case IHtmlInputElement input:
                input.Value = value;
                break;
            case IHtmlSelectElement select:
                // As a person picks from a list: by what it shows (or by its value, a municipality's code).
                var option = select.Options.FirstOrDefault(o => o.Text.Trim() == value || o.Value == value)
                    ?? throw new InvalidOperationException($"The list {name} has no option {value}.");
                select.Value = option.Value;
                break;
            default:
                throw new InvalidOperationException($"No text field named {name}.");
        }
    }

    /// <summary>What a list shows as chosen (its selected option's text), or null when nothing is chosen.</summary>
    public static string? Chosen(IDocument page, string name)
    {
        var select = Form(page).QuerySelector<IHtmlSelectElement>($"select[name='{name}']") ?? throw new InvalidOperationException($"No list named {name}.");
        var chosen = select.Options.FirstOrDefault(o => o.IsSelected && o.Value.Length > 0);
        return chosen?.Text.Trim();
    }

    /// <summary>Ticks a radio button or a checkbox by name and value.</summary>
    public static void Tick(IDocument page, string name, string value) =>
        Form(page).QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").Single(i => i.Value == value).IsChecked = true;

    /// <summary>Fills in the whole form with a valid application.</summary>
    public static void FillValid(IDocument page, string neighbourhood, string organisation = "Gemeente Utrecht", string email = "projectleider@example.org")
    {
        var application = Support.TestApplication.Of(neighbourhood: neighbourhood, organisation: organisation, email: email) with
        {
            GasFreeStatus = "in-voorbereiding",
            Challenges = ["armoede", "schulden"],
            Partners = "Woningcorporatie Mitros",
        };
        foreach (var (field, value) in application.FormFields())
        {
            if (field is "applicantType" or "gasFreeStatus" or "challenges" or "consent")
            {
                Tick(page, field, value);
            }
            else
            {
                Type(page, field, value);
            }
        }
    }

    /// <summary>Submits the form the way a browser does (its fields, encoding and action), without following redirects.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlFormElement form)
    {
        var submission = form.GetSubmission() ?? throw new InvalidOperationException("The form cannot be submitted.");
        Assert.Equal(AngleSharp.Io.HttpMethod.Post, submission.Method);
        using var body = new MemoryStream();
        await submission.Body.CopyToAsync(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(submission.Target.Href).PathAndQuery)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", submission.MimeType);
        return await client.SendAsync(request);
    }

    /// <summary>A textarea's value as a browser reads it: a posted CR LF is one line break.</summary>
    public static string TextAreaValue(IDocument page, string name) =>
        page.QuerySelector<IHtmlTextAreaElement>($"[name='{name}']")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The message shown beside a field: in the field's own (invalid) block and named first by the control's
    /// aria-describedby, before the hint.
    /// </summary>
    public static string MessageBeside(IDocument page, string name)
    {
        var control = page.QuerySelector($"[name='{name}']") ?? throw new InvalidOperationException($"No field named {name}.");
        var block = control.Closest(".utrecht-form-field--invalid") ?? throw new InvalidOperationException($"Field {name} is in no invalid field block.");
        var error = block.QuerySelector(".utrecht-form-field-error-message");
        Assert.True(error is not null, $"No message beside {name}.");
        var describedBy = control.Closest("[aria-describedby]");
        Assert.True(describedBy is not null, $"Field {name} is not described by its message.");
        Assert.Equal(error.Id, describedBy.GetAttribute("aria-describedby")!.Split(' ')[0]);
        Assert.Equal("true", describedBy.GetAttribute("aria-invalid"));
        return error.TextContent.Trim();
    }

    /// <summary>The text of a dd in the receipt's list, by the label of its dt.</summary>
    public static string Detail(IDocument page, string label)
    {
        var term = page.QuerySelectorAll("dt").Single(dt => dt.TextContent.Trim() == label);
        var detail = term.NextElementSibling ?? throw new InvalidOperationException($"No detail for {label}.");

        // Line breaks are shown as <br>; read them back as the line breaks they stand for.
        return string.Concat(detail.ChildNodes.Select(n => n is IElement { LocalName: "br" } ? "\n" : n.TextContent));
    }
}

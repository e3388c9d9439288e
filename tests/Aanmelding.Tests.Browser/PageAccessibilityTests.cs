using System.Globalization;
using System.Text.Json;
using Aanmelding.Tests.Support;
using Microsoft.Playwright;

namespace Aanmelding.Tests.Browser;

/// <summary>
/// Every page and state a person can reach, in Chromium, at desktop width and on a 375 px phone: axe-core finds no
/// violation, nothing scrolls sideways, and the page's own policy blocks nothing it needs. Then what axe cannot see:
/// where the focus goes after a failed submit, a focus ring on every control, labels above values on a phone.
/// </summary>
public sealed class PageAccessibilityTests(PagesHost fixture) : IClassFixture<PagesHost>
{
    static readonly ViewportSize Desktop = AccessibilityCheck.Desktop;
    static readonly ViewportSize Phone = AccessibilityCheck.Phone;

    [SkippableFact]
    public async Task Every_page_and_state_passes_axe_at_desktop_width_and_on_a_phone_without_sideways_scrolling()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ViewportSize = Desktop });
        await Axe.AddToAsync(context);
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        var check = new AccessibilityCheck(page);
        Task Check(string state) => check.RunAsync(state);

        // The form: empty, with every mistake, then filled in and sent.
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        await Check("the empty form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Check("the form with mistakes");
        var application = TestApplication.Of("Groningen", "Selwerd " + Guid.NewGuid().ToString("N")[..6], "Gemeente Groningen", "selwerd@groningen.example.nl");
        await FillAsync(page, application);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();
        await Check("the receipt");
        var receipt = page.Url;
        var id = new Uri(receipt).AbsolutePath.Split('/')[^1];

        // The review page, with a mistake, and the confirmation.
        await page.GotoAsync(await fixture.ReviewLinkAsync(id));
        await Check("the review page");
        await page.EvaluateAsync("() => { const note = document.getElementById('note'); note.removeAttribute('maxlength'); note.value = 'x'.repeat(2001); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Check("the review page with a mistake");
        await page.GetByLabel("Toelichting (niet verplicht)").FillAsync("Goed plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Check("the review confirmation");

        // Withdrawn, closed, the outbox, and the error pages.
        await page.GotoAsync(receipt);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ja, ik wil deze aanmelding intrekken." }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }).ClickAsync();
        Assert.Contains("Ingetrokken", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        await Check("the withdrawn receipt");
        await page.GotoAsync(fixture.Url("/calls/kwetsbare-wijken-2018"));
        await Check("the closed form");
        await page.GotoAsync(fixture.Url("/dev/outbox"));
        await Check("the outbox");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Beoordelen: aanmelding") }).First.ClickAsync();
        await Check("a message in the outbox");
        await page.GotoAsync(fixture.Url($"/applications/{id}?token=onzin"));
        await Check("a receipt link that does not work");
        await page.GotoAsync(fixture.Url($"/review/{id}?token=onzin"));
        await Check("a review link that does not work");
        await page.GotoAsync(fixture.Url("/calls/bestaat-niet"));
        await Check("an unknown call");
        await page.GotoAsync(fixture.Url($"/privacy/{fixture.CallId}"));
        await Check("the privacy notice");

        Assert.Equal(14, check.Checked.Count);
        Assert.Empty(blocked);
    }

    [SkippableFact]
    public async Task After_a_failed_submit_the_focus_is_on_the_error_summary_whose_links_lead_to_the_fields_without_javascript()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        Assert.StartsWith("Aanmelden – ", await page.TitleAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Naam van de organisatie").FillAsync("Gemeente Zwolle");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }).ClickAsync();

        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        var summary = page.Locator("#fouten");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));

        // A link in the summary takes the person to the field; the field names its message and its hint.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Kies de gemeente waarin de wijk ligt." }).ClickAsync();
        Assert.EndsWith("#f-municipality", page.Url, StringComparison.Ordinal);
        var municipality = page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente", Exact = true });
        Assert.Equal("f-municipality-fout f-municipality-uitleg", await municipality.GetAttributeAsync("aria-describedby"));
        Assert.Equal("Gemeente Zwolle", await page.GetByLabel("Naam van de organisatie").InputValueAsync());

        // The groups carry theirs on the fieldset, so a screen reader reads them with the question.
        Assert.Equal("f-challenges-fout f-challenges-uitleg", await page.GetByRole(AriaRole.Group, new() { Name = "Welke opgaven spelen er in de wijk?" }).GetAttributeAsync("aria-describedby"));
    }

    [SkippableFact]
    public async Task Review_mistakes_take_the_focus_and_link_to_their_field()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var (id, _) = await fixture.SubmitAsync(TestApplication.Of("Groningen", "Selwerd " + Guid.NewGuid().ToString("N")[..6], "Gemeente Groningen"));
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(await fixture.ReviewLinkAsync(id));
        Assert.StartsWith("Beoordelen: Selwerd ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Contains(", Groningen – ", await page.TitleAsync(), StringComparison.Ordinal);

        await page.EvaluateAsync("() => { const note = document.getElementById('note'); note.removeAttribute('maxlength'); note.value = 'x'.repeat(2001); }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();

        Assert.StartsWith("Fout: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#fouten")).ToBeFocusedAsync();
        await page.Locator("#fouten").GetByRole(AriaRole.Link).First.ClickAsync();
        Assert.EndsWith("#note", page.Url, StringComparison.Ordinal);
        var note = page.GetByLabel("Toelichting (niet verplicht)");
        Assert.Equal("true", await note.GetAttributeAsync("aria-invalid"));
        Assert.Equal("note-fout note-uitleg", await note.GetAttributeAsync("aria-describedby"));
        Assert.Equal("score-uitleg", await page.GetByLabel("Score (niet verplicht)").GetAttributeAsync("aria-describedby"));
    }

    [SkippableFact]
    public async Task Every_control_shows_a_clear_focus_ring_when_reached_with_the_keyboard()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var (id, receipt) = await fixture.SubmitAsync(TestApplication.Of("Zwolle", "Holtenbroek " + Guid.NewGuid().ToString("N")[..6], "Gemeente Zwolle"));
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ViewportSize = Desktop });
        var page = await context.NewPageAsync();

        await page.GotoAsync(fixture.Url($"/calls/{fixture.CallId}"));
        await AssertFocusRingAsync(page, "the skip link", page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" }));
        await AssertFocusRingAsync(page, "a radio button", page.GetByRole(AriaRole.Radio, new() { Name = "Gemeente", Exact = true }));
        await AssertFocusRingAsync(page, "a text field", page.GetByLabel("Naam van de organisatie"));
        await AssertFocusRingAsync(page, "a checkbox", page.GetByRole(AriaRole.Checkbox, new() { Name = "Armoede" }));
        await AssertFocusRingAsync(page, "a text area", page.GetByLabel("Motivatie"));
        await AssertFocusRingAsync(page, "the dark submit button", page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding versturen" }));
        await AssertFocusRingAsync(page, "a link", page.GetByRole(AriaRole.Link, new() { Name = PagesHost.Contact }));

        await page.GotoAsync(fixture.Url(receipt));
        await AssertFocusRingAsync(page, "the red withdraw button", page.GetByRole(AriaRole.Button, new() { Name = "Aanmelding intrekken" }));

        await page.GotoAsync(await fixture.ReviewLinkAsync(id));
        await AssertFocusRingAsync(page, "a select", page.GetByLabel("Score (niet verplicht)"));
        await AssertFocusRingAsync(page, "the approve button", page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }));
        await AssertFocusRingAsync(page, "the reject button", page.GetByRole(AriaRole.Button, new() { Name = "Afwijzen" }));
    }

    [SkippableFact]
    public async Task On_a_phone_labels_stand_above_their_values_and_no_word_is_broken_on_the_receipt_and_review_pages()
    {
        Skip.IfNot(BrowserSession.Available, "Debian's chromium is not installed.");
        var application = TestApplication.Of("Amsterdam", "Nieuw-West Slotermeer " + Guid.NewGuid().ToString("N")[..4], "Woningstichting Rochdale", "projectleider@rochdale.example.nl") with
        {
            ApplicantType = "woningcorporatie",
            ContactName = "Anne-Marie de Vries-Meijerhof",
        };
        var (id, receipt) = await fixture.SubmitAsync(application);
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", ViewportSize = Phone });
        var page = await context.NewPageAsync();

        foreach (var (what, url, title) in new[]
        {
            ("receipt", fixture.Url(receipt), $"Ontvangstbevestiging: {application.Neighbourhood}, Amsterdam – "),
            ("review page", await fixture.ReviewLinkAsync(id), $"Beoordelen: {application.Neighbourhood}, Amsterdam – "),
        })
        {
            await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
            await page.GotoAsync(url);
            Assert.StartsWith(title, await page.TitleAsync(), StringComparison.Ordinal);
            var layout = await DataListAsync(page);
            Assert.NotEmpty(layout);
            foreach (var item in layout)
            {
                Assert.True(item.LabelBottom <= item.ValueTop + 0.5, $"{what} at 375 px: '{item.Label}' is not above its value.");
                Assert.True(item.BrokenWords.Length == 0, $"{what} at 375 px: '{item.Label}' breaks inside {string.Join(", ", item.BrokenWords)}.");
            }

            Assert.Contains(layout, item => item.Label == "Gemeente");

            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
            Assert.All(await DataListAsync(page), item => Assert.True(Math.Abs(item.LabelTop - item.ValueTop) < 1, $"{what} at 1280 px: '{item.Label}' is not beside its value."));
        }
    }

    internal static async Task FillAsync(IPage page, TestApplication application)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = "Gemeente", Exact = true }).CheckAsync();
        await page.GetByLabel("Naam van de organisatie").FillAsync(application.Organisation);
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Gemeente", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = application.Municipality });
        await page.GetByLabel("Wijk", new() { Exact = true }).FillAsync(application.Neighbourhood);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Aanwijzing in voorbereiding" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Armoede" }).CheckAsync();
        await page.GetByLabel("Motivatie").FillAsync(application.Motivation);
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(application.ContactName);
        await page.GetByLabel("E-mailadres").FillAsync(application.ContactEmail);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Ik ga ermee akkoord" }).CheckAsync();
    }

    /// <summary>
    /// Reaches the control with the keyboard (Tab from the element before it, so the browser shows focus as it does
    /// for keyboard users) and checks that the ring is there: an outline of at least 2 px in a colour that stands out
    /// at least 3:1 against the page (WCAG 1.4.11), with a ring of the opposite colour inside it for dark controls.
    /// </summary>
    static async Task AssertFocusRingAsync(IPage page, string what, ILocator control)
    {
        await control.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var ring = await control.EvaluateAsync<JsonElement>(
            """
            el => {
              const style = getComputedStyle(el);
              let back = el.parentElement, backColour = 'rgba(0, 0, 0, 0)';
              while (back && (backColour = getComputedStyle(back).backgroundColor) === 'rgba(0, 0, 0, 0)') back = back.parentElement;
              return {
                focused: document.activeElement === el,
                visible: el.matches(':focus-visible'),
                outlineStyle: style.outlineStyle,
                outlineWidth: parseFloat(style.outlineWidth),
                outlineColour: style.outlineColor,
                boxShadow: style.boxShadow,
                pageColour: back ? backColour : 'rgb(255, 255, 255)',
              };
            }
            """);
        Assert.True(ring.GetProperty("focused").GetBoolean(), $"{what}: Tab did not reach it.");
        Assert.True(ring.GetProperty("visible").GetBoolean(), $"{what}: not :focus-visible.");
        Assert.NotEqual("none", ring.GetProperty("outlineStyle").GetString());
        Assert.True(ring.GetProperty("outlineWidth").GetDouble() >= 2, $"{what}: outline {ring.GetProperty("outlineWidth").GetDouble()} px.");
        var contrast = Contrast(ring.GetProperty("outlineColour").GetString()!, ring.GetProperty("pageColour").GetString()!);
        Assert.True(contrast >= 3, $"{what}: the ring stands out {contrast:0.0}:1 against the page.");
        Assert.Contains("rgb(255, 255, 255)", ring.GetProperty("boxShadow").GetString(), StringComparison.Ordinal);
    }

    sealed record DataListItem(string Label, double LabelTop, double LabelBottom, double ValueTop, string[] BrokenWords);

    /// <summary>Where each label and value of the data list stands, and the words in a value that a line break cuts in two.</summary>
    static async Task<IReadOnlyList<DataListItem>> DataListAsync(IPage page)
    {
        var items = await page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('.utrecht-data-list__item')].map(item => {
              const dt = item.querySelector('dt').getBoundingClientRect();
              const ddElement = item.querySelector('dd');
              const dd = ddElement.getBoundingClientRect();
              const broken = [];
              const walker = document.createTreeWalker(ddElement, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const re = /\S+/g;
                for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
                  const range = document.createRange();
                  range.setStart(node, m.index);
                  range.setEnd(node, m.index + m[0].length);
                  const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(m[0]);
                }
              }
              return { label: item.querySelector('dt').textContent, labelTop: dt.top, labelBottom: dt.bottom, valueTop: dd.top, broken };
            })
            """);
        return items.EnumerateArray().Select(i => new DataListItem(
            i.GetProperty("label").GetString()!,
            i.GetProperty("labelTop").GetDouble(),
            i.GetProperty("labelBottom").GetDouble(),
            i.GetProperty("valueTop").GetDouble(),
            i.GetProperty("broken").EnumerateArray().Select(w => w.GetString()!).ToArray())).ToList();
    }

    /// <summary>The WCAG contrast ratio of two CSS rgb()/rgba() colours.</summary>
    static double Contrast(string first, string second)
    {
        static double Luminance(string colour)
        {
            var parts = colour[(colour.IndexOf('(') + 1)..colour.IndexOf(')')].Split(',').Take(3)
                .Select(p => double.Parse(p.Trim(), CultureInfo.InvariantCulture) / 255)
                .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
                .ToArray();
            return (0.2126 * parts[0]) + (0.7152 * parts[1]) + (0.0722 * parts[2]);
        }

        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }
}

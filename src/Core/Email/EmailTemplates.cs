using System.Globalization;
using Aanmelding.Contracts;
using Aanmelding.Core.Applications;
using Aanmelding.Core.Attachments;
using Aanmelding.Core.Calls;

namespace Aanmelding.Core.Email;

/// <summary>
/// The e-mails the system sends, one method per kind (see <see cref="EmailKinds"/>); Dutch, plain text and HTML.
/// Links are built by the caller (absolute URLs) and only encoded here. All user text is encoded in the HTML part, and
/// none of it goes into a header: subjects carry the call's title and our reference, and no recipient has a display
/// name, so a submitted name cannot pose as the sender's words in anyone's inbox list.
/// </summary>
public static class EmailTemplates
{
    /// <summary>To the applicant's contact, right after submission: thanks, reference, summary, deadline, what next, receipt link.</summary>
    public static EmailMessage Acknowledgement(CallDefinition call, Application app, string receiptUrl)
    {
        var form = app.Form;
        var deadline = DutchDateFormat.Deadline(call.Deadline, call.TimeZone);
        var composer = new EmailComposer(call, "Bedankt voor uw aanmelding")
            .Paragraph(ApplicantGreeting(form))
            .Paragraph(
                $"Hartelijk dank voor de aanmelding van {form.Organisation} voor de oproep \u201c{call.Title}\u201d " +
                $"van {call.OrganisersText}. Wij hebben uw aanmelding in goede orde ontvangen.")
            .Facts(("Uw kenmerk", app.Id));
        FullCopy(composer, call, app, "Wat u heeft ingediend")
            .Heading("Wat gebeurt er nu?")
            .Paragraph(
                $"Aanmelden kan tot en met {deadline}. Daarna beoordelen de beoordelaars van {call.OrganisersText} alle aanmeldingen. " +
                $"Uiterlijk {DutchDateFormat.Date(call.ReviewDeadline, call.TimeZone)} worden {call.Capacity} wijken geselecteerd" +
                (call.OnePerMunicipality ? ", één per gemeente" : string.Empty) +
                ". Alle aanmelders horen dan tegelijk of hun aanmelding is geselecteerd.")
            .Paragraph(
                $"Via de link hieronder bekijkt u uw aanmelding en de status ervan. Tot en met {deadline} kunt u uw aanmelding daar ook intrekken.")
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Paragraph("Bewaar deze e-mail: de link is persoonlijk en u heeft hem nodig om uw aanmelding later terug te vinden.")
            .Closing();
        return composer.Build(
            ContactEmail(app),
            $"Ontvangstbevestiging: uw aanmelding voor {call.Title} (kenmerk {app.Id})",
            EmailKinds.Acknowledgement);
    }

    /// <summary>Every answer of the application under <paramref name="heading"/>: the applicant's copy of what we hold.</summary>
    static EmailComposer FullCopy(EmailComposer composer, CallDefinition call, Application app, string heading)
    {
        var form = app.Form;
        composer = composer
            .Heading(heading)
            .Facts(ApplicationFacts(call, app, includeReference: false))
            .LongText("Motivatie", form.Motivation)
            .LongText("Samenwerkingspartners", form.Partners)
            .Heading("Bijlagen");
        composer = app.Attachments.Count == 0
            ? composer.Paragraph("U heeft geen bijlagen meegestuurd.")
            : composer.Facts([.. app.Attachments.Select(a => (a.FileName, (string?)$"pdf, {AttachmentRules.DescribeSize(a.Size)}"))]);
        return composer
            .Heading("Contactpersoon")
            .Facts(("Naam", form.Contact?.Name), ("E-mailadres", form.Contact?.Email), ("Telefoonnummer", form.Contact?.Phone));
    }

    /// <summary>
    /// To the applicant's contact after a change through the receipt link: every answer as it now stands (the same full
    /// copy as the acknowledgement), and until when it can still be changed.
    /// </summary>
    public static EmailMessage ChangeConfirmation(CallDefinition call, Application app, string receiptUrl)
    {
        var deadline = DutchDateFormat.Deadline(call.Deadline, call.TimeZone);
        var composer = new EmailComposer(call, "Uw wijziging is opgeslagen")
            .Paragraph(ApplicantGreeting(app.Form))
            .Paragraph(
                $"U heeft uw aanmelding voor de oproep \u201c{call.Title}\u201d gewijzigd. Wij hebben de wijziging opgeslagen; " +
                "hieronder staat uw aanmelding zoals zij nu is. De beoordelaars die haar al hadden beoordeeld, hebben bericht gekregen.")
            .Facts(("Uw kenmerk", app.Id), ("Versie", app.Version.ToString(CultureInfo.InvariantCulture)));
        FullCopy(composer, call, app, "Uw aanmelding nu")
            .Paragraph($"Tot en met {deadline} kunt u uw aanmelding via de link hieronder bekijken, wijzigen of intrekken.")
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Paragraph("Heeft u de aanmelding niet zelf gewijzigd? Antwoord dan meteen op deze e-mail.")
            .Closing();
        return composer.Build(ContactEmail(app), $"Wijziging opgeslagen: {call.Title} (kenmerk {app.Id})", EmailKinds.ChangeConfirmation);
    }

    /// <summary>
    /// To one beoordelaar who reviewed an earlier version: the applicant changed the application, with that
    /// beoordelaar's personal review link to look again and, if they wish, revise.
    /// </summary>
    public static EmailMessage ChangeNotice(CallDefinition call, Application app, string coordinatorEmail, string reviewUrl)
    {
        var form = app.Form;
        var composer = new EmailComposer(call, "Aanmelding gewijzigd")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"De aanmelder heeft de aanmelding hieronder gewijzigd, nadat u haar had beoordeeld. Uw beoordeling was van een eerdere versie; " +
                $"zij blijft staan tot u haar herziet. Bekijk de nieuwe versie vóór {DutchDateFormat.Deadline(call.ReviewDeadline, call.TimeZone)}.")
            .Facts(
                ("Kenmerk", app.Id),
                ("Versie", app.Version.ToString(CultureInfo.InvariantCulture)),
                ("Organisatie", form.Organisation),
                ("Gemeente", form.Municipality),
                ("Wijk", form.Neighbourhood))
            .Link("Aanmelding opnieuw bekijken", reviewUrl)
            .Paragraph("Deze link is persoonlijk; het openen van de pagina verandert nog niets.")
            .Closing();
        return composer.Build(coordinatorEmail, $"Gewijzigd: aanmelding {app.Id} \u2013 {call.Title}", EmailKinds.ChangeNotice);
    }

    /// <summary>
    /// To the applicant's contact, when someone asked to send the link to an application again (a second application
    /// for the same wijk was refused): the reference and the receipt link, and what to do if it was not them.
    /// </summary>
    public static EmailMessage ReceiptLink(CallDefinition call, Application app, string receiptUrl)
    {
        var form = app.Form;
        var composer = new EmailComposer(call, "De link naar uw aanmelding")
            .Paragraph(ApplicantGreeting(form))
            .Paragraph(
                $"Iemand heeft gevraagd om de link naar uw aanmelding voor de oproep \u201c{call.Title}\u201d opnieuw te sturen, " +
                "omdat er nog een aanmelding voor dezelfde wijk werd gedaan. Daarom ontvangt u deze e-mail op het adres dat bij uw aanmelding is opgegeven.")
            .Facts(("Uw kenmerk", app.Id), ("Organisatie", form.Organisation), ("Gemeente", form.Municipality), ("Wijk", form.Neighbourhood))
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Paragraph("Heeft u hier niet om gevraagd? Dan hoeft u niets te doen: uw aanmelding blijft zoals zij is, en de link is alleen naar u gestuurd.")
            .Closing();
        return composer.Build(ContactEmail(app), $"De link naar uw aanmelding voor {call.Title} (kenmerk {app.Id})", EmailKinds.ReceiptLink);
    }

    /// <summary>
    /// To a contact address that asked for its links on "Stuur mijn link opnieuw": every application of the call it
    /// is the contact of, each with its reference, wijk and receipt link.
    /// </summary>
    public static EmailMessage ReceiptLinks(CallDefinition call, string address, IReadOnlyList<(Application Application, string ReceiptUrl)> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        var composer = new EmailComposer(call, applications.Count == 1 ? "De link naar uw aanmelding" : "De links naar uw aanmeldingen")
            .Paragraph(ApplicantGreeting(applications[0].Application.Form))
            .Paragraph(
                $"U vroeg om de {(applications.Count == 1 ? "link naar uw aanmelding" : "links naar uw aanmeldingen")} voor de oproep “{call.Title}”. " +
                "Daarmee bekijkt u de aanmelding en de status ervan.");
        foreach (var (app, receiptUrl) in applications)
        {
            composer.Heading($"{app.Form.Neighbourhood}, {app.Form.Municipality}")
                .Facts(("Uw kenmerk", app.Id), ("Organisatie", app.Form.Organisation))
                .Link("Deze aanmelding bekijken", receiptUrl);
        }

        composer.Paragraph("Heeft u hier niet om gevraagd? Dan hoeft u niets te doen: de links zijn alleen naar dit adres gestuurd.")
            .Closing();
        return composer.Build(address, $"Uw {(applications.Count == 1 ? "link" : "links")} voor {call.Title}", EmailKinds.ReceiptLinks);
    }

    /// <summary>
    /// To the applicant's contact, once the application is withdrawn: what that means (no part in the selection, no
    /// review), and that the wijk may be applied for again until the deadline, with the form's link.
    /// </summary>
    public static EmailMessage WithdrawalConfirmation(CallDefinition call, Application app, string receiptUrl, string formUrl)
    {
        var form = app.Form;
        var deadline = DutchDateFormat.Deadline(call.Deadline, call.TimeZone);
        var when = app.WithdrawnAt is { } withdrawnAt ? $" op {DutchDateFormat.Deadline(withdrawnAt, call.TimeZone)}" : string.Empty;
        var composer = new EmailComposer(call, "Uw aanmelding is ingetrokken")
            .Paragraph(ApplicantGreeting(form))
            .Paragraph($"U heeft uw aanmelding voor de oproep “{call.Title}”{when} ingetrokken. Hierbij bevestigen wij dat.")
            .Facts(("Uw kenmerk", app.Id), ("Organisatie", form.Organisation), ("Gemeente", form.Municipality), ("Wijk", form.Neighbourhood))
            .Heading("Wat betekent dit?")
            .Paragraph("Deze aanmelding doet niet mee aan de selectie. De beoordelaars beoordelen haar niet; zij hebben daarover bericht gekregen.")
            .Paragraph(
                $"Wilt u toch meedoen? Dan kunt u de wijk opnieuw aanmelden met het aanmeldformulier, tot en met {deadline}. " +
                "Dat wordt een nieuwe aanmelding; deze blijft ingetrokken. Na die datum kan aanmelden niet meer.")
            .Link("Naar het aanmeldformulier", formUrl)
            .Paragraph("Uw ingetrokken aanmelding kunt u nog bekijken via de link hieronder.")
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Paragraph("Heeft u de aanmelding niet zelf ingetrokken? Antwoord dan meteen op deze e-mail.")
            .Closing();
        return composer.Build(ContactEmail(app), $"Aanmelding ingetrokken: {call.Title} (kenmerk {app.Id})", EmailKinds.WithdrawalConfirmation);
    }

    /// <summary>To one beoordelaar (a coordinator of the call): a new application to review, with that coordinator's personal review link.</summary>
    public static EmailMessage ReviewRequest(
        CallDefinition call, Application app, string coordinatorEmail, string reviewUrl, DateTimeOffset validUntil)
    {
        var form = app.Form;
        var composer = new EmailComposer(call, "Nieuwe aanmelding om te beoordelen")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"Er is een nieuwe aanmelding binnengekomen voor de oproep \u201c{call.Title}\u201d. " +
                $"Wilt u deze beoordelen vóór {DutchDateFormat.Deadline(call.ReviewDeadline, call.TimeZone)}?")
            .Facts(ApplicationFacts(call, app, includeReference: true))
            .LongText("Motivatie", form.Motivation)
            .LongText("Samenwerkingspartners", form.Partners)
            .Paragraph(
                "Op de beoordelingspagina ziet u de volledige aanmelding met de contactgegevens, en legt u uw besluit vast " +
                "(goedkeuren of afwijzen, met een score en een toelichting). Het openen van de pagina verandert nog niets.")
            .Link("Aanmelding beoordelen", reviewUrl)
            .Paragraph($"Deze link is persoonlijk en geldig tot en met {DutchDateFormat.Deadline(validUntil, call.TimeZone)}.")
            .Closing();
        return composer.Build(
            coordinatorEmail,
            $"Beoordelen: aanmelding {app.Id} \u2013 {call.Title}",
            EmailKinds.ReviewRequest);
    }

    /// <summary>To one coordinator: the applicant withdrew; no review is needed.</summary>
    public static EmailMessage WithdrawalNotice(CallDefinition call, Application app, string coordinatorEmail)
    {
        var form = app.Form;
        var when = app.WithdrawnAt is { } withdrawnAt ? $" op {DutchDateFormat.Deadline(withdrawnAt, call.TimeZone)}" : string.Empty;
        var composer = new EmailComposer(call, "Aanmelding ingetrokken")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"De aanmelder heeft de aanmelding hieronder{when} ingetrokken. U hoeft deze aanmelding niet (meer) te beoordelen; " +
                "een eerder verstuurde beoordelingslink hoeft u niet te gebruiken.")
            .Facts(
                ("Kenmerk", app.Id),
                ("Organisatie", form.Organisation),
                ("Gemeente", form.Municipality),
                ("Wijk", form.Neighbourhood))
            .Closing();
        return composer.Build(
            coordinatorEmail,
            $"Ingetrokken: aanmelding {app.Id} \u2013 {call.Title}",
            EmailKinds.WithdrawalNotice);
    }

    /// <summary>To one coordinator at the deadline: what came in, per gemeente, and how much is still undecided.</summary>
    /// <param name="toReview">With the call's digest setting: what this coordinator has to review, each with its link.</param>
    public static EmailMessage IntakeClosed(
        CallDefinition call, string coordinatorEmail, IntakeSummary summary, string officeUrl, IReadOnlyList<PendingReview>? toReview = null)
    {
        var inReview = summary.Received - summary.Withdrawn;
        var composer = new EmailComposer(call, "De aanmeldtermijn is gesloten")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"De aanmeldtermijn van de oproep \u201c{call.Title}\u201d is gesloten op {DutchDateFormat.Deadline(call.Deadline, call.TimeZone)}. " +
                (summary.Received == 0 ? "Er is geen enkele aanmelding binnengekomen." : "Hieronder ziet u wat er is binnengekomen."));
        if (summary.Received > 0)
        {
            composer.Facts(
                ("Ontvangen", Number(summary.Received)),
                ("Ingetrokken", Number(summary.Withdrawn)),
                ("In behandeling", Number(inReview)),
                ("Nog niet beoordeeld", Number(summary.Undecided)));
        }

        if (summary.PerMunicipality.Count > 0)
        {
            composer.Table(
                "Aanmeldingen per gemeente",
                ["Gemeente", "Aantal"],
                summary.PerMunicipality
                    .OrderBy(row => row.Municipality, StringComparer.CurrentCultureIgnoreCase)
                    .Select(row => (IReadOnlyList<string>)[row.Municipality, Number(row.Count)]));
        }

        composer.Paragraph(
            summary.Received == 0
                ? "Er valt dus niets te beoordelen, en na de beoordelingstermijn wordt er niemand geselecteerd."
                : inReview == 0
                    ? "Alle aanmeldingen zijn ingetrokken. Er valt dus niets te beoordelen."
                    : summary.Undecided == 0
                        ? "Alle aanmeldingen zijn beoordeeld. Dank daarvoor!"
                        : $"Er {EmailLabels.StillWaiting(summary.Undecided)} op een beoordeling. " +
                          $"De beoordelingstermijn loopt tot en met {DutchDateFormat.Deadline(call.ReviewDeadline, call.TimeZone)}; " +
                          $"daarna worden {call.Capacity} wijken geselecteerd. " +
                          (toReview is null ? "Gebruik de beoordelingslinks uit de eerdere e-mails." : "Hieronder staat wat u nog moet beoordelen, elk met uw persoonlijke link."));
        if (toReview is { Count: > 0 })
        {
            composer
                .Paragraph($"U heeft {EmailLabels.Applications(toReview.Count)} te beoordelen:")
                .LinkList(ReviewLinks(toReview))
                .Paragraph("De links zijn persoonlijk; het openen van een link verandert nog niets.");
        }

        composer
            .Link("Overzicht van alle aanmeldingen", officeUrl)
            .Closing();
        return composer.Build(
            coordinatorEmail,
            $"Aanmeldtermijn gesloten: {EmailLabels.Applications(summary.Received)} ontvangen \u2013 {call.Title}",
            EmailKinds.IntakeClosed);
    }

    /// <summary>To one coordinator before the review deadline: the applications this coordinator has not decided yet, each with its link.</summary>
    public static EmailMessage ReminderDigest(CallDefinition call, string coordinatorEmail, IReadOnlyList<PendingReview> pending)
    {
        var reviewDeadline = DutchDateFormat.Deadline(call.ReviewDeadline, call.TimeZone);
        var composer = new EmailComposer(call, "Herinnering: aanmeldingen beoordelen")
            .Paragraph("Beste beoordelaar,");
        if (pending.Count == 0)
        {
            composer.Paragraph($"U heeft alle aanmeldingen beoordeeld. De beoordelingstermijn loopt tot en met {reviewDeadline}.");
        }
        else
        {
            composer
                .Paragraph(
                    $"De beoordelingstermijn van de oproep \u201c{call.Title}\u201d sluit op {reviewDeadline}. " +
                    $"U heeft nog {EmailLabels.Applications(pending.Count)} niet beoordeeld:")
                .LinkList(ReviewLinks(pending))
                .Paragraph(
                    "Een aanmelding die aan het einde van de beoordelingstermijn niet is goedgekeurd, wordt niet geselecteerd. " +
                    "De links zijn persoonlijk; het openen van een link verandert nog niets.");
        }

        composer.Closing();
        var subject = pending.Count == 1
            ? $"Herinnering: 1 aanmelding wacht op uw beoordeling \u2013 {call.Title}"
            : $"Herinnering: {pending.Count} aanmeldingen wachten op uw beoordeling \u2013 {call.Title}";
        return composer.Build(coordinatorEmail, subject, EmailKinds.ReminderDigest);
    }

    /// <summary>
    /// To the applicant's contact once the selection is final: selected, reserve or not selected, in words for the
    /// applicant (<see cref="ApplicantOutcome"/>): no score, rank or note of the beoordelaars.
    /// </summary>
    /// <param name="selectedCount">How many wijken were selected (the real number, not the call's capacity).</param>
    /// <exception cref="ArgumentException">The application has no final outcome.</exception>
    public static EmailMessage Outcome(CallDefinition call, Application app, string receiptUrl, int? selectedCount = null)
    {
        var form = app.Form;
        var explanation = ApplicantOutcome.Explanation(app, call, selectedCount);
        var (subject, heading, closing) = app.Outcome switch
        {
            ApplicationStatus.Selected => (
                $"Uw aanmelding is geselecteerd \u2013 {call.Title}",
                "Uw aanmelding is geselecteerd",
                "Van harte gefeliciteerd! Wij nemen binnenkort contact met u op over de start en de vervolgstappen."),
            ApplicationStatus.Reserve => (
                $"Uw aanmelding staat op de reservelijst \u2013 {call.Title}",
                "Uw aanmelding staat op de reservelijst",
                "Hartelijk dank voor uw aanmelding en uw geduld."),
            _ => (
                $"Uw aanmelding is niet geselecteerd \u2013 {call.Title}",
                "Uw aanmelding is niet geselecteerd",
                "Hartelijk dank voor uw interesse en de moeite die u in uw aanmelding heeft gestoken. Wij hopen dat de wijk op een andere manier verder kan."),
        };
        var composer = new EmailComposer(call, heading)
            .Paragraph(ApplicantGreeting(form))
            .Paragraph($"Dit bericht gaat over de aanmelding van {form.Organisation} voor de wijk {form.Neighbourhood} in {form.Municipality}.")
            .Paragraph(explanation)
            .Paragraph(closing)
            .Facts(("Uw kenmerk", app.Id))
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Closing();
        return composer.Build(ContactEmail(app), subject, EmailKinds.Outcome);
    }

    /// <summary>
    /// To the contact of a selected application that dropped out after the selection, once the office recorded it: the
    /// place went to the reserve list. Who took it is not said (another applicant's data).
    /// </summary>
    public static EmailMessage DroppedOut(CallDefinition call, Application app, string receiptUrl)
    {
        var form = app.Form;
        var composer = new EmailComposer(call, "Uw deelname is beëindigd")
            .Paragraph(ApplicantGreeting(form))
            .Paragraph($"Wij hebben vastgelegd dat de wijk {form.Neighbourhood} in {form.Municipality} niet meer meedoet aan \u201c{call.Title}\u201d. " +
                "De plaats is aangeboden aan de eerstvolgende wijk op de reservelijst.")
            .Paragraph("Klopt dit niet, neem dan zo snel mogelijk contact met ons op. Hartelijk dank voor uw aanmelding en de moeite die u erin heeft gestoken.")
            .Facts(("Uw kenmerk", app.Id))
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Closing();
        return composer.Build(ContactEmail(app), $"Uw deelname is beëindigd \u2013 {call.Title}", EmailKinds.DroppedOut);
    }

    /// <summary>
    /// To the contact of the first application on the reserve list when a selected one dropped out: selected after all,
    /// in the words of the outcome e-mail (<see cref="ApplicantOutcome"/>).
    /// </summary>
    /// <param name="selectedCount">How many wijken take part (the real number).</param>
    public static EmailMessage SelectedFromReserve(CallDefinition call, Application app, string receiptUrl, int? selectedCount)
    {
        var form = app.Form;
        var composer = new EmailComposer(call, "Uw aanmelding is alsnog geselecteerd")
            .Paragraph(ApplicantGreeting(form))
            .Paragraph($"Uw aanmelding voor de wijk {form.Neighbourhood} in {form.Municipality} stond op de reservelijst. Er is een plaats vrijgekomen, en die gaat naar u.")
            .Paragraph(ApplicantOutcome.Explanation(app, call, selectedCount))
            .Paragraph("Van harte gefeliciteerd! Wij nemen binnenkort contact met u op over de start en de vervolgstappen.")
            .Facts(("Uw kenmerk", app.Id))
            .Link("Uw aanmelding bekijken", receiptUrl)
            .Closing();
        return composer.Build(ContactEmail(app), $"Uw aanmelding is alsnog geselecteerd \u2013 {call.Title}", EmailKinds.SelectedFromReserve);
    }

    /// <summary>To one coordinator when the selection is final: the counts, with the selection as a CSV attachment.</summary>
    public static EmailMessage FinalSummary(
        CallDefinition call, string coordinatorEmail, int selected, int reserve, int notSelected, byte[] csv, string officeUrl)
    {
        var fileName = $"selectie-{SafeFileNamePart(call.Id)}.csv";
        var composer = new EmailComposer(call, "De selectie is definitief")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"De selectie voor de oproep \u201c{call.Title}\u201d is definitief. " +
                "Alle aanmelders hebben nu tegelijk bericht gekregen over de uitkomst.")
            .Facts(
                ("Geselecteerd", $"{Number(selected)} van {Number(call.Capacity)} plaatsen"),
                ("Reserve", Number(reserve)),
                ("Niet geselecteerd", Number(notSelected)))
            .Paragraph($"In de bijlage vindt u de selectie met rangorde en toelichting als CSV-bestand ({fileName}).")
            .Link("Uitkomst bekijken", officeUrl)
            .Closing();
        return composer.Build(
            coordinatorEmail,
            $"Selectie definitief: {Neighbourhoods(selected)} geselecteerd \u2013 {call.Title}",
            EmailKinds.FinalSummary) with
        {
            Attachments = [new EmailAttachment(fileName, "text/csv; charset=utf-8", csv)],
        };
    }

    /// <summary>To one coordinator who asked for it: the link that signs in to the call's overview, valid for a short time and once.</summary>
    public static EmailMessage SignInLink(CallDefinition call, string coordinatorEmail, string signInUrl, TimeSpan validFor)
    {
        var composer = new EmailComposer(call, "Inloggen bij het overzicht")
            .Paragraph("Beste beoordelaar,")
            .Paragraph(
                $"U heeft gevraagd om in te loggen bij het overzicht van de aanmeldingen voor de oproep \u201c{call.Title}\u201d. " +
                "Open de link hieronder en klik op de knop \u201cInloggen\u201d.")
            .Link("Inloggen", signInUrl)
            .Paragraph(
                $"De link werkt {Number((int)validFor.TotalMinutes)} minuten en één keer. Heeft u niet om deze e-mail gevraagd? " +
                "Dan kunt u hem negeren: zonder de link kan niemand inloggen met uw adres.")
            .Closing();
        return composer.Build(coordinatorEmail, $"Inloggen: {call.Title}", EmailKinds.SignInLink);
    }

    static (string Label, string? Value)[] ApplicationFacts(CallDefinition call, Application app, bool includeReference)
    {
        var form = app.Form;
        return
        [
            ("Kenmerk", includeReference ? app.Id : null),
            ("Organisatie", form.Organisation),
            ("Soort organisatie", EmailLabels.ApplicantType(form.ApplicantType)),
            ("Gemeente", form.Municipality),
            ("Wijk", form.Neighbourhood),
            ("Aantal woningen", form.Homes is { } homes ? Number(homes) : null),
            ("Aardgasvrij", EmailLabels.GasFreeStatus(form.GasFreeStatus)),
            ("Opgaven in de wijk", EmailLabels.Challenges(form.Challenges, form.ChallengesOther)),
            ("Ontvangen op", DutchDateFormat.Deadline(app.SubmittedAt, call.TimeZone)),
        ];
    }

    static IEnumerable<(string Text, string LinkLabel, string Url)> ReviewLinks(IEnumerable<PendingReview> pending) =>
        pending.Select(item => (
            $"{item.Organisation} \u2013 wijk {item.Neighbourhood}, gemeente {item.Municipality} (kenmerk {item.ApplicationId})",
            "Beoordelen",
            item.ReviewUrl));

    static string ApplicantGreeting(ApplicationForm form) =>
        string.IsNullOrWhiteSpace(form.Contact?.Name) ? "Beste aanmelder," : $"Beste {form.Contact.Name.Trim()},";

    static string ContactEmail(Application app) =>
        app.Form.Contact?.Email is { Length: > 0 } email
            ? email
            : throw new ArgumentException("The application has no contact e-mail address.", nameof(app));

    /// <summary>"geen wijken", "1 wijk", "12 wijken".</summary>
    static string Neighbourhoods(int count) => count switch
    {
        0 => "geen wijken",
        1 => "1 wijk",
        _ => $"{Number(count)} wijken",
    };

    /// <summary>12500 → "12.500".</summary>
    static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    static string SafeFileNamePart(string value)
    {
        var safe = new string(value.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').ToArray()).Trim('.');
        return safe.Length == 0 ? "oproep" : safe;
    }
}

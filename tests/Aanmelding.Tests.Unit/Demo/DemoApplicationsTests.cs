using System.Text.Json;
using Aanmelding.Contracts;
using Aanmelding.Contracts.Municipalities;
using Aanmelding.Core.Web;
using Aanmelding.Demo;

namespace Aanmelding.Tests.Unit.Demo;

/// <summary>
/// `./aanmelding demo` posts its sample applications to the real intake: each must pass the form's rules as they are
/// now, or the demo stops half-way for a newcomer (it did once the "Anders" choice got its own required text).
/// </summary>
public sealed class DemoApplicationsTests
{
    public static TheoryData<string> Organisations => [.. DemoApplications.Create().Select(a => a.Organisation)];

    [Theory]
    [MemberData(nameof(Organisations))]
    public void The_sample_application_passes_the_forms_validation(string organisation)
    {
        var applicant = DemoApplications.Create().Single(a => a.Organisation == organisation);
        var body = JsonSerializer.SerializeToUtf8Bytes(applicant.Form(), JsonSerializerOptions.Web);

        Assert.True(JsonBody.TryDeserialize<ApplicationForm>(body, "", out var form, out _));
        var errors = ApplicationValidator.Validate(form, ["gemeente", "woningcorporatie"], MunicipalityRegister.ForYear(2018));

        Assert.Empty(errors.SelectMany(e => e.Value.Select(message => $"{e.Key}: {message}")));
    }
}

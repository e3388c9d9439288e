using System.Text;
using Aanmelding.Contracts;
using Aanmelding.Core.Attachments;
using Aanmelding.Tests.Support;

namespace Aanmelding.Tests.Unit.Attachments;

public class AttachmentRulesTests
{
    static AttachmentUpload Upload(string name, byte[] content) => new() { FileName = name, Content = content };

    static IReadOnlyList<string> Check(params AttachmentUpload[] uploads) => AttachmentRules.Check(uploads, out _);

    [Fact]
    public void A_real_pdf_is_accepted_with_its_size_and_hash()
    {
        var pdf = TestPdf.Create();

        var problems = AttachmentRules.Check([Upload("motivatie.pdf", pdf)], out var accepted);

        Assert.Empty(problems);
        var attachment = Assert.Single(accepted).Attachment;
        Assert.Equal(("1", "motivatie.pdf", (long)pdf.Length), (attachment.Id, attachment.FileName, attachment.Size));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), attachment.Sha256);
    }

    [Fact]
    public void Html_named_pdf_is_refused_by_its_content_naming_the_file()
    {
        var problem = Assert.Single(Check(Upload("steunbrief.pdf", TestPdf.HtmlNamedPdf())));

        Assert.Contains("steunbrief.pdf", problem, StringComparison.Ordinal);
        Assert.Contains("geen pdf-bestand", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_with_another_name_is_still_a_pdf()
    {
        Assert.Empty(Check(Upload("brief.docx", TestPdf.Create())));
    }

    [Fact]
    public void Password_protected_pdf_is_refused_as_such()
    {
        var problem = Assert.Single(Check(Upload("geheim.pdf", TestPdf.PasswordProtected())));

        Assert.Contains("\u201cgeheim.pdf\u201d is beveiligd", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_pdf_with_the_right_header_is_refused_as_damaged()
    {
        var problem = Assert.Single(Check(Upload("kapot.pdf", TestPdf.Broken())));

        Assert.Contains("\u201ckapot.pdf\u201d is een beschadigd pdf-bestand", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_damaged()
    {
        var pdf = TestPdf.Create();

        var problem = Assert.Single(Check(Upload("half.pdf", pdf[..(pdf.Length / 2)])));

        Assert.Contains("beschadigd", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        Assert.Contains("is leeg", Assert.Single(Check(Upload("leeg.pdf", []))), StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_megabytes_exactly_is_accepted_and_one_byte_more_is_not()
    {
        Assert.Empty(Check(Upload("groot.pdf", TestPdf.Create(AttachmentRules.MaxFileBytes))));

        var problem = Assert.Single(Check(Upload("te-groot.pdf", TestPdf.Create(AttachmentRules.MaxFileBytes + 1))));
        Assert.Contains("\u201cte-groot.pdf\u201d is 10,0 MB; een bijlage mag hoogstens 10 MB zijn.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_files_are_accepted_and_four_are_not()
    {
        var pdf = TestPdf.Create();
        Assert.Empty(Check(Upload("a.pdf", pdf), Upload("b.pdf", pdf), Upload("c.pdf", pdf)));

        var problems = AttachmentRules.Check([Upload("a.pdf", pdf), Upload("b.pdf", pdf), Upload("c.pdf", pdf), Upload("d.pdf", pdf)], out var accepted);
        Assert.Equal("U kunt hoogstens 3 bijlagen toevoegen; u stuurde er 4.", Assert.Single(problems));
        Assert.Empty(accepted);
    }

    [Fact]
    public void One_bad_file_among_good_ones_refuses_them_all()
    {
        var problems = AttachmentRules.Check([Upload("goed.pdf", TestPdf.Create()), Upload("fout.pdf", Encoding.UTF8.GetBytes("hallo"))], out var accepted);

        Assert.Single(problems);
        Assert.Empty(accepted);
    }

    [Fact]
    public void The_json_request_limit_holds_three_full_files_as_base64()
    {
        var base64 = Convert.ToBase64String(new byte[AttachmentRules.MaxFileBytes]).Length;

        Assert.True(AttachmentRules.MaxRequestBytes >= 3 * base64 + 64 * 1024);
        Assert.True(AttachmentRules.MaxRequestBytes < 100 * 1024 * 1024, "under the Functions host's 100 MB request limit");
    }

    [Theory]
    [InlineData("motivatie.pdf", "motivatie.pdf")]
    [InlineData(@"C:\Users\jan\Documents\Steunbrief wethouder.PDF", "Steunbrief wethouder.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("brief<script>.pdf", "briefscript.pdf")]
    [InlineData("a\u0000b\r\nc\u202e.pdf", "abc.pdf")]
    [InlineData("  ...  ", "bijlage-2.pdf")]
    [InlineData(null, "bijlage-2.pdf")]
    [InlineData("Brief; filename=\"x.html\"", "Brief filename=x.html.pdf")]
    [InlineData("Ge\u0301meente.pdf", "G\u00e9meente.pdf")]
    public void File_names_are_sanitised(string? sent, string expected)
    {
        Assert.Equal(expected, AttachmentRules.SafeFileName(sent, 2));
    }

    [Fact]
    public void Long_file_names_are_cut_keeping_the_extension()
    {
        var name = AttachmentRules.SafeFileName(new string('x', 300) + ".pdf", 1);

        Assert.Equal(AttachmentRules.MaxFileNameLength, name.Length);
        Assert.EndsWith("x.pdf", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "1 kB")]
    [InlineData(840 * 1024, "840 kB")]
    [InlineData(2_516_582, "2,4 MB")]
    [InlineData(10 * 1024 * 1024, "10 MB")]
    public void Sizes_read_as_Dutch(long bytes, string expected)
    {
        Assert.Equal(expected, AttachmentRules.DescribeSize(bytes));
    }
}

using Aanmelding.Core.Calls;
using Aanmelding.Core.Storage;

namespace Aanmelding.Core.Review;

/// <summary>
/// What the coordinator and admin-list routes need, as one parameter: LocalHost binds it per request
/// (<c>[AsParameters]</c>), the Functions class receives it through its constructor.
/// </summary>
public sealed record ReviewServices(ReviewService Reviews, CallCatalog Calls, ApplicationStore Applications, CallStateStore CallStates);

using System.Collections.Frozen;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Small word lists that tell article kinds apart (match action, speech, future, transfer, injury, round-up, result verbs,
/// the vocabulary of pieces written around a match: ratings, talking points, lessons),
/// looked up by the word's hash so featurising never builds strings. The classifier learns how much each count
/// matters; the lists only group words that mean the same thing, so rare members share what common ones learn.
/// </summary>
public static class ReportCues
{
    /// <summary>The cue kinds, in the order their counts are featurised.</summary>
    public enum Kind { MatchAction, Speech, Future, Transfer, Injury, RoundUp, Result, Aftermath }

    public static readonly int KindCount = Enum.GetValues<Kind>().Length;

    private static readonly uint WordSeed = FeatureHasher.Namespace(7);

    private static readonly FrozenDictionary<uint, int> Kinds = Build();

    /// <summary>The cue kind of a word hashed with the report features' word seed, or -1.</summary>
    public static int KindOf(uint wordHash) => Kinds.TryGetValue(wordHash, out int kind) ? kind : -1;

    private static FrozenDictionary<uint, int> Build()
    {
        var lists = new (Kind Kind, string[] Words)[]
        {
            (Kind.MatchAction, ["scored", "scores", "netted", "equaliser", "equalizer", "equalised", "header", "headed", "penalty", "spot-kick", "half-time", "halftime", "stoppage", "minute", "minutes", "winner", "opener", "doubled", "strike", "struck", "fired", "volley", "assist", "assisted", "finish", "finished", "crossbar", "post", "saved", "save", "goalkeeper", "own", "sent", "red", "second-half", "first-half", "break", "restart", "whistle", "lead", "levelled", "leveled", "hat-trick", "brace"]),
            (Kind.Speech, ["said", "says", "told", "admitted", "admits", "insisted", "insists", "explained", "added", "believes", "revealed", "reveals", "claimed", "claims", "praised", "hailed", "blasted", "slammed", "interview", "press", "conference", "feel", "think", "happy", "proud", "disappointed"]),
            (Kind.Future, ["will", "tomorrow", "tonight", "preview", "predicted", "prediction", "predictions", "odds", "upcoming", "ahead", "face", "faces", "host", "hosts", "visit", "visits", "travel", "travels", "clash", "lineup", "line-up", "lineups", "team", "news", "kick-off", "kickoff", "stream", "tv", "channel", "watch"]),
            (Kind.Transfer, ["transfer", "transfers", "signs", "signed", "signing", "sign", "deal", "fee", "contract", "loan", "bid", "move", "joins", "joined", "join", "agreement", "medical", "window", "talks", "target"]),
            (Kind.Injury, ["injury", "injuries", "injured", "sidelined", "hamstring", "knee", "ankle", "surgery", "fitness", "ruled", "blow", "scan", "recovery", "return", "setback", "groin", "calf", "muscle"]),
            // Result verbs: one in a title is a match's headline, two or more usually a round-up of several matches.
            (Kind.Result, ["beat", "beats", "stun", "stuns", "stunned", "edge", "edges", "edged", "thrash", "thrashed", "rout", "routed", "sink", "sinks", "sank", "down", "downs", "past", "draw", "drew", "held", "win", "wins", "won", "defeat", "defeats", "defeated", "victory", "triumph", "hammer", "hammered", "cruise", "cruised", "crush", "crushed", "overcome", "overcame", "lose", "lost", "loses", "comeback", "stalemate", "clinch", "clinched", "battle", "thriller"]),
            // Words of pieces about a played match that are not its account; in a title they outweigh the scoreline that often leads it.
            (Kind.Aftermath, ["ratings", "rated", "talking", "takeaways", "things", "learned", "learnt", "lessons", "verdict", "reaction", "reacts", "positives", "negatives", "standout", "standouts", "observations", "analysis", "analysed", "winners", "losers", "graded", "grades", "debate", "fans", "pundit", "pundits", "moments"]),
            (Kind.RoundUp, ["results", "roundup", "round-up", "elsewhere", "meanwhile", "fixtures", "standings", "table", "matchday", "gameweek", "round", "recap", "wrap"]),
        };
        var map = new Dictionary<uint, int>();
        foreach (var (kind, words) in lists)
            foreach (var word in words) map.TryAdd(FeatureHasher.Add(WordSeed, word), (int)kind);
        return map.ToFrozenDictionary();
    }
}

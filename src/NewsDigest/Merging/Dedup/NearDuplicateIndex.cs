using NewsDigest.Text;

namespace NewsDigest.Merging.Dedup;

/// <summary>Collects texts as MinHash signatures (the texts themselves are not kept) and finds exact and near duplicates among them.</summary>
/// <remarks>
/// Cost is linear in the number of texts: one pass over each text's words, then for each LSH band one hash-table
/// insert per text; only texts sharing a band bucket are compared. <see cref="Add"/> may be called from several threads.
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly DedupOptions _options;
    private readonly MinHasher _hasher;
    private readonly int _stride;
    private readonly object _gate = new();
    private readonly List<string> _ids = [];
    private readonly List<int> _exactOf = []; // index of the first text with the same wording, or -1
    private readonly Dictionary<UInt128, int> _firstByFingerprint = [];
    private readonly List<int> _shingleCounts = [];
    private readonly List<string?> _sites = [];
    private uint[] _signatures = new uint[1024];
    private int _empty;

    public NearDuplicateIndex(DedupOptions? options = null)
    {
        _options = options ?? DedupOptions.Default;
        if (_options.Validate() is { } problem) throw new ArgumentException(problem, nameof(options));
        _hasher = new MinHasher(_options.HashCount);
        _stride = _hasher.PaddedCount;
    }

    public int Count
    {
        get { lock (_gate) return _ids.Count; }
    }

    /// <summary>Adds one text under an id that is unique within the index; <paramref name="site"/> (a domain or outlet) makes pages of one site meet the stricter same-site threshold.</summary>
    public void Add(string id, ReadOnlySpan<char> text, string? site = null) => Insert(id, Measure(text), site);

    /// <summary>The same for a string: a text this thread measured lately under the same options is not shingled again (grouping and then fusion index the same articles one after the other).</summary>
    public void Add(string id, string text, string? site = null)
    {
        var recent = _recent ??= new RecentByReference<(DedupOptions Options, TextMeasure Measure)>(256);
        if (!recent.TryGet(text, out var known) || !Equals(known.Options, _options))
        {
            known = (_options, Measure(text));
            recent.Set(text, known);
        }
        Insert(id, known.Measure, site);
    }

    [ThreadStatic] private static RecentByReference<(DedupOptions Options, TextMeasure Measure)>? _recent;

    /// <summary>What the index keeps of a text: its word count, exact-wording fingerprint, distinct shingle count and MinHash signature (never written to once made).</summary>
    private readonly record struct TextMeasure(int Words, UInt128 Fingerprint, int Distinct, uint[] Signature);

    private TextMeasure Measure(ReadOnlySpan<char> text)
    {
        var shingles = new List<uint>(text.Length / 5 + 1);
        var (words, fingerprint) = new WordShingler(_options.ShingleSize).Hash(text, shingles);
        int distinct = CountDistinct(shingles);
        var signature = new uint[_stride];
        _hasher.Signature(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shingles), signature);
        return new TextMeasure(words, fingerprint, distinct, signature);
    }

    private void Insert(string id, TextMeasure measure, string? site)
    {
        var (words, fingerprint, distinct, signature) = measure;
        lock (_gate)
        {
            int index = _ids.Count;
            _ids.Add(id);
            _shingleCounts.Add(distinct);
            _sites.Add(string.IsNullOrWhiteSpace(site) ? null : site.Trim().ToLowerInvariant());
            if (words == 0)
            {
                _empty++;
                _exactOf.Add(-2); // an empty text is nobody's copy
            }
            else if (_firstByFingerprint.TryGetValue(fingerprint, out int first)) _exactOf.Add(first);
            else
            {
                _firstByFingerprint[fingerprint] = index;
                _exactOf.Add(-1);
            }
            if ((index + 1) * _stride > _signatures.Length) Array.Resize(ref _signatures, Math.Max(_signatures.Length * 2, (index + 1) * _stride));
            signature.CopyTo(_signatures.AsSpan(index * _stride, _stride));
        }
    }

    /// <summary>The estimated Jaccard similarity of two added texts' shingle sets.</summary>
    public double Similarity(int a, int b) => _hasher.Similarity(SignatureOf(a), SignatureOf(b));

    /// <summary>Groups the texts added so far.</summary>
    public DedupResult FindGroups()
    {
        lock (_gate) return FindGroupsLocked();
    }

    private ReadOnlySpan<uint> SignatureOf(int index) => _signatures.AsSpan(index * _stride, _stride);

    private DedupResult FindGroupsLocked()
    {
        int n = _ids.Count;
        var sets = new DisjointSets(n);
        int exactDuplicates = 0;
        for (int i = 0; i < n; i++)
            if (_exactOf[i] >= 0)
            {
                sets.Union(i, _exactOf[i]);
                exactDuplicates++;
            }

        var representatives = new List<int>(n);
        for (int i = 0; i < n; i++) if (_exactOf[i] == -1) representatives.Add(i);

        var compared = new HashSet<ulong>();
        var found = new List<(int A, int B, double Similarity)>();
        var head = new Dictionary<ulong, int>(representatives.Count);
        var next = new int[n];
        var bucket = new List<int>(_options.MaxBucketSize);
        int oversized = 0;
        for (int band = 0; band < _options.Bands; band++)
        {
            head.Clear();
            foreach (int i in representatives)
            {
                ulong key = BandKey(i, band);
                next[i] = head.TryGetValue(key, out int previous) ? previous : -1;
                head[key] = i;
            }
            foreach (int start in head.Values)
            {
                if (next[start] < 0) continue;
                bucket.Clear();
                for (int i = start; i >= 0; i = next[i])
                {
                    if (bucket.Count == _options.MaxBucketSize) { oversized++; break; }
                    bucket.Add(i);
                }
                for (int x = 0; x < bucket.Count; x++)
                    for (int y = x + 1; y < bucket.Count; y++)
                    {
                        int a = Math.Min(bucket[x], bucket[y]), b = Math.Max(bucket[x], bucket[y]);
                        if (!compared.Add(((ulong)(uint)a << 32) | (uint)b)) continue;
                        double similarity = Similarity(a, b);
                        if (!IsNearCopy(a, b, similarity)) continue;
                        found.Add((a, b, similarity));
                        sets.Union(a, b);
                    }
            }
        }

        var groups = BuildGroups(sets, n);
        var statistics = new DedupStatistics(n, exactDuplicates, compared.Count, found.Count, oversized, _empty);
        return new DedupResult(groups, statistics);
    }

    private List<DuplicateGroup> BuildGroups(DisjointSets sets, int n)
    {
        var membersByRoot = new Dictionary<int, List<int>>();
        for (int i = 0; i < n; i++)
        {
            if (_exactOf[i] == -2) continue;
            int root = sets.Find(i);
            if (!membersByRoot.TryGetValue(root, out var members)) membersByRoot[root] = members = [];
            members.Add(i);
        }
        var groups = new List<DuplicateGroup>();
        foreach (var members in membersByRoot.Values.Where(m => m.Count > 1).OrderBy(m => m[0]))
        {
            bool star = members.Count > _options.AllPairsUpTo;
            var pairs = new List<SimilarPair>(star ? members.Count - 1 : members.Count * (members.Count - 1) / 2);
            for (int x = 0; x < (star ? 1 : members.Count); x++)
                for (int y = x + 1; y < members.Count; y++)
                    pairs.Add(Pair(members[x], members[y]));
            groups.Add(new DuplicateGroup(members.Select(i => _ids[i]).ToArray(), pairs) { Listing = star ? PairListing.Star : PairListing.AllPairs });
        }
        return groups;
    }

    private SimilarPair Pair(int a, int b)
    {
        bool exact = Canonical(a) == Canonical(b);
        double similarity = exact ? 1.0 : Similarity(Canonical(a), Canonical(b));
        return new SimilarPair(_ids[a], _ids[b], similarity, exact) { Containment = exact ? 1.0 : Containment(Canonical(a), Canonical(b), similarity) };
    }

    /// <summary>Near-copies by Jaccard similarity, or by containment (a trimmed copy, or one with paragraphs added); pages of one site need the stricter same-site similarity.</summary>
    private bool IsNearCopy(int a, int b, double similarity)
    {
        if (_sites[a] is { } site && site == _sites[b]) return similarity >= _options.SameSiteThreshold;
        if (similarity >= _options.Threshold) return true;
        return Math.Min(_shingleCounts[a], _shingleCounts[b]) >= _options.MinimumShinglesForContainment
               && Containment(a, b, similarity) >= _options.ContainmentThreshold;
    }

    /// <summary>|A∩B| / min(|A|,|B|) from the Jaccard estimate J and the set sizes: |A∩B| = J(|A|+|B|)/(1+J).</summary>
    private double Containment(int a, int b, double jaccard)
    {
        int na = _shingleCounts[a], nb = _shingleCounts[b];
        if (na == 0 || nb == 0) return 0;
        double intersection = jaccard * (na + nb) / (1 + jaccard);
        return Math.Min(1, intersection / Math.Min(na, nb));
    }

    private static int CountDistinct(List<uint> shingles)
    {
        if (shingles.Count == 0) return 0;
        var copy = shingles.ToArray();
        Array.Sort(copy);
        int distinct = 1;
        for (int i = 1; i < copy.Length; i++) if (copy[i] != copy[i - 1]) distinct++;
        return distinct;
    }

    private int Canonical(int index) => _exactOf[index] >= 0 ? _exactOf[index] : index;

    private ulong BandKey(int index, int band)
    {
        var rows = SignatureOf(index).Slice(band * _options.RowsPerBand, _options.RowsPerBand);
        ulong key = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (uint value in rows) key = WordShingler.Mix(key ^ value);
        return key;
    }
}

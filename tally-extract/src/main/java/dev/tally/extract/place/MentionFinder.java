package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds gazetteer names in a text in one left-to-right pass over its words: at each word it
 * walks the {@link TokenTrie} as far as the words allow and keeps the longest name that is
 * written capitalised and is not a stop word ("Deir al-Balah", never "Deir" then "Balah").
 * Then it drops names that are part of a person's name ("Derek Harvey", and "Harvey" alone
 * later in the same text), and weak names ("Hit", "Washington") that no cue frames.
 * Stateless; thread-safe.
 */
final class MentionFinder {
    private static final long AND = TokenTrie.hash("and"), OR = TokenTrie.hash("or");
    /** How many words either side of a naming type word an unlisted name and its qualifiers may reach. */
    private static final int NAMING_REACH = 6;
    /** How many capitalised words after a name may precede the institution that makes it a place's ("Aleppo City Council"). */
    private static final int INSTITUTION_REACH = 3;

    private final Gazetteer gazetteer;
    private final TokenTrie trie;
    private final Lexicon lex;

    MentionFinder(Gazetteer gazetteer, TokenTrie trie, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.trie = trie;
        this.lex = lex;
    }

    /** A name found: words {@code first..last}, reached by trie {@code step}. */
    private record Match(int first, int last, long step) {
        int node() {
            return TokenTrie.node(step);
        }
    }

    Scan scan(String text) {
        Tokens t = Tokens.of(text, lex);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < t.size(); ) {
            // Every name is capitalised save a leading article (see capitalised), so the many
            // lower-case words of running text are passed over with no trie probe.
            boolean mayStart = t.capitalised(i) || Lexicon.isArticle(t.kinds(i));
            Match m = mayStart ? longest(t, i) : null;
            if (m == null && t.capitalised(i)) m = possessive(t, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.last + 1;
            }
        }
        boolean[] matched = new boolean[t.size()], opens = new boolean[t.size()];
        for (Match m : matches) {
            opens[m.first] = true;
            for (int k = m.first; k <= m.last; k++) matched[k] = true;
        }
        // "Aleppos Marjeh district": near a naming word, a known name whose apostrophe was lost is an owner, not a new name.
        boolean[] possessive = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (!Lexicon.isNaming(t.kinds(i))) continue;
            for (int k = Math.max(0, i - NAMING_REACH); k < Math.min(t.size(), i + NAMING_REACH); k++) {
                if (!matched[k] && t.capitalised(k) && lostApostrophe(t, k)) possessive[k] = matched[k] = true;
            }
        }
        Set<Long> people = new HashSet<>();
        List<Match> kept = new ArrayList<>();
        for (Match m : matches) {
            // a page's tags ("Tags Syria Assad Rebels Aleppo") run capitalised words together: no person's name there
            if (tagged(t, m.first)) continue;
            if (insideName(t, m)) people.add(surface(t, m)); else kept.add(m);
        }
        List<PlaceMention> mentions = new ArrayList<>();
        List<PlaceMention> datelines = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        boolean previousCued = false;
        int previousLast = -2;
        for (int n = 0; n < kept.size(); n++) {
            Match m = kept.get(n);
            MentionFrame frame = MentionFrame.of(t, lex, m.first, m.last);
            boolean cued = frame.cued() || (previousCued && continuesList(t, previousLast, m.first));
            // "Derek Harvey ... Harvey said": a name seen in a person's is one again, unless framed as a place; a name of
            // two words or more is also one when a cue frames it ("raids on Kafr Takharim" after a run of tags)
            boolean placeAgain = frame.framed() || frame.cued() && words(t, m) >= 2;
            if (!placeAgain && people.contains(surface(t, m))) continue;
            if (!frame.cued() && speaks(t, m) || namesNoScene(t, m)) continue;
            Optional<String> region = regionAfter(t, m.last, n + 1 < kept.size() ? kept.get(n + 1) : null);
            region.ifPresent(regions::add);
            // "...in Hama Province WASHINGTON (Sputnik)": a name in capitals opening a report is its dateline, whatever runs into it
            if ((!frame.cued() || t.allCaps(m.first) && t.end(m.first) - t.start(m.first) > 3) && dateline(t, m)) {
                mention(t, m, frame, false, region).ifPresent(datelines::add);
                continue;
            }
            Optional<PlaceMention> mention = mention(t, m, frame, cued, region);
            mention.ifPresent(mentions::add);
            previousCued = cued && mention.isPresent();
            previousLast = m.last;
        }
        return new Scan(List.copyOf(mentions), List.copyOf(datelines), Demonyms.find(t, lex), UnlistedName.find(t, lex, matched, opens, possessive),
                List.copyOf(regions));
    }

    /**
     * Word {@code i}'s hash as the trie's keys have it: "al" for an article where it acts as one.
     * Worked out as a walk reaches the word, as most words are never walked.
     */
    private static long trieWord(Tokens t, int i) {
        int k = t.kinds(i);
        boolean article = Lexicon.isParticle(k) || (Lexicon.isAssimilated(k) && i + 1 < t.size()
                && (t.before(i + 1) == Tokens.HYPHEN
                || (i > 0 && t.capitalised(i - 1) && t.capitalised(i + 1) && MentionFrame.joined(t, i) && MentionFrame.joined(t, i + 1))));
        return article ? GazetteerLoader.AL : t.word(i);
    }

    private Match longest(Tokens t, int first) {
        Match best = null;
        int node = TokenTrie.ROOT;
        for (int k = first; k < t.size(); k++) {
            if (k > first && t.before(k) == Tokens.BREAK) break;
            long step = trie.step(node, trieWord(t, k));
            if (step == TokenTrie.NO_STEP) break;
            if (TokenTrie.terminal(step) && (TokenTrie.flags(step) & GazetteerLoader.STOP_NODE) == 0 && capitalised(t, first, k)
                    && !(k == first && Lexicon.isDemonym(t.kinds(k)))) {
                best = new Match(first, k, step);
            }
            if (!TokenTrie.inner(step)) break;
            node = TokenTrie.node(step);
        }
        return best != null && partOfLongerName(t, best) ? null : best;
    }

    /**
     * "in Hometown of Assad Family": a type word is no place of its own; "in Ain Tarma", "in Wadi al-Zahab District": a
     * word that opens Arabic place names, with more of the name after it, heads a name the gazetteer lacks (not the
     * Emirates' Al Ain or Algeria's El Oued).
     */
    private static boolean partOfLongerName(Tokens t, Match m) {
        if (m.first != m.last) return false;
        int kinds = t.kinds(m.first);
        if (Lexicon.isType(kinds)) return true;
        int next = m.last + 1;
        return Lexicon.isToponymHead(kinds) && MentionFrame.joined(t, next) && (t.capitalised(next) || Lexicon.isParticle(t.kinds(next)));
    }

    /**
     * Every word of the name is capitalised, save articles ("al-"), type words ("Gaza city") and, after a
     * word that opens Arabic place names, a last word that texts copied carelessly write in lower case
     * ("Deir ezzor"; never "the White house").
     */
    private static boolean capitalised(Tokens t, int first, int last) {
        boolean named = false;
        for (int k = first; k <= last; k++) {
            int kinds = t.kinds(k);
            if (k < last && Lexicon.isArticle(kinds)) continue;
            if (k > first && named && Lexicon.isType(kinds)) continue;
            if (!t.capitalised(k) && !(k == last && named && Lexicon.isToponymHead(t.kinds(first)) && transliterated(t, k))) return false;
            named = true;
        }
        return named;
    }

    private static boolean transliterated(Tokens t, int k) {
        return t.end(k) - t.start(k) >= 4 && t.kinds(k) == 0 && MentionFrame.joined(t, k) && t.before(k) == Tokens.SPACE;
    }

    /**
     * A capitalised word joined to the name makes it part of a longer name, often a person's;
     * not before a country's name, nor after a big place's ("Mosul University").
     */
    private boolean insideName(Tokens t, Match m) {
        boolean country = (TokenTrie.flags(m.step) & GazetteerLoader.COUNTRY_NODE) != 0;
        boolean strong = (TokenTrie.flags(m.step) & GazetteerLoader.STRONG_NODE) != 0;
        return (!country && nameWordBefore(t, m.first)) || (!strong && nameWordAfter(t, m.last)) || initialAfter(t, m.last)
                || !country && givenNameNext(t, m.first, m.last)
                || titleBefore(t, m.first) || !country && ageAfter(t, m.last) || organisationAfter(t, m.last) || streetAfter(t, m.last);
    }

    /** "Raleigh Street in Orlando", "Colony Court": a town's name before a street's type word names the street, however big the town. */
    private static boolean streetAfter(Tokens t, int last) {
        int k = last + 1;
        if (k < t.size() && t.before(k) == Tokens.SPACE && t.capitalised(k) && Lexicon.isStreet(t.kinds(k))) return true;
        // "at Atlantic and Monmouth Avenues": the first of two streets named together
        if (k + 2 >= t.size() || t.word(k) != AND || !t.capitalised(k + 1)) return false;
        int street = t.capitalised(k + 2) && Lexicon.isStreet(t.kinds(k + 2)) ? k + 2 : k + 3;
        return street < t.size() && t.capitalised(street) && Lexicon.isStreet(t.kinds(street)) && t.capitalised(street - 1);
    }

    /** "the Turkistan Islamic Party", "Ahrar al-Sham Movement": a group's name that holds a place is no scene. */
    private static boolean organisationAfter(Tokens t, int last) {
        for (int k = last + 1; k <= last + ORGANISATION_REACH && k < t.size() && MentionFrame.joined(t, k)
                && (t.capitalised(k) || Lexicon.isParticle(t.kinds(k))); k++) {
            if (Lexicon.isOrganisation(t.kinds(k))) return true;
        }
        return false;
    }

    private static final int ORGANISATION_REACH = 3;

    /** A person's age after a name and the rest of it: "Manan Rashid Hussein (57 years old)", "Rashed Aliko (28 years)", "Quinton Nance, 16,". */
    private static boolean ageAfter(Tokens t, int last) {
        int k = last;
        while (k + 1 < t.size() && MentionFrame.joined(t, k + 1) && (t.capitalised(k + 1) || Lexicon.isParticle(t.kinds(k + 1)))) k++;
        return AGE.matcher(t.text()).region(t.end(k), Math.min(t.text().length(), t.end(k) + AGE_REACH)).lookingAt();
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\s*\\(\\s*\\d{1,3}\\s*(?:years?|yrs?|-year)\\b|,\\s*\\d{1,3}\\s*,");
    private static final int AGE_REACH = 24;

    /** "Sgt. Michael Paul", "Detective Paul": a title, and perhaps a first name, before the name make it a person's. */
    private static boolean titleBefore(Tokens t, int first) {
        for (int k = first - 1, names = 0; k >= 0 && names <= 1; k--) {
            if (Lexicon.isTitle(t.kinds(k))) return t.before(k + 1) == Tokens.SPACE || t.before(k + 1) == Tokens.DOT;
            if (!t.capitalised(k) || t.before(k + 1) == Tokens.BREAK) return false;
            names++;
        }
        return false;
    }

    /** "George W. Bush": a capital letter and a full stop after a name are a middle initial. */
    private static boolean initialAfter(Tokens t, int last) {
        int k = last + 1;
        return k + 1 < t.size() && t.before(k) == Tokens.SPACE && t.end(k) - t.start(k) == 1
                && t.capitalised(k) && t.before(k + 1) == Tokens.DOT;
    }

    private boolean nameWordBefore(Tokens t, int first) {
        int k = first - 1;
        while (k >= 0 && MentionFrame.joined(t, k + 1) && Lexicon.isParticle(t.kinds(k))) k--;
        if (k < 0 || !MentionFrame.joined(t, k + 1) || !t.capitalised(k) || t.sentenceStart(k)) return false;
        return isNameWord(t.kinds(k)) && !Lexicon.isStop(t.kinds(k)) && !lostApostrophe(t, k);
    }

    /**
     * "Syrias Aleppo city": a place's possessive whose apostrophe was lost in copying ("Syria's") is
     * no first name; the word less its final "s" is a place name.
     */
    private boolean lostApostrophe(Tokens t, int k) {
        long step = stemStep(t, k);
        return step != TokenTrie.NO_STEP && TokenTrie.terminal(step);
    }

    /** The trie step of word {@code k} less a final "s" ("Idlibs" to "Idlib"), or NO_STEP. */
    private long stemStep(Tokens t, int k) {
        int start = t.start(k), end = t.end(k);
        if (end - start < 4 || t.text().charAt(end - 1) != 's' || t.text().charAt(end - 2) == 's') return TokenTrie.NO_STEP;
        return trie.step(TokenTrie.ROOT, Tokens.hash(t.text(), start, end - 1));
    }

    /**
     * "on Idlibs countryside", "in Syrias Idlib": a place's possessive whose apostrophe was lost, before a
     * type word or another place, names that place.
     */
    private Match possessive(Tokens t, int k) {
        int next = k + 1;
        if (next >= t.size() || !MentionFrame.joined(t, next)) return null;
        long step = stemStep(t, k);
        if (step == TokenTrie.NO_STEP || !TokenTrie.terminal(step) || (TokenTrie.flags(step) & GazetteerLoader.STOP_NODE) != 0) return null;
        // before a type word ("Idlibs countryside"), or a country's before a place ("Syrias Idlib"); never before a name ("Shams Abu Ali")
        boolean country = (TokenTrie.flags(step) & GazetteerLoader.COUNTRY_NODE) != 0;
        boolean owns = Lexicon.isType(t.kinds(next)) || country && t.capitalised(next) && longest(t, next) != null;
        return owns ? new Match(k, k, step) : null;
    }

    /**
     * "Zaki Hassan Khalil al-Tahrawi", "Nada Muhammad Ahmed": a name joined to a given name is part of a person's name,
     * however big the place it also names (Al-Khalil is Hebron).
     */
    private static boolean givenNameNext(Tokens t, int first, int last) {
        boolean before = first > 0 && MentionFrame.joined(t, first) && t.capitalised(first - 1) && Lexicon.isGiven(t.kinds(first - 1));
        // "in Aleppo Ahmed al-Ahmad said" (commas lost): a place a cue frames is one, whoever speaks after it
        boolean framed = first > 0 && Lexicon.isCue(t.kinds(first - 1));
        boolean after = !framed && last + 1 < t.size() && MentionFrame.joined(t, last + 1) && t.capitalised(last + 1) && Lexicon.isGiven(t.kinds(last + 1));
        return before || after;
    }

    private static boolean nameWordAfter(Tokens t, int last) {
        int k = last + 1;
        while (k + 1 < t.size() && MentionFrame.joined(t, k) && Lexicon.isParticle(t.kinds(k))) k++;
        if (k >= t.size() || !MentionFrame.joined(t, k) || !t.capitalised(k)) return false;
        // "Chester Police", "Aleppo Police Command": an institution after a place is the place's, not a person's surname
        for (int j = k; j < Math.min(t.size(), k + INSTITUTION_REACH) && MentionFrame.joined(t, j) && t.capitalised(j); j++) {
            if (Lexicon.isInstitution(t.kinds(j))) return false;
        }
        return !t.allCaps(k) && isNameWord(t.kinds(k));
    }

    private static boolean isNameWord(int kinds) {
        return !Lexicon.isLead(kinds) && !Lexicon.isCue(kinds) && !Lexicon.isDirection(kinds) && !Lexicon.isType(kinds) && !Lexicon.isDemonym(kinds);
    }

    /** The words of a name other than an article: "Kafr Takharim" has two, "al-Khor" one. */
    private static int words(Tokens t, Match m) {
        int n = 0;
        for (int k = m.first; k <= m.last; k++) {
            if (!Lexicon.isParticle(t.kinds(k)) && !Lexicon.isAssimilated(t.kinds(k))) n++;
        }
        return n;
    }

    /** "in Ramadi, Fallujah and Kisik": a name right after a cued one in a list shares its cue. */
    private static boolean continuesList(Tokens t, int previousLast, int first) {
        if (previousLast == first - 1) return onlyComma(t.text(), t.end(previousLast), t.start(first));
        if (previousLast != first - 2) return false;
        long link = t.word(first - 1);
        return (link == AND || link == OR) && MentionFrame.joined(t, first);
    }

    /**
     * "U.S. raids", "US warplanes", "Russia strikes", "US-led coalition": a country's name before its forces names an
     * actor, not a scene; "the Britain-based Observatory", "a London-based group": where a body sits is no scene either;
     * nor a country in a group's name ("Islamic State of Iraq"), across a border ("the border with Iraq"), owning a
     * state's body ("Turkeys state-run news agency"), joined to another country's name ("a US-Russia truce") or whence
     * someone or something came ("rockets fired from Syria",
     * "a friend visiting from Canada"); nor where the wounded were treated ("taken to a hospital in Orlando"), a thing
     * someone owns ("his Cadillac") or an outlet named after its kind ("TV channel Al-Mayadin").
     */
    private static boolean namesNoScene(Tokens t, Match m) {
        boolean country = (TokenTrie.flags(m.step) & GazetteerLoader.COUNTRY_NODE) != 0;
        int next = m.last + 1;
        if (next < t.size() && t.before(next) == Tokens.HYPHEN && t.word(next) == BASED) return true;
        // "a US-Russia truce deal", "the Russian-Turkish deal": two countries joined into one word qualify a thing
        if (country && (next < t.size() && t.before(next) == Tokens.HYPHEN && t.capitalised(next)
                || m.first >= 1 && t.before(m.first) == Tokens.HYPHEN && t.capitalised(m.first - 1))) {
            return true;
        }
        if (country && (groupBefore(t, m.first) || borderBefore(t, m.first) || seatIn(t, m.first) || m.first >= 1 && t.word(m.first - 1) == FROM
                || next < t.size() && t.word(next) == STATE)) {
            return true;
        }
        if (treatedIn(t, m.first) || ownedBefore(t, m) || m.first >= 1 && MEDIA.contains(t.word(m.first - 1))) return true;
        boolean joined = MentionFrame.joined(t, next) || next < t.size() && t.before(next) == Tokens.DOT; // "U.S. raids"
        return country && joined && Lexicon.isForce(t.kinds(next));
    }

    private static final long FROM = TokenTrie.hash("from"), AT = TokenTrie.hash("at");
    private static final long BASED = TokenTrie.hash("based"), STATE = TokenTrie.hash("state"), OF = TokenTrie.hash("of"),
            IN = TokenTrie.hash("in"), WITH = TokenTrie.hash("with"), BORDER = TokenTrie.hash("border"), BORDERS = TokenTrie.hash("borders");

    /** "the Islamic State of Iraq and the Levant", "Islamic State in Iraq": a country in a group's name. */
    private static boolean groupBefore(Tokens t, int first) {
        return first >= 2 && (t.word(first - 1) == OF || t.word(first - 1) == IN) && t.word(first - 2) == STATE && t.capitalised(first - 2);
    }

    /** "sitting in his Cadillac", "her Ford": a name someone owns is a thing's; not "his San Bernardino, Calif., home". */
    private static boolean ownedBefore(Tokens t, Match m) {
        if (m.first < 1 || !OWNERS.contains(t.word(m.first - 1))) return false;
        for (int k = m.last + 1; k < Math.min(t.size(), m.last + 1 + HOME_REACH); k++) {
            if (HOMES.contains(t.word(k))) return false;
        }
        return true;
    }

    /** "Lebanese TV channel Al-Mayadin reported": a name after the kind of outlet it is names the outlet. */
    private static final Set<Long> MEDIA = Set.of(TokenTrie.hash("channel"), TokenTrie.hash("television"), TokenTrie.hash("tv"),
            TokenTrie.hash("newspaper"), TokenTrie.hash("daily"), TokenTrie.hash("radio"), TokenTrie.hash("broadcaster"),
            TokenTrie.hash("website"), TokenTrie.hash("station"));

    /** How far after an owned name the home it qualifies may be named: "his San Bernardino, Calif., home". */
    private static final int HOME_REACH = 3;
    private static final Set<Long> HOMES = Set.of(TokenTrie.hash("home"), TokenTrie.hash("house"), TokenTrie.hash("apartment"),
            TokenTrie.hash("residence"), TokenTrie.hash("village"), TokenTrie.hash("town"), TokenTrie.hash("hometown"));

    private static final Set<Long> OWNERS = Set.of(TokenTrie.hash("his"), TokenTrie.hash("her"), TokenTrie.hash("their"),
            TokenTrie.hash("my"), TokenTrie.hash("our"));

    /** "taken to a hospital in Orlando", "treated at a clinic in Kilis": where the wounded were treated is no scene. */
    private static boolean treatedIn(Tokens t, int first) {
        return first >= 2 && (t.word(first - 1) == IN || t.word(first - 1) == AT) && CARE.contains(t.word(first - 2));
    }

    private static final Set<Long> CARE = Set.of(TokenTrie.hash("hospital"), TokenTrie.hash("hospitals"), TokenTrie.hash("clinic"),
            TokenTrie.hash("clinics"));

    /**
     * "the Syrian Observatory for Human Rights based in Britain", "the terrorist group operating in Iraq and Syria": where a
     * body sits or works is no scene; each country of a list after the verb.
     */
    private static boolean seatIn(Tokens t, int first) {
        int k = first - 1;
        if (k >= 0 && (t.word(k) == AND || t.word(k) == OR)) {
            k--;
            while (k >= 0 && first - k <= LISTED_NAME_WORDS && t.capitalised(k)) k--;
        }
        return k >= 1 && t.word(k) == IN && SEAT.contains(t.word(k - 1));
    }

    private static final int LISTED_NAME_WORDS = 4;
    private static final Set<Long> SEAT = Set.of(BASED, TokenTrie.hash("operating"), TokenTrie.hash("operates"), TokenTrie.hash("active"),
            TokenTrie.hash("headquartered"));

    /** "a town on the border with Iraq": the country across the border is no scene. */
    private static boolean borderBefore(Tokens t, int first) {
        return first >= 2 && (t.word(first - 1) == WITH || t.word(first - 1) == OF) && (t.word(first - 2) == BORDER || t.word(first - 2) == BORDERS);
    }

    /**
     * "Tags Syria Damascus Eastern Ghouta Assad UN SOHR": a page's subject tags, capitalised words after "Tags", name
     * what the site files the story under, not where anything happened.
     */
    private static boolean tagged(Tokens t, int first) {
        for (int k = first - 1, words = 0; k >= 0 && words < MAX_TAGS && MentionFrame.joined(t, k + 1); k--, words++) {
            if (t.word(k) == TAGS) return true;
            if (!t.capitalised(k)) return false;
        }
        return false;
    }

    private static final long TAGS = TokenTrie.hash("tags");
    /** How many capitalised words a tag list may run before a name in it. */
    private static final int MAX_TAGS = 12;

    /** "Russia says 62 troops were killed": a name that speaks stands for a government, not a scene. */
    private static boolean speaks(Tokens t, Match m) {
        return m.last + 1 < t.size() && t.before(m.last + 1) == Tokens.SPACE && Lexicon.isSpeaker(t.kinds(m.last + 1));
    }

    /**
     * "BEIRUT (AFP) -", "BEIRUT Thirteen civilians were killed": a wire dateline names where the report
     * was filed, not where the harm happened. A name in capitals that opens a line or follows a photo
     * caption and runs into a source in brackets, a comma, a dash or a sentence in ordinary case.
     */
    private static boolean dateline(Tokens t, Match m) {
        if (agencyDateline(t, m)) return true;
        if (t.end(m.last) - t.start(m.first) < 4) return false;
        for (int k = m.first; k <= m.last; k++) {
            if (!t.allCaps(k)) return false;
        }
        int next = m.last + 1;
        if (next >= t.size()) return false;
        String between = t.text().substring(t.end(m.last), t.start(next)).strip();
        if (between.startsWith("(") || between.equals(",") || between.equals("-") || between.equals("\u2013") || between.equals("\u2014")) return true;
        // "BEIRUT A US-led coalition air strike": a one-letter word is no word in capitals
        return between.isEmpty() && t.capitalised(next) && (!t.allCaps(next) || t.end(next) - t.start(next) == 1);
    }

    /** "Damascus, SANA- Two civilians were injured": a line that opens with a place, a comma and an agency in capitals. */
    private static boolean agencyDateline(Tokens t, Match m) {
        int agency = m.last + 1;
        if (agency >= t.size() || !t.allCaps(agency) || t.end(agency) - t.start(agency) < 3) return false;
        String text = t.text();
        int before = t.start(m.first) - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\t')) before--;
        if (before >= 0 && text.charAt(before) != '\n') return false;
        if (!text.substring(t.end(m.last), t.start(agency)).strip().equals(",")) return false;
        int after = t.end(agency);
        while (after < text.length() && text.charAt(after) == ' ') after++;
        return after < text.length() && "-\u2013\u2014(".indexOf(text.charAt(after)) >= 0;
    }

    /** True when {@code [from, to)} is one comma with only white space around it. */
    private static boolean onlyComma(String text, int from, int to) {
        int commas = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',') commas++;
            else if (!Character.isWhitespace(c)) return false;
        }
        return commas == 1;
    }

    /**
     * The first-level division written right after a name and a comma, as "country.admin1": "Roswell,
     * Ga.", "Vista, CA", "Athens, Georgia", "Albany, N.Y.". Empty when none is written there.
     */
    private Optional<String> regionAfter(Tokens t, int last, Match next) {
        int k = last + 1;
        // "GREENVILLE CO., SC", "HAMILTON TWP., N.J.", "Person County, N.C.": the division's word stands between
        if (k + 1 < t.size() && DIVISION_WORDS.contains(t.text().substring(t.start(k), t.end(k)).toLowerCase(Locale.ROOT))
                && t.text().substring(t.end(k), t.start(k + 1)).strip().matches("\\.?,")) {
            return regionAt(t, k + 1, next);
        }
        if (k >= t.size() || !t.text().substring(t.end(last), t.start(k)).strip().equals(",")) return Optional.empty();
        return regionAt(t, k, next);
    }

    /** Words of a US minor division a dateline writes between a place and its state ("CO.", "TWP.", "County"). */
    private static final Set<String> DIVISION_WORDS = Set.of("co", "cnty", "county", "twp", "township", "parish", "borough");

    /** The first-level division written at token {@code k}, after a comma; {@code next} the name match found there, if any. */
    private Optional<String> regionAt(Tokens t, int k, Match next) {
        if (next != null && next.first == k) {
            for (int i = trie.payloadStart(next.node()); i < trie.payloadEnd(next.node()); i++) {
                GazetteerEntry e = gazetteer.entry(trie.payload(i) >>> 2);
                if (e.kind().equals("ADM1")) return Optional.of(e.country() + "." + e.admin1());
            }
            // "Parkland, Fla.": a town of the abbreviation's spelling (Norway's Fla) does not hide the state
        }
        String text = t.text();
        int length = t.end(k) - t.start(k);
        StringBuilder letters = new StringBuilder();
        for (int j = k; j < t.size() && t.end(j) - t.start(j) == 1 && t.end(j) < text.length() && text.charAt(t.end(j)) == '.'; j++) {
            letters.append(text.charAt(t.start(j)));
        }
        if (letters.length() >= 2) return lex.region(Tokens.of(letters.toString()).word(0)); // "N.Y.", "D.C."
        boolean postal = length == 2 && t.allCaps(k);
        boolean abbreviated = t.end(k) < text.length() && text.charAt(t.end(k)) == '.' && t.capitalised(k);
        return postal || abbreviated ? lex.region(t.word(k)) : Optional.empty();
    }

    private Optional<PlaceMention> mention(Tokens t, Match m, MentionFrame frame, boolean cued, Optional<String> region) {
        boolean weakNode = (TokenTrie.flags(m.step) & GazetteerLoader.WEAK_NODE) != 0;
        boolean allCaps = true;
        for (int k = m.first; k <= m.last; k++) allCaps &= t.allCaps(k);
        List<GazetteerEntry> candidates = new ArrayList<>();
        int previous = -1;
        for (int i = trie.payloadStart(m.node()); i < trie.payloadEnd(m.node()); i++) {
            int payload = trie.payload(i);
            boolean acronym = (payload & GazetteerLoader.ACRONYM) != 0;
            boolean weak = weakNode || (payload & GazetteerLoader.WEAK) != 0;
            if (acronym != allCaps && !(allCaps && !acronym && t.end(m.last) - t.start(m.first) > 4)) continue;
            if (weak && !(cued && MentionFrame.standsAlone(t, m.first))) continue;
            // Payloads are sorted, so the payloads of one row lie together.
            if (payload >>> 2 != previous) candidates.add(gazetteer.entry(payload >>> 2));
            previous = payload >>> 2;
        }
        if (candidates.isEmpty()) return Optional.empty();
        if (region.isPresent()) {
            // "Roswell, Ga.": the division written after the name settles which of its places it is
            List<GazetteerEntry> inRegion = candidates.stream().filter(c -> region.get().equals(c.country() + "." + c.admin1())).toList();
            if (!inRegion.isEmpty()) candidates = inRegion;
        }
        if (region.isEmpty() && candidates.stream().anyMatch(c -> c.precision() == Place.Precision.COUNTRY)) {
            // "Russia", "Lebanon": a country's own name is the country (or a division of its name), never a town named
            // after it; "Lebanon, Tenn." keeps its town through the division written after it
            candidates = candidates.stream().filter(GazetteerEntry::isArea).toList();
        }
        int start = t.start(m.first), end = t.end(m.last);
        int textStart = t.start(frame.firstWord()), textEnd = t.end(frame.lastWord());
        return Optional.of(new PlaceMention(start, end, t.text().substring(start, end), textStart, textEnd,
                t.text().substring(textStart, textEnd), cued, frame.framed(), frame.type().flatMap(Lexicon::precision),
                candidates));
    }

    /** The name's words, as one key: names inside a person's name are remembered by it. */
    private static long surface(Tokens t, Match m) {
        long key = t.word(m.first);
        for (int k = m.first + 1; k <= m.last; k++) key = Lexicon.pair(key, t.word(k));
        return key;
    }

    /**
     * What one pass over a text found: place names, datelines (where a report was filed: evidence of
     * the article's country, never a scene of harm), demonyms as evidence of countries, and names
     * of places the gazetteer lacks, framed as places by a type word, and the first-level divisions
     * written after names ("Roswell, Ga.": "US.GA"), evidence of where the article's other places lie.
     */
    record Scan(List<PlaceMention> places, List<PlaceMention> datelines, List<Demonyms.Hit> demonyms,
                List<UnlistedName> unlisted, List<String> regions) {}
}

/**
 * A labelled corpus for the guard's second level and for full birth dates: notes such as a
 * teacher writes before a consultation, in bokmål, nynorsk and Danish, some carrying a
 * description that may single one child out (warning kinds: singling_out, rare_trait,
 * diagnosis, family_event) or a full date of birth (identifying kind birth_date), the rest
 * clean but using the same words harmlessly ("den eneste gangen", "klassen 5B hadde tur", "far
 * var på jobb", a birthday without a year).
 *
 * The sentences were written by hand from how teachers phrase such things, not from the term
 * lists in src/anonymity/quasi-terms.ts, so the expected answers do not come from
 * the code they measure. A labelled span is marked `[[kind|…]]`; slots in braces are filled
 * by a seeded generator, so the same seed gives the same corpus.
 *
 * Labels mark everything in a sentence that should be warned about or refused: a sentence
 * with "den eneste jenta i 5B med høreapparat" carries both a singling_out and a rare_trait
 * label, so that a rare_trait warning there is not counted as a false alarm.
 */
import type { FindingKind, WarningKind } from '../src/anonymity/finding.ts';
import type { Random } from '../src/demo/random.ts';
import type { Language } from './anonymity-corpus.ts';

export type LabelKind = FindingKind | WarningKind;

export interface QuasiLabel {
  kind: LabelKind;
  start: number;
  end: number;
}

export interface QuasiNote {
  language: Language;
  text: string;
  labels: QuasiLabel[];
}

const CLEAN_SHARE = 0.5;

interface Sentences {
  /** Sentences with one or more labelled spans. */
  marked: readonly string[];
  /** Sentences that should raise nothing, many with the same words in ordinary use. */
  clean: readonly string[];
}

const SENTENCES: Record<Language, Sentences> = {
  nb: {
    marked: [
      // singling_out
      'Hun er [[singling_out|den eneste jenta i {class}]] og føler seg utenfor.',
      'Han er [[singling_out|eneste gutt på {grade}]] som ikke har mobil.',
      'I {class} er hun [[singling_out|den eneste som]] ikke får være med på bursdager.',
      '[[singling_out|Den eneste eleven i {class}]] som ikke kan svømme, gruer seg til svømmingen.',
      'Gutten er [[singling_out|eneste elev på {grade}]] som tar buss fra hytta.',
      'Han er [[singling_out|den eneste av guttene i {class}]] som leker med de yngre.',
      'Hun er [[singling_out|den eneste jenta på fotballaget]] og blir ertet for det.',
      'Som [[singling_out|eneste elev i {class}]] har han egen pult ved døra.',
      '[[singling_out|Den eneste jenta i {class} med [[rare_trait|høreapparat]]]] trekker seg unna i timene.',
      // rare_trait
      'Eleven bruker [[rare_trait|høreapparat]] og sitter alltid foran.',
      'Han sitter i [[rare_trait|rullestol]] og kommer seg ikke opp i 2. etasje.',
      'Hun har [[rare_trait|insulinpumpe]] og må ha mat til faste tider.',
      'Gutten har [[rare_trait|protese]] på venstre bein og vil ikke ha gym.',
      'Hun kommuniserer med [[rare_trait|tegnspråk]] og har egen tolk.',
      'Han er [[rare_trait|blind]] og bruker leselist.',
      'Eleven er [[rare_trait|døv]] og blir lett utenfor i friminuttet.',
      'Jenta har [[rare_trait|sondemat]] og spiser ikke med de andre.',
      // diagnosis
      'Han har [[diagnosis|ADHD]] og strever med å sitte stille.',
      'Hun har nylig fått [[diagnosis|diagnosen autisme]], og mor vil ha tilrettelegging.',
      'Gutten har [[diagnosis|epilepsi]], så han må ha voksen med på tur.',
      'Eleven har [[diagnosis|diabetes type 1]] og måler blodsukker i timen.',
      'Hun har [[diagnosis|dysleksi]] og får lydbøker.',
      'Han har [[diagnosis|Tourettes syndrom]] og blir ertet for tics.',
      'Jenta er utredet for [[diagnosis|Aspergers syndrom]].',
      'Hun har [[diagnosis|cerebral parese]] og trenger hjelp i garderoben.',
      'Gutten har [[diagnosis|Downs syndrom]] og har assistent hele dagen.',
      'Hun har [[diagnosis|anoreksi]] og er fulgt opp av BUP.',
      // family_event
      'Eleven har hatt det tungt siden [[family_event|faren døde]] i vinter.',
      '[[family_event|Foreldrene ble skilt]] før jul, og han bor annenhver uke.',
      '[[family_event|Mor sitter i fengsel]], og gutten bor hos besteforeldrene.',
      'Hun forteller at [[family_event|far ble arrestert]] i helgen.',
      '[[family_event|Lillebroren hennes døde]] i sommer.',
      '[[family_event|Mor er innlagt på psykiatrisk]], og eleven bor hos tanten.',
      'Etter at [[family_event|foreldrene gikk fra hverandre]] har han sluttet å gjøre lekser.',
      '[[family_event|Faren ble utvist]] fra landet i høst.',
      // birth_date
      'Hun er født [[birth_date|{birthDate}]] og går i {class}.',
      'Eleven (f. [[birth_date|{numericBirthDate}]]) har mye fravær.',
      'Fødselsdato: [[birth_date|{birthDate}]]. Eleven går på {grade}.',
      'Gutten, født den [[birth_date|{birthDate}]], har byttet skole to ganger.',
    ],
    clean: [
      'Det var den eneste gangen {class} var på tur i høst.',
      'Klassen {class} hadde tur til skogen på fredag.',
      'Far var på jobb, så mor kom alene på møtet.',
      'Det eneste vi vet, er at hun gruer seg til friminuttene.',
      'Den eneste løsningen vi ser nå, er flere voksne ute i friminuttene.',
      'Hun har bursdag i mars og gleder seg til selskapet.',
      'Foreldremøtet for {grade} er {date}.',
      'Han er født i {year} og går i {class}.',
      'Vi har satt inn ekstra voksne i {class} etter jul.',
      'Bibliotekaren fant et høreapparat i gangen og leverte det på kontoret.',
      'Rampen for rullestoler ved hovedinngangen er reparert.',
      'Klassen hadde tema om epilepsi og førstehjelp i naturfag.',
      'Vi har ikke mistanke om noen diagnose, men hun virker trist.',
      'Mor og far kommer begge på samtalen neste uke.',
      'Far hentet ham tidlig i dag fordi de skulle til tannlegen.',
      'Klassens kanin døde i helgen, og mange var lei seg.',
      'De leste en bok om en gutt med en far i fengsel i norsktimen.',
      'Hun er eneste barn og er mye sammen med besteforeldrene.',
      'Foreldrene har fått tilbud om foreldreveiledning.',
      'Eleven sier at alle i {class} var med på leken.',
    ],
  },
  nn: {
    marked: [
      'Ho er [[singling_out|den einaste jenta i {class}]] og kjenner seg utanfor.',
      'Han er [[singling_out|einaste guten på {grade}]] som ikkje har mobil.',
      'I {class} er ho [[singling_out|den einaste som]] ikkje får vere med i bursdagar.',
      '[[singling_out|Den einaste eleven i {class}]] som ikkje kan symje, gruar seg.',
      'Som [[singling_out|einaste elev på {grade}]] tek han buss frå bygda.',
      'Ho er [[singling_out|den einaste av jentene i {class}]] som speler fotball.',
      '[[singling_out|Den einaste guten i {class} med [[rare_trait|høyreapparat]]]] vil ikkje ha det på seg.',
      // rare_trait
      'Eleven brukar [[rare_trait|høyreapparat]] og sit alltid framme.',
      'Han sit i [[rare_trait|rullestol]] og kjem seg ikkje opp trappa.',
      'Ho har [[rare_trait|insulinpumpe]] og må ete til faste tider.',
      'Guten har [[rare_trait|protese]] og vil ikkje vere med i gym.',
      'Ho er [[rare_trait|døv]] og brukar [[rare_trait|teiknspråk]].',
      'Han er [[rare_trait|blind]] og har eigen assistent.',
      // diagnosis
      'Han har [[diagnosis|ADHD]] og strevar med å sitje i ro.',
      'Ho har nyleg fått [[diagnosis|diagnosen autisme]].',
      'Guten har [[diagnosis|epilepsi]] og må ha vaksen med på tur.',
      'Eleven har [[diagnosis|diabetes]] og måler blodsukker i timen.',
      'Ho har [[diagnosis|dysleksi]] og får lydbøker.',
      'Han har [[diagnosis|Tourettes syndrom]] og vert erta for tics.',
      'Ho har [[diagnosis|cerebral parese]] og treng hjelp i garderoben.',
      'Jenta har [[diagnosis|anoreksi]] og er følgd opp av BUP.',
      // family_event
      'Eleven har hatt det tungt sidan [[family_event|faren døydde]] i vinter.',
      '[[family_event|Foreldra vart skilde]] før jul, og han bur annakvar veke.',
      '[[family_event|Mora sit i fengsel]], og guten bur hos besteforeldra.',
      'Ho fortel at [[family_event|far vart arrestert]] i helga.',
      '[[family_event|Veslebroren hennar døydde]] i sommar.',
      '[[family_event|Mor er innlagd på psykiatrisk]], og eleven bur hos tanta.',
      // birth_date
      'Ho er fødd [[birth_date|{birthDate}]] og går i {class}.',
      'Eleven (f. [[birth_date|{numericBirthDate}]]) har mykje fråvær.',
      'Fødselsdato: [[birth_date|{birthDate}]]. Eleven går på {grade}.',
    ],
    clean: [
      'Det var den einaste gongen {class} var på tur i haust.',
      'Klassen {class} hadde tur til skogen på fredag.',
      'Far var på jobb, så mor kom åleine på møtet.',
      'Det einaste vi veit, er at ho gruar seg til friminutta.',
      'Den einaste løysinga vi ser no, er fleire vaksne ute.',
      'Ho har bursdag i mars og gler seg til selskapet.',
      'Foreldremøtet for {grade} er {date}.',
      'Han er fødd i {year} og går i {class}.',
      'Bibliotekaren fann eit høyreapparat i gangen og leverte det på kontoret.',
      'Rampa for rullestolar ved hovudinngangen er reparert.',
      'Klassen hadde tema om epilepsi og førstehjelp i naturfag.',
      'Vi har ikkje mistanke om nokon diagnose, men ho verkar trist.',
      'Mor og far kjem begge på samtalen neste veke.',
      'Far henta han tidleg i dag fordi dei skulle til tannlegen.',
      'Kaninen til klassen døydde i helga, og mange var lei seg.',
      'Foreldra har fått tilbod om foreldrerettleiing.',
      'Eleven seier at alle i {class} var med på leiken.',
    ],
  },
  da: {
    marked: [
      'Hun er [[singling_out|den eneste pige i {class}]] og føler sig udenfor.',
      'Han er [[singling_out|den eneste dreng på holdet]], der ikke har mobil.',
      'I {class} er hun [[singling_out|den eneste, der]] ikke bliver inviteret til fødselsdage.',
      '[[singling_out|Den eneste elev i {class}]], der ikke kan svømme, er nervøs for svømmeundervisningen.',
      'Som [[singling_out|eneste elev i {class}]] har han sin egen pult ved døren.',
      'Hun er [[singling_out|den eneste af pigerne i {class}]], der spiller fodbold.',
      '[[singling_out|Den eneste dreng i {class} med [[rare_trait|høreapparat]]]] vil ikke have det på.',
      // rare_trait
      'Eleven bruger [[rare_trait|høreapparat]] og sidder altid forrest.',
      'Han sidder i [[rare_trait|kørestol]] og kan ikke komme op på 2. sal.',
      'Hun har [[rare_trait|insulinpumpe]] og skal spise på faste tidspunkter.',
      'Drengen har en [[rare_trait|protese]] og vil ikke have idræt.',
      'Hun er [[rare_trait|døv]] og taler [[rare_trait|tegnsprog]].',
      'Han er [[rare_trait|blind]] og har sin egen støttepædagog.',
      // diagnosis
      'Han har [[diagnosis|ADHD]] og har svært ved at sidde stille.',
      'Hun har for nylig fået [[diagnosis|diagnosen autisme]].',
      'Drengen har [[diagnosis|epilepsi]] og skal have en voksen med på tur.',
      'Eleven har [[diagnosis|sukkersyge]] og måler blodsukker i timerne.',
      'Hun er [[diagnosis|ordblind]] og får lydbøger.',
      'Han har [[diagnosis|Tourettes syndrom]] og bliver drillet med sine tics.',
      'Hun har [[diagnosis|cerebral parese]] og skal have hjælp i omklædningsrummet.',
      'Pigen har [[diagnosis|anoreksi]] og er i forløb i børnepsykiatrien.',
      // family_event
      'Eleven har haft det svært, siden [[family_event|faren døde]] i vinter.',
      '[[family_event|Forældrene er blevet skilt]], og han bor hos dem på skift.',
      '[[family_event|Moren sidder i fængsel]], og drengen bor hos bedsteforældrene.',
      'Hun fortæller, at [[family_event|hendes far blev anholdt]] i weekenden.',
      '[[family_event|Hendes lillebror døde]] i sommer.',
      '[[family_event|Moren er indlagt på psykiatrisk]], og eleven bor hos sin moster.',
      // birth_date
      'Hun er født [[birth_date|{birthDate}]] og går i {class}.',
      'Eleven (f. [[birth_date|{numericBirthDate}]]) har meget fravær.',
      'Fødselsdato: [[birth_date|{birthDate}]]. Eleven går i {grade}.',
      'Drengen, født den [[birth_date|{birthDate}]], har skiftet skole to gange.',
    ],
    clean: [
      'Det var den eneste gang, {class} var på tur i efteråret.',
      'Klassen {class} var på tur i skoven fredag.',
      'Far var på arbejde, så mor kom alene til mødet.',
      'Det eneste, vi ved, er at hun gruer sig til frikvartererne.',
      'Den eneste løsning, vi ser nu, er flere voksne i gården.',
      'Hun har fødselsdag i marts og glæder sig til festen.',
      'Forældremødet for {grade} er den {date}.',
      'Han er født i {year} og går i {class}.',
      'Bibliotekaren fandt et høreapparat på gangen og afleverede det på kontoret.',
      'Rampen til kørestole ved hovedindgangen er repareret.',
      'Klassen havde tema om epilepsi og førstehjælp i natur/teknologi.',
      'Vi har ingen mistanke om en diagnose, men hun virker ked af det.',
      'Mor og far kommer begge til samtalen i næste uge.',
      'Far hentede ham tidligt i dag, fordi de skulle til tandlæge.',
      'Klassens kanin døde i weekenden, og mange var kede af det.',
      'Forældrene er tilbudt forældrevejledning.',
      'Eleven siger, at alle i {class} var med i legen.',
    ],
  },
};

/** Builds `count` notes from a seeded random source; about half are clean. */
export function buildQuasiCorpus(random: Random, count: number): QuasiNote[] {
  return Array.from({ length: count }, () => buildNote(random, random.pick(['nb', 'nn', 'da'] as const)));
}

function buildNote(random: Random, language: Language): QuasiNote {
  const sentences = SENTENCES[language];
  const chosen = Array.from({ length: random.int(1, 2) }, () => random.pick(sentences.clean));
  if (!random.chance(CLEAN_SHARE)) chosen.splice(random.int(0, chosen.length), 0, random.pick(sentences.marked));
  let text = '';
  const labels: QuasiLabel[] = [];
  for (const sentence of chosen) {
    if (text !== '') text += ' ';
    const open: { kind: LabelKind; start: number }[] = [];
    for (const part of sentence.split(/(\[\[\w+\||\]\]|\{\w+\})/)) {
      const opening = /^\[\[(\w+)\|$/.exec(part)?.[1];
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      if (opening !== undefined) open.push({ kind: opening as LabelKind, start: text.length });
      else if (part === ']]') {
        const label = open.pop();
        if (label === undefined) throw new SyntaxError(`Unbalanced label in «${sentence}»`);
        labels.push({ ...label, end: text.length });
      } else text += slot === undefined ? part : fill(slot, random, language);
    }
    if (open.length > 0) throw new SyntaxError(`Unclosed label in «${sentence}»`);
  }
  return { language, text, labels: labels.sort((a, b) => a.start - b.start) };
}

function fill(slot: string, r: Random, language: Language): string {
  const danish = language === 'da';
  const pad = (value: number) => String(value).padStart(2, '0');
  switch (slot) {
    case 'class': {
      const grade = r.int(1, 10);
      const letter = r.pick(['A', 'B', 'C', 'D']);
      return danish ? r.pick([`${grade}.${letter.toLowerCase()}`, `${grade}${letter}`]) : r.pick([`${grade}${letter}`, `${grade}${letter.toLowerCase()}`, `klasse ${grade}${letter}`]);
    }
    case 'grade':
      return danish ? `${r.int(0, 9)}. klasse` : r.pick([`${r.int(1, 10)}. trinn`, `${r.int(1, 10)}. klasse`]);
    case 'year':
      return String(r.int(2010, 2020));
    case 'date':
      return r.pick([`${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(2025, 2027)}`, `${r.int(1, 28)}. ${danish ? 'marts' : 'mars'}`, `${r.int(1, 28)}/${r.int(1, 12)}`]);
    case 'numericBirthDate': {
      const [day, month, year] = birthDay(r);
      return r.pick([`${pad(day)}.${pad(month)}.${year}`, `${day}.${month}.${year}`, `${pad(day)}.${pad(month)}.${String(year).slice(2)}`, `${pad(day)}-${pad(month)}-${year}`]);
    }
    case 'birthDate': {
      const [day, month, year] = birthDay(r);
      const months = danish
        ? ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']
        : ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
      return r.pick([
        `${pad(day)}.${pad(month)}.${year}`,
        `${day}.${month}.${year}`,
        `${day}. ${months[month - 1]} ${year}`,
        `${year}-${pad(month)}-${pad(day)}`,
        `${pad(day)}/${pad(month)}/${year}`,
      ]);
    }
    default:
      throw new RangeError(`No filler for the slot {${slot}}`);
  }
}

/** A child's birthday: day, month and year of a pupil now at school (29 February only in leap years). */
function birthDay(r: Random): [number, number, number] {
  const year = r.int(2008, 2020);
  const month = r.int(1, 12);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [r.int(1, last), month, year];
}

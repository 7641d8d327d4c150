/**
 * Compact lexicons for names that are not in the dataset: common given names (Russian, Kazakh,
 * Central Asian, Caucasian, other Slavic, Western; in the nominative, folded: lowercase, ё→е)
 * and typical surname endings. A word is looked up by its lemma candidates, so «Нигиной» finds
 * «нигина».
 */
import { GIVEN_CYRILLIC, GIVEN_LATIN } from './given-names.generated';

const GIVEN_RU = `
александр алексей анатолий андрей антон аркадий арсений артем артур борис вадим валентин валерий
василий виктор виталий владимир владислав вячеслав геннадий георгий глеб григорий даниил денис
дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим матвей михаил никита
николай олег павел петр роман руслан сергей станислав степан тимофей тимур федор филипп эдуард
юрий яков ярослав семен марк захар богдан всеволод святослав эльдар
александра алена алина алла анастасия ангелина анна валентина валерия вера виктория галина дарья
диана евгения екатерина елена елизавета жанна зоя инна ирина карина кристина ксения лариса лидия
любовь людмила маргарита марина мария надежда наталья наталия нина оксана олеся ольга полина раиса
светлана софия софья тамара татьяна ульяна юлия яна майя милена
`;

const GIVEN_CENTRAL_ASIA = `
абай абдулла абдурахман адиль азамат айбек айдар айдос айтжан акежан акылбек алибек алихан алмас
амир анвар арман аскар асет асхат ахмед ахмет бакыт бакытжан баглан бауыржан бахтияр бейбут бекжан
беркут болат галым гани даулет дамир данияр дархан досым ералы ербол еркин ерлан ермек ерназар ержан
жандос жанибек жаксылык жомарт ильяс ислам кайрат канат касым кемел кенжебек куат максат мади мажит
марат мейрам мухтар нурлан нуржан нурсултан олжас рахим ринат саят серик сирожиддин султан талгат
тимур тлеуберди толеген улан умирзак уразбек хайрулло шавкат шерзод эмомали абдулазиз абдулла
азиз алишер бахром бобур даврон джамшед джамшид дилшод жамшид зафар икром ислом камол кахрамон
мирзиёев мирзияр нодир равшан рустам рустем садыр сардор сироджиддин сухроб улугбек фарход фаррух
хуршед шухрат эркин абдугани акылбек алмазбек жээнбек камчыбек кубанычбек нурбек сооронбай темир
валихан айгерим айгуль айжан айнур акмарал алия асель балжан бибигуль гаухар гульмира гульнар
гульнара гульнур динара жанар жанна жулдыз зарина зауре индира камила лаура мадина майра малика
меруерт нигина нигора нилуфар назгуль салтанат сауле сабина умида шахноза эльмира дильноза
`;

const GIVEN_OTHER = `
александар драган зоран милан милош небойша ненад слободан вучич томислав горан желько мирослав
ивица бранко воислав мая майя ана елена ивана милица йована драгана весна снежана зорана
владо ивайло христо димитр богдан тарас остап мыкола петро василь юлия
джон джордж джеймс дэвид майкл роберт уильям ричард томас чарльз джо дональд барак марко антонио
карлос хуан мануэль франсуа эммануэль ангела олаф фридрих урсула кайя жозеп антониу
john george james david michael robert william richard thomas charles joe donald barack mark
anthony antonio carlos juan manuel francois emmanuel angela olaf friedrich ursula kaja josep
kylian eduardo brahim xabi rafael stefano jonathan andriy ilya bulat kanat azizbek kamchybek
meirzhan nikoloz kubat sherkhan aryna elena amanda anna aliaksandr alexander aleksandr sergei ilham
vladimir volodymyr olena yulia tatiana svetlana natalia irina dmitry mikhail alisher murat askar
marat nurlan yerlan yerzhan daniyar timur rustam almas aidos dauren galymzhan zhanna aigerim
gulnara dinara madina saule mukhtar bakhyt serik berik arman marat kairat ruslan talgat abdulla
ahmed mohammed muhammad ali hassan hussein omar yusuf ibrahim khalid fatima aisha recep ursula
antonio pedro luis jose miguel francisco javier fernando ricardo diego pablo sergio alejandro
giorgia giuseppe matteo sergio mario emmanuel gabriel jean louis pierre francois marie claire
hans karl friedrich olaf boris keir rishi liz theresa justin joe kamala hillary nancy mike ron
marco luca peter paul andrew steven stephen kevin brian daniel matthew christopher jennifer mary
patricia linda elizabeth susan margaret sarah karen nancy lisa anna maria laura emily olivia
emma sophie hans klaus jurgen wolfgang pierre jean jacques nicolas sergey sergei vladimir dmitry
alexander alexei andrei mikhail nikolai ivan igor oleg yuri pavel kassym jomart nursultan nigina
maja maya aleksandar ana ivana milos zoran dragan tomislav valikhan madi sirojiddin emomali
shavkat sadyr rustam ilham recep tayyip xi li narendra shehbaz kim fumio shigeru yoon lee
`;

/** Folded given names (nominative): the hand lists above plus the generated international lexicon. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [GIVEN_RU, GIVEN_CENTRAL_ASIA, GIVEN_OTHER, GIVEN_LATIN, GIVEN_CYRILLIC].join(' ').split(/\s+/).filter(Boolean),
);

/**
 * Surname endings (folded, in the nominative) of Russian, Ukrainian, Belarusian, Kazakh, Central
 * Asian, Caucasian and South Slavic surnames. Longer, rarer endings are precise; -ов/-ин need a
 * second signal (a given name or a role cue) before they count.
 */
export const STRONG_SURNAME_ENDINGS = [
  'ович', 'евич', 'ович', 'ский', 'цкий', 'ская', 'цкая', 'енко', 'енко', 'швили', 'дзе', 'ян', 'янц',
  'зода', 'заде', 'бекова', 'беков', 'баев', 'баева', 'уллин', 'уллина', 'кулов', 'кулова', 'ханов',
  'ханова', 'ич', 'ук', 'юк', 'чук', 'ишин', 'ыч', 'оглу', 'оглы', 'улы', 'кызы', 'ов', 'ев', 'ин',
  'ова', 'ева', 'ина', 'ых', 'их',
];

/** Patronymics (incl. Kazakh -ұлы/-қызы folded to -улы/-кызы and Turkic -оглы). */
export const PATRONYMIC_RE = /(ович|евич|ич|овна|евна|ична|инична|улы|уулу|кызы|оглы|кизи)$/;

/** Latin spellings of the same surname endings (Tokayev, Rybakina, Shevchenko, Gigineishvili). */
const LATIN_SURNAME_ENDINGS = ['ov', 'ev', 'yev', 'iev', 'ova', 'eva', 'yeva', 'ina', 'enko', 'shvili', 'dze', 'yan', 'ian', 'ich', 'vic', 'uly', 'kyzy', 'zoda', 'zade', 'ski', 'sky', 'ska', 'czyk', 'bayev', 'bekov'];

/** Words whose answer is remembered before the memo starts over. */
const SURNAME_MEMO_LIMIT = 20_000;
const surnameMemo = new Map<string, boolean>();

/**
 * True when a folded word (any case form) ends like a surname. Memoized: the rules ask about
 * the same capitalized words at every position, and each answer is a regex and two scans.
 */
export function looksLikeSurname(norm: string): boolean {
  let is = surnameMemo.get(norm);
  if (is === undefined) {
    if (surnameMemo.size >= SURNAME_MEMO_LIMIT) surnameMemo.clear();
    is = surnameLike(norm);
    surnameMemo.set(norm, is);
  }
  return is;
}

function surnameLike(norm: string): boolean {
  if (norm.length < 4) return false;
  if (/^[a-z']+$/.test(norm)) return LATIN_SURNAME_ENDINGS.some((e) => norm.endsWith(e) && norm.length > e.length + 2);
  const bare = norm.replace(/(ого|ому|ым|ой|ом|ую|ой|а|у|е|ы|ой)$/, '');
  return STRONG_SURNAME_ENDINGS.some((e) => norm.endsWith(e) || (bare.length >= 3 && bare.endsWith(e)));
}

/**
 * Common Chinese and Korean surnames (Pinyin / Revised Romanization and the Russian Palladius
 * spellings). They come first in the name, so «Ван Вэньтао» is a surname and then a given name.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `
wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin guo ma luo liang song zheng xie
han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye
yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao
qiu qin gu hou shao meng long wan duan lei qian yin qiao lai gong wen xi kim lee park choi jung kang
cho yoon jang lim shin seo kwon hwang ahn oh moon
ван ли чжан лю чэнь ян чжао хуан чжоу сюй сунь ху чжу гао линь го ма ло лян сун чжэн се хань тан фэн
юй дун сяо чэн цао юань дэн фу шэнь цзэн пэн лу су цзян цай цзя дин вэй сюэ янь пань ду дай ся чжун
тянь жэнь фань фан ши яо тань ляо цзоу сюн цзинь хао кун бай цуй кан мао цю цинь гу хоу шао мэн лун
вань дуань лэй цянь инь цяо лай гун вэнь си ким пак чхве чон юн мун
`.split(/\s+/).filter(Boolean),
);

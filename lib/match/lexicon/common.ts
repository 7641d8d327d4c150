/**
 * Place names that are also ordinary words («Заря», «Находка», «Вена» = vein; English "Reading",
 * "Mobile", "Bath"). A single-word match on one of these needs support: written with a capital in
 * mid-sentence, or a cue such as «город». Used at index-compile time only (stored as REF_COMMON).
 *
 * Derived once from the single-word Cyrillic and Latin names in GeoNames cities15000 that are
 * lowercase headwords in the Russian (hunspell-ru) and English (wamerican) word lists, plus a few
 * Soviet-era village names common in CIS data.
 */
const RU = `
аврора ага адмиралтейский академгородок аки алатырь алебастр алексин аллен алло альбом альма альянс
англ антрацит апекс арак араукария арча асбест ат бабушкин база бар баран барда барн барыш бассейн
батман бах баян бегун беда бей белка белоярский береза березовка бери библ благодарный богословский
бозе болонья бор бордо боровский бостон бра брага брей брея бристоль брод буде буй бука буна бурса
буря буча вальс ван ванта вена вервие верный вето виктория викунья вил вин винчестер во волжский
волос воля вон восток выселки вяземский гавана гардина геркулес гирлянда глаз горн горняк городище
городок горький гражданка грозный губа гул дар дева дейтон декан дельта дерби дери дзержинский
диадема диво динар долина доля дом донна донской доха драма дружба дубровник дума думка ей ер
ессентуки жара железнодорожный живец загреб заполярный зараза заречный заря зеленка зеница зил зима
златоуст игра идальго изобильный изюм или империал империя инка исток итак кабала казан казах кайл
калач кали калининский калуга кальмар кальян каменка камень канкан кант кантеле кантон кара каракуль
каратау карманьола карст кафе кедровка кета кетен кизил киль кингстон клин клюз кобылка ковров кока
кола коло колон колония ком коммунар комсомольский конц коньяк копер корона кофе красногвардейский
кротон кубинка куки кум кур курган куча кучер лагуна лама лапа ларго ласк лат лев левобережный лежа
лемур леска лесной либерал либерти лик лиман лимон линкольн липа лира лишать лом ломбард лот лук
львов люблинец мадера майя макси малага манго манера марганец мари марсель маршал масса мах мед
медея междуречье мел мельник ментор меридиан мерло мерседес метро мина мир мирабель мирный миссия
моа мол море морена морж морс московский мост муар мука мур мускат мустанг навар нагар нагорный
надежда находка нигде никель никольский ним нит но новый ньютон ода октябрь октябрьский олива они
оно орел орловский оса особое останкинский остров отава отрадный охота пак пал пальма пальмира пампа
панама панда папа пафос пейс первомайский перем пери перл пермь петропавловский пещера пила
плантация пласт победа покров поле полиция полярный поп посол пресненский приволжский прогресс
прохладный пул радужный рай рассвет рахат рева реж рено рига риза ро ровно рой ром роман роса росток
рот рота рудный рыбник рыбница рым рязанский саванна сага сайда саке сакура салага сало сальто
саммит санок сарай светлый свобода свободный северный седан секунда семей серия сет сим слободка
слободской советский сок сокол солано солон сорока соха специя сплит степь стерлинг сторона стороны
строитель суворовский судак сходня сюрприз табор тайга так такой таль там танго тара таракан тахта
тема тендер тик тир тихоокеанский тойота тол торит травник трап трапп трехгорный туба тумба тур
турне турпан тух тюль тюменский угольный удачный уран утро уху финляндский флорин франко фужер хадж
хазар хала хам хан хмельницкий хо холм холмский хор хохот центральный центурион цуг час черноголовка
чернушка честер чубук шина шу шумиха шхуна щербинка эвон эврика электросталь энергетический
юбилейный южный юпитер яко ярославский ясный
`;

const EN = `
acacias ace acre act add ado ads adv adz agar aha aid aim air alabaster alb ale ales alga all alley
alliance aloha along alt alter altos amen amp ampere anchorage and anew angers angle angora annex
antelope anthem apex arbutus archangel arching archway are area argyle ark arm art as ascot ash ask
asp astrakhan at ate auburn awash axe bad bade badger bag bah bake bale balsas ban bandana bane
banes banged bangs bani banjo bank banning bar bard barium barking barn barrage barrios barrow basic
bassi baste bat bath battleground baud bay bear beg begun bell bend bender best bib bid big billings
bimbo bin bloom bluffs boa bode bog bolder bole bologna bone bonito bonny boo boom boon boons bop
born borne bossier boulder bountiful bow boy bra brad brake bras bray brick broach brusque buckeye
bud buffalo bug bun bur burg burs bury bus bush bust but butte butterfly buy bye cab cad cairns
caller cam can canal canes canning canton cap car care carpi cars cassia cassino cat caw cayenne
centennial center central centurion ch chagrin chair champion champs chandler chaparral chi chin
chinking chino clay clot cloverleaf cobra cocoa cognac coin cologne colon columbine combs come
compendium con conception concord cone consolation converse coo cordon cork corona cove cow creek
crossroads crystal cu cud cue cum cup cur cut cypress dab dad dam damask dame dandy date davenport
dawn day deal deb debar defiance deli delis delta den derby dick die dig dilly dim din dip dire dis
diva divas do dog dogwood dole dome dosing dour downtown drama drug dual dub dud due dug duh dyer ea
eagle ear earnest eat ebb eel ego elbow elf elk ell elm emery empire emporia enterprise era eras
erode eureka eve evens ever evergreen far fat federal felling fez fiche fig fishers flagstaff fleet
flint florin flushing fog fop for fords fore forest forge fountain fowling freedom freshwater from
fun furnace gad gale gap garland garner garrison gas gay gel gen genes gent germinal get gill gob
god goes gold golden gondola google gore got granges grants grapevine grass grays green grenade
griffin grin grins grove groves gums gut gym gyp had hag hail hale hall ham hang harrow hart has
hawthorn hay hays hem her hermitage hes hexing hickory highland highlands hillside hims hippo hire
hit ho hob hod hog holiday homburg homestead honcho hook hop horn hosanna hot hove hrs hue hug hula
hull hum human humble hums humus hunter hurricane hut i ibis ill imp imperial inc ind independence
inn int ion ire irk jab jag jam jar jasper jaw jib jingling jog jot junction kale karakul keen ken
kens key keystone khan kid kilo kin kinder la lacrosse lad lag lama lampoon lancing lap largo lat
lattes laurel law lax lay lbs led lee leek leer leg lei lemon lemur lend lens lessen let lib liberal
liberty lice lids lie liege lien lii lime limerick limo linden linen lints lion lip lira lisle lit
lively lob log logos lone loop lop lot luau luck lug lupin lvi mad madras magenta magnesia
maidenhead male man manage manga manger mango manly manning mantes mantilla mar maracas marathon
march marina market marks marshal martin mascara mascot mason mat max mecca med media medias meg
megalopolis mentor meres meridian mes mesa meshed mesquite metro mew mfg mfr mid midland midstream
midway mien mil mile mine minster mire mission mite mo mob mobile mocha mod mole moll moo mop more
moron mos mosquito moss most mow much mud muscat mush mustang myrtle mystic nag nails name nap natal
neath neptunium never newel newton nice nit nix no nod noisy normal north not novae nu o oak ocher
ode of off officer ogre ohs okay one opportunity ops oral orange orb orchards ore our out outer ova
overland owe ox oxford pa pace pad paisley pal palmetto palmy pan panda pandas panorama pap papa
papas papaya par paradise paramount pare parole pastas pat pct pearl pecs pee peer peg pen per perm
pert pet pets pew phoenix pin pinto piranhas pis pit pita plain plantation plaza plum plunge plunges
poi pol police polo pop port portage posse possession pout pox pristine proclamation proctors
prosper providence pry pub pueblo puma pun punch pup pus put pyx quack quarto queens raja ram ran
rap rapid rat raw ray reading redwood rep republic reservoir rest retreat revel revere rho rib rich
rid riding rig rim rise risen riverside rivet roan robe rod rogers roles roman roses rosette rot
rouge roundabout rouse row rube rue rugby run ruse rust rut rye sac sag saga sake saki salamis sale
saline salines salon salt samba same sandy sap sari saris sat savage savanna savannah save say
schooner sea seaside sedan see seen semi senna sera seraglio sere set sew shanghai shaping she
shields shone shoreline shortens shot shush shut shy sic side silvan sim simmering sin since sine
sing sip sir sire siren sis ski skit sky slashes slaughter slough sly snits so sod sol sole soli
solo soul sour souse sox spa sparks spike spire spires split spoken spray spring springs spy squawk
sriracha stains sterling stoke stow sty sub sue sues sulphur summit sumo sunning sunrise sunset sup
superior surprise surrey swallow swords sycamore tabu tag taker tale tall tam tamale tame tampon tan
tangier tango tank tap tape tar tars tartar tat tbs tea tee tell tempi temple ten tender tequila
termini terminus terrace than the thorn thy tie tilt time tin ting tip tire tiro to toe tom tome
tone tongue tooting top tor torn torrent tors tour tours tow toy trap trident troy truss try tub
tuba tubas tucker tug tulle tun tunas tune tuner tunes turn turner tyros union university upland
uptown valence valley van vans var vat vermilion verve veto via vicar victor vie vii vine vineyard
vise vista vol wadi wag waits waling walker walling walnut wan ware warren was wave waver wax wean
weasel wed wedding weir welling wellington wen westerly wetter wheeling woe woodland woodlands worms
worth wright xvi yam ye yea yen yes yoga young yuk yum zed zest zit zoo
`;

// Function words and calendar words: never a name at a sentence start, and never a person's
// surname alone («По», "May", "Friday").
const FUNCTION = `
по на в во с со к ко у о об из за от до для и а но же ли не ни он она оно они мы вы я ты это тот так как где
там тут все уже еще при про под над без через после перед между когда если или да нет
of in on at to by for from with and or but the a an as is it its be this that may march june july
august monday tuesday wednesday thursday friday saturday sunday january february april september
october november december central union media university state national new
`;

/** Lowercase common words (Russian and English) that are also place names. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...RU.split(/\s+/), ...EN.split(/\s+/), ...FUNCTION.split(/\s+/)].filter(Boolean));

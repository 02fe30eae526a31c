"""A toy "article spinner" that makes the machine-spun copies in dyad's sample corpus.

Content farms republish stories after swapping words for thesaurus synonyms,
often badly ("for the primary time", "Chinese language affect"). This module
does the same, deterministically: given a rate r it replaces round(r * n) of
the n content words (words of three or more letters that are not stop words)
chosen at random with a fixed seed among those it has a synonym for.
The rate it reaches is reported, since the thesaurus may not cover enough words.
Punctuation, quote marks and numbers are never touched.
"""

import random
import re

WORD_RE = re.compile(r"[A-Za-z]+")

STOP = set("""
a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each
few for from further had has have having he her here hers herself him himself his how
i if in into is it its itself just me more most my myself no nor not now of off on once
only or other our ours ourselves out over own same she should so some such than that
the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you
your yours yourself yourselves s t don isn wasn weren hasn haven didn doesn won ll ve re
mr ms said says
""".split())

# Thesaurus entries in the style of spinning tools: right-ish, sometimes wrong.
SYN = {}
_RAW = """
abandon: give up|desert
accept: settle for|take
accused: accused|charged
accuses: fees
action: motion|act
actions: moves|acts
add: include
added: added|included
addressed: tackled
afterwards: later
agency: company|company
agreed: agreed|concurred
agreement: settlement|accord
aid: assist|help
aimed: geared toward
air: air|sky
alliance: alliance|coalition
allies: allies|companions
already: already|previously
announced: introduced
another: one other
anniversary: jubilee
area: space|zone
areas: areas|zones
armed: armed
army: military|navy
arrived: got here
assessment: evaluation
attack: assault
attacks: assaults
authorities: authorities|officers
backed: backed|supported
ballistic: ballistic
banks: banks|lenders
began: started|commenced
behaviour: conduct
believe: consider
block: block|bloc
border: border|frontier
briefing: briefing|temporary
build: construct
called: referred to as|known as
calling: calling|asking
calls: calls|requires
cargo: cargo|freight
carried: carried|carried out
ceasefire: truce
central: central|principal
change: change|alteration
chief: chief|head
china's: China's
chinese: Chinese language
civilian: civilian|civil
claimed: claimed|stated
claims: claims|assertions
close: shut|shut
closely: carefully|intently
coast: coast|shoreline
coastal: coastal|seaside
collision: collision|crash
comment: remark
comments: feedback|remarks
committed: dedicated
companies: firms|corporations
condemned: condemned|denounced
conduct: habits
conference: convention
confirmed: confirmed|verified
conflict: battle|battle
continue: proceed
continued: persisted
control: management
cooperation: cooperation|collaboration
countries: international locations|nations
country: nation|nation
crew: crew|team
criticised: criticised|slammed
critical: crucial|essential
current: present
damage: harm
damaged: broken
deal: deal|settlement
decision: resolution
declaration: declaration|assertion
deepen: deepen|intensify
defence: protection
defense: protection
demand: requirement
demanded: demanded|required
denied: denied|refused
describe: describe|portray
described: described|portrayed
destroyer: destroyer
diplomat: diplomat|envoy
diplomatic: diplomatic
diplomats: diplomats|envoys
director: director|administrator
discuss: talk about
discussed: mentioned
dispute: dispute|row
drafted: drafted|drawn up
drills: drills|workouts
early: early|early
economic: financial
efforts: efforts|endeavours
emergency: emergency|urgent
end: finish|finish
energy: power|vitality
enforcement: enforcement|enforcement
engagement: engagement|dedication
ensure: guarantee
entire: total
equipment: gear|tools
europe: Europe
european: European
evening: night
exchange: change|alternate
exercise: train|train
exercises: workouts|drills
expanded: expanded|widened
experts: specialists|consultants
exports: exports
extended: prolonged
failed: did not|failed
fire: hearth|fire
first: first|primary
fishing: fishing|angling
fleet: fleet|fleet
followed: adopted
following: following|after
force: power|drive
forces: forces|powers
foreign: international|overseas
formal: formal|official
freedom: freedom|liberty
friday: Friday
fuel: gasoline|fuel
full: full|whole
further: additional
general: normal|common
global: world|international
government: authorities|government
governments: governments|administrations
grain: grain|grain
group: group|bunch
growing: rising
guard: guard|guard
halt: cease
head: head|head
held: held|held
help: assist|help
high: excessive|high
hold: maintain
holding: holding|maintaining
hours: hours|hours
however: nevertheless
immediate: speedy
immediately: instantly
important: necessary|vital
including: together with|together with
increase: improve|enhance
independent: unbiased
influence: affect
information: info|data
inspectors: inspectors|inspectors
interest: curiosity
interests: pursuits
international: worldwide
interview: interview|job interview
island: island|isle
issue: concern|situation
issued: issued|released
joint: joint|shared
journalists: reporters|journalists
keep: maintain
key: key|essential
kind: variety|sort
large: massive|giant
last: final|last
later: later|afterward
launch: launch|start
launched: launched|introduced
leader: chief|leader
leaders: leaders|leaders
least: least|least
leave: depart
level: stage
limits: limits|boundaries
long: lengthy
main: principal|major
major: main|main
march: march
maritime: maritime|naval
material: materials|substance
measures: measures|measures
media: media|press
meeting: assembly|gathering
member: member|member
members: members|members
met: met|met
military: navy|army
minister: minister|secretary
ministers: ministers|secretaries
ministry: ministry|ministry
missile: missile|missile
missiles: missiles|missiles
monday: Monday
month: month|month
move: transfer|move
naval: naval|marine
navy: navy|naval force
nearly: almost|practically
need: want|want
new: new|recent
news: information|news
night: evening
nuclear: nuclear|atomic
number: quantity|variety
official: official|authorized
officials: officers|officers
oil: oil|oil
open: open|open
operations: operations|operations
opposed: opposed|against
order: order|order
outlined: outlined|defined
package: bundle|package deal
part: half|part
partner: associate|companion
partners: companions|companions
partnership: partnership|partnership
patrol: patrol|patrol
peace: peace|peace
people: individuals|folks
period: interval
plan: plan|plan
planned: deliberate
plans: plans|plans
point: level|point
political: political|political
port: port|port
ports: ports|ports
position: place|position
possible: attainable
power: energy|power
president: president|president
press: press|press
prime: prime|prime
produced: produced|produced
program: program|programme
programme: programme|program
proposal: proposal|proposal
protect: shield|defend
protest: protest|complaint
provided: supplied|offered
provocative: provocative|provocative
public: public|public
published: revealed|printed
question: query
questions: questions|questions
range: range|vary
reached: reached|achieved
reaction: response|response
read: learn|read
real: actual|real
recent: latest|current
recently: lately|not too long ago
record: document|report
refused: refused|declined
region: area|region
regional: regional|regional
rejected: rejected|dismissed
related: associated|related
relations: relations|relations
release: launch|release
released: launched|released
remain: stay|remain
remarks: remarks|feedback
report: report|report
reported: reported|reported
reporters: reporters|journalists
reports: reports|reviews
representatives: representatives|reps
resolve: resolve|resolve
response: response|reply
responsibility: duty|responsibility
restrictions: restrictions|limits
result: outcome|consequence
return: return|return
right: right|proper
risk: danger|risk
role: function|role
round: spherical|round
routes: routes|routes
rules: guidelines|rules
said: stated|mentioned
safe: secure|safe
safety: security|safety
sanctions: sanctions|penalties
saturday: Saturday
say: say|say
sea: sea|ocean
second: second|second
secretary: secretary|secretary
security: safety|security
seen: seen|seen
senior: senior|senior
sent: despatched|sent
series: collection|sequence
service: service|service
set: set|set
share: share|share
shared: shared|shared
ship: ship|ship
ships: ships|vessels
shipping: transport|delivery
short: brief|short
should: ought to
show: present|show
side: facet|side
sides: sides|sides
signed: signed|signed
similar: comparable|related
since: since|since
sites: websites|sites
situation: scenario|situation
small: small|small
sources: sources|sources
south: south|south
speak: communicate|speak
speaking: talking|talking
spokesman: spokesman|spokesman
spokesperson: spokesperson|spokesperson
spokeswoman: spokeswoman|spokeswoman
stability: stability|stability
stance: stance|stance
state: state|state
statement: assertion|assertion
states: states|states
step: step|step
still: nonetheless|nonetheless
strong: robust|sturdy
summit: summit|summit
support: assist|help
supported: supported|supported
supply: provide|supply
supporting: supporting|supporting
talks: talks|talks
targets: targets|targets
test: check|take a look at
thursday: Thursday
ties: ties|ties
time: time|time
told: instructed|informed
took: took|took
toward: towards|toward
towards: in the direction of|towards
trade: commerce|trade
tuesday: Tuesday
two: two|two
understanding: understanding|understanding
unity: unity|unity
urged: urged|urged
use: use|use
used: used|used
vessel: vessel|vessel
vessels: vessels|vessels
violation: violation|violation
visit: go to|visit
war: conflict|struggle
warned: warned|cautioned
warning: warning|warning
waters: waters|waters
way: approach|means
wednesday: Wednesday
week: week|week
weapons: weapons|arms
well: properly|nicely
western: western|western
whether: whether|whether
within: inside|inside
without: with out|without
work: work|work
working: working|working
world: world|world
year: yr|year
years: years|years
"""

_RAW += """
two: 2|a pair of
since: as a result of|considering that
spokesman: spokesperson|speaker
spokesperson: speaker|consultant
spokeswoman: speaker|spokesperson
corridor: hall|passageway
allowed: allowed for|permitted
every: each|each and every
urged: prompted|advised
held: hosted|organised
grain: cereal|seed
day: day time|date
anyone: anybody|any individual
measures: actions|procedures
step: action|phase
embassy: consulate|embassy building
talks: discussions|negotiations
ability: capacity|capability
cannot: can not|can't
wants: desires|needs
party: celebration|social gathering
attended: went to|participated in
run: operate|manage
according: in accordance
activities: actions|pursuits
fired: terminated|discharged
million: million|thousand thousand
near: close to|close to
system: system|device
payments: funds|settlements
next: subsequent|following
three: 3|three
inspectors: examiners|checkers
serious: critical|severe
report: record|document
missile: projectile|rocket
troops: soldiers|troopers
sides: edges|facets
open: open up|unlock
guard: protect|guard service
decisive: definitive|conclusive
using: utilizing|making use of
language: language|tongue
summit: peak|top
political: political|governmental
exports: exports|shipments
ties: ties|connections
kept: stored|saved
factories: factories|crops
supplied: provided|equipped
ambassador: envoy|emissary
ally: ally|good friend
seen: noticed|witnessed
machine: machine|gadget
tools: instruments|equipment
many: quite a few|numerous
come: come|arrive
telling: informing|telling
guns: weapons|firearms
hours: hrs|hours
never: by no means|never ever
export: export|ship
stop: cease|halt
threat: risk|hazard
say: state|say
firms: companies|agencies
used: utilized|used
third: 3rd|third
ministry: ministry|department
together: collectively|together
missiles: projectiles|rockets
month: month|thirty day period
signed: signed|inked
agreements: agreements|contracts
forum: discussion board|forum
else: else|otherwise
deputy: deputy|assistant
economy: financial system|economic system
citizens: residents|citizens
tanker: tanker|tanker ship
list: listing|checklist
respond: reply|respond
expected: anticipated|predicted
states: states|states
removed: eliminated|taken off
call: name|call
fully: absolutely|totally
surveillance: monitoring|surveillance
week: week|seven days
lodged: filed|lodged
peace: peace|tranquility
days: days|times
sending: sending|transmitting
mediated: mediated|brokered
delegations: delegations|groups
delegation: delegation|group
expressed: expressed|voiced
incidents: incidents|occurrences
water: water|h2o
boat: boat|vessel
blocked: blocked|obstructed
food: meals|foods
diplomatic: diplomatic|tactful
taken: taken|taken up
face: face|encounter
feed: feed|nourish
expelled: expelled|ousted
websites: sites|web pages
becoming: turning into|changing into
enabler: enabler|facilitator
sharpest: sharpest|keenest
ever: ever|at any time
directed: directed|aimed
adopted: adopted|followed
rebuild: rebuild|reconstruct
arms: arms|hands
industry: trade|business
backing: backing|help
become: grow to be|change into
factor: issue|element
wage: wage|salary
components: parts|elements
consequence: consequence|result
objection: objection|protest
fight: combat|struggle
table: desk|table
drones: drones|unmanned aircraft
shells: shells|cases
knows: is aware of|knows
parts: components|areas
firing: firing|capturing
accusations: accusations|allegations
spreading: spreading|spreading out
lies: lies|falsehoods
stay: keep|stay
lethal: deadly|fatal
strictly: strictly|severely
controls: controls|regulates
items: gadgets|items
regular: common|normal
sell: promote|sell
chemicals: chemical compounds|chemicals
make: make|create
pledged: pledged|promised
systems: methods|programs
row: row|line
warships: warships|battleships
latest: newest|most recent
involve: contain|involve
aircraft: plane|aircraft
practise: observe|follow
warfare: warfare|combat
search: search|hunt
annual: yearly|annual
plan: plan|scheme
destroyers: destroyers|destroyers
watch: watch|observe
attention: consideration|interest
send: ship|send
message: message|information
ignore: ignore|disregard
flown: flown|flew
jets: jets|planes
expand: broaden|increase
settle: settle|decide
commerce: commerce|trade
deals: offers|bargains
ship: ship|deliver
land: land|floor
imposed: imposed|enforced
banning: banning|prohibiting
imports: imports|imported goods
tankers: tankers|tanker ships
fleet: fleet|navy
marked: marked|noticeable
years: years|a long time
invasion: invasion|incursion
cuts: cuts|cuts down
regional: regional|local
selling: selling|promoting
cost: cost|price
policy: coverage|policy
carry: carry|bring
pay: pay|pay for
welcomed: welcomed|greeted
signal: sign|signal
bloc: bloc|block
ban: ban|prohibition
gas: fuel|gas
time: time|period
eight: 8|eight
experienced: skilled|seasoned
watchdog: watchdog|guard dog
blow: blow|hit
monitor: monitor|keep an eye on
staff: workers|employees
work: work|job
given: given|offered
seriously: critically|significantly
affects: affects|impacts
unjustified: unwarranted|unjustified
promised: promised|pledged
criticism: criticism|criticism and complaints
object: object|item
escalation: escalation|increase
reverse: reverse|reverse course
restore: restore|restore back
cooperate: cooperate|collaborate
cameras: cameras|digital cameras
seeking: looking for|searching for
peaceful: peaceable|tranquil
west: west|westward
almost: nearly|virtually
flew: flew|soared
outside: exterior|outdoors
zone: zone|area
act: act|action
threatens: threatens|endangers
territory: territory|region
impact: affect|influence
watched: watched|seen
moves: strikes|moves
enemies: enemies|foes
phone: telephone|cellphone
firmly: firmly|securely
came: got here|arrived
meet: meet|satisfy
room: room|area
six: 6|six
showed: confirmed|showed
reduce: cut back|scale back
risks: dangers|risks
yet: but|yet
door: door|entrance
details: particulars|details
bank: financial institution|bank
insurance: insurance coverage|insurance
lifted: lifted|raised
led: led|headed
good: good|great
flag: flag|banner
concern: concern|fear
shoal: shoal|sandbank
capital: capital|money
trust: trust|belief
"""

for _line in _RAW.strip().split("\n"):
  if not _line.strip():
    continue
  _k, _v = _line.split(":", 1)
  _alts = [x.strip() for x in _v.split("|") if x.strip().lower() != _k.strip()]
  if _alts:
    SYN[_k.strip()] = sorted(set(_alts) | set(SYN.get(_k.strip(), [])))


def is_content(word):
  """Content words: three or more letters, not a stop word, and not a name
  (capitalised) unless the thesaurus has it, as it has "Chinese"."""
  low = word.lower()
  return len(word) >= 3 and low not in STOP and (word[0].islower() or low in SYN)


def _match_case(src, rep):
  if src[0].isupper():
    return rep[0].upper() + rep[1:]
  return rep


def spin_paragraphs(paragraphs, rate, seed):
  """Spins paragraphs (lists of (text, tag) segments); returns (new, measured_rate).

  Segments keep their tags, so a quoted span can be followed through the spin.
  """
  rng = random.Random(seed)
  tokens = []  # (para, seg, start, end, word)
  n_content = 0
  for pi, p in enumerate(paragraphs):
    for si, (text, _) in enumerate(p):
      for m in WORD_RE.finditer(text):
        w = m.group(0)
        if not is_content(w):
          continue
        n_content += 1
        if w.lower() in SYN and not w.isupper():
          tokens.append((pi, si, m.start(), m.end(), w))
  want = round(rate * n_content)
  chosen = sorted(rng.sample(range(len(tokens)), min(want, len(tokens))))
  repl = {}
  for ti in chosen:
    pi, si, s, e, w = tokens[ti]
    repl.setdefault((pi, si), []).append((s, e, _match_case(w, rng.choice(SYN[w.lower()]))))
  out = []
  for pi, p in enumerate(paragraphs):
    np = []
    for si, (text, tag) in enumerate(p):
      edits = repl.get((pi, si), [])
      for s, e, r in reversed(edits):
        text = text[:s] + r + text[e:]
      np.append((text, tag))
    out.append(np)
  measured = len(chosen) / n_content if n_content else 0.0
  return out, measured

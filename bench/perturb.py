"""Real-style news sentences, perturbed the way LLM summaries go wrong: how many wrong claims get verified.

Each sentence is our own writing in the manner of wire copy (a budget pledge, jobs figures, a stabbing, an election,
sanctions, a takeover, a drug trial, an earthquake toll, a Senate vote …); each claim against it is either a
faithful restatement or one change of the kind LLM summaries make: a currency, a bound, a rate, a rank, a title, a
tense, a country, who did what to whom, a place or a date moved to another deed, a toll's fate, a vote turned round,
a sentence, an evacuation order, a strike ballot's condition, a succession, a vaccine trial, a council vote, a
crash's toll, a rate rise, a drug trial, an inquiry's line, a data breach, an appeal, a hung result, a space probe,
a waiting list, fuel prices, sea levels, a toll no one could verify, subscribers, a storm; a comeback, a
confirmation vote, job cuts, a charge; a split verdict, a takeover awaiting approval, a tractor protest, a screen-
time study, a player sold, an election short of a majority, a factory fire; a measles count, a snowstorm, a network
outage, a robbery, a tennis final, bank profits, a rail strike, an appointment; a recall, a court ruling, an
obituary, transfer talks, a poll, a plane crash, migration figures, a council budget; jobless figures, a mountain
rescue, a drug rejected, a bus ban, a bribery sentence, a plant's job losses, a night-time A&E closure, a flood; two
sayings in one sentence, a reported job cut, a poll's moves, a transplant, a charge after a collision, a new air
route, a pay vote, a library fire; a price rise, a gas explosion, a car ban, a sacking; a blocked takeover, a split
verdict on neglect, a wildfire evacuation, a rate hold, a depot closure's two voices, a walking study; a ceasefire,
waiting lists, a comeback win, a profit warning, a murder arrest, a warming forecast; a drug approved for adults
only, job cuts by email, a launch postponed, a fire's two voices, a fraud sentence, an election short of partners; a
settlement without admission, a mountain rescue, parking charges; a nurses' strike ballot, a split rate hold, a ship
aground, a conviction quashed, a food recall, a step count's risk; a takeover cleared on condition, a derailment, a
heat record, a museum raid, a mayor's resignation; a strike blocked in court, a water outage, a profit fall, a
record signing, a plant explosion; homes approved over objections, inflation falling, a murder charge, a pension
vote, store closures, airport job cuts, a tour cancelled, a sea-ice low, a smuggling sentence, A&E waits, a hospital
cyber attack, a by-election, a fare rise, flood warnings, a university strike, a steelworks plan, families in
temporary homes, an arson arrest, a sewage fine, a solo Atlantic row, a jet order, an acquittal, jobless figures, a
snow day, a pay rise (five rounds written mostly of faithful retellings); a school flood, night ferries stopped, a
reading study, a pedestrian's death, bank profits; a drug approved with limits, library closures, an offshore quake;
a dock strike's end, a manager sacked, a chain in administration, a bridge closure, a flu jab's uptake; a sewage
fine, fog at an airport, a recount, a coin donation, late trains; an e-scooter trial ended, a data breach fine, a
marathon record, a profit warning, a bird flu cull; a theft arrest, an energy price cut, a landslide, a new
contract, a survey of parents; a pier appeal, airline job cuts, a split verdict, a sea-ice low, a teachers' strike;
a panda cub, a drivers' strike, a congestion charge dropped, a hosepipe ban lifted, a sprint title; a book prize, a
merger referendum, home births suspended, a revenue forecast cut, a flood rescue; a council tax rise, a power
station delayed, an airport's record month, a school inspection, a bus strike called off; a chief executive's exit,
a storm's power cuts, a landlord fined, a portrait bought, a relegation; a new frog, an island wildfire, a nurses'
pay deal, a rollercoaster stop, a protest ban upheld; bank branches closed, a red panda found, tuition fees raised,
snow on the Pennines, trains cancelled; a flight diverted, a drought declared, a candidate withdrawn, broadband for
villages, a restaurant closing; a doping ban, exam grades, a water company's dividends, a dog attack, a cancer wing
opened; fortnightly bins, an MP's defection, a car park collapse, a charity boss's pay, a lottery win; a whale
stranded, a solar farm approved, an auction record, a doctor suspended, sewage in a river; rail fares, a capsized
boat, a car factory, house prices, a league leader; a cyclist hurt, an orchestra's tour, jobless figures, a hotel
fire, a new stadium; a leopard recaptured, a rate cut, a ferry strike, a treasurer jailed, a sleep study; a mayoral
count, a medical director's warning, a tram delayed, a signing, whooping cough; a split verdict on a care home
manager, half-year profits, a stabbing, a loneliness survey, a September heat record; a chief executive succeeded,
waiting times, a pilots' strike, a weight-loss drug approved for adults only, school tables; an actor's death, a
loan signing, a conviction quashed, a broadband outage, a planning appeal; an offshore quake, a car recall, a
takeover offer rejected, a festival day called off, a minister's resignation; a charity walk, a bus route withdrawn,
a bank fined, a poll lead narrowed, a crash during a police pursuit; a museum reopened, a council leader removed,
containers lost at sea, a heat-health alert, a night-time emergency department closed; rents, a puffin count, a
council leader's quotation, a prison escape, a scanner donated; a freight derailment, a marathon record, a drought,
a substation fault, a charity chief's pay; a minimum wage rise, a cocaine seizure, a food bank's parcels, a
constable dismissed, a theatre closing; a theatre's chairman, a bin strike, an elephant calf, a mortgage rate rise,
a hospital merger; a line reopened late, a bus driver punched, a university's climb, a wind farm approved, a snow
warning; a coffee study, a four-day week trial, a signing with add-ons, a factory fire, a council leader's denial;
storm damage, A-level grades, hospital parking, a chairman's quotation, two men bailed; bank profits and a buyback,
an earthquake toll, a full prison estate, a vote short of a majority, an inhaler's price cut; heatwave deaths, an
airport challenge lost, a supermarket price war, a blood test, a derailment's interim report; a council tax vote,
ambulance waits, a library handed to volunteers, real wages, walkers found; a nursery closing, a late equaliser, a
broadband data breach, a waiting list's fall, a minister's bypass; a cyclist hurt, a split rate hold, a burst main,
Hamlet cancelled, a developer's appeal; a bridge weight limit, twin gorillas, a supermarket fined, a teachers'
strike vote, a satellite delayed; train services cut, operations postponed by a cyber attack, a drink-driver, a
relegated club's manager, cycle lanes kept; a water company's refund, a mosque arson, unemployment, a head coach
sacked, a library closing; half-year bank profits, a wildfire evacuation, school blazers, telecom job cuts, a
swimmer rescued; a port expansion, an escaped python, inflation, a green belt vote, a chief constable's apology; a
bank robbery, pothole money, a hosepipe ban lifted, a festival prize, MMR uptake; a reservoir inquest, a new flight,
a cathedral roof fire, a rent strike, a striker injured; a data centre approved, a seal pup released, a bakery chain
in administration, a sewage fine, a by-election recount; a teachers' pay offer, a landslide, a first woman bishop,
an e-scooter ban, a sugar tax study; a coal plant closing, a jury discharged, phones handed in, a museum theft, an
agency's apology; a new ferry, an art forger jailed, a housing waiting list, a hospice legacy, a professor
dismissed; climbers rescued, a robot-assisted transplant, a slurry fine, a tram pay deal, a brewery bought; a
captain retiring from Tests, a park on a gasworks, a bridge toll, a fireball, a school roof collapse; a price
freeze, a prison officer attacked, electrification delayed, a panda on loan, a council hacked; a candidate
disqualified, a mine that may reopen, a night-flight cap, a partial eclipse, a council tax rise; a striker signed, a
cat café closed, ambulance times, a school fire arrest, a citizenship ceremony; a river flood, a cinema closing,
rough sleeping, a car recall, a new library; home care cuts unlawful, the price of milk, a deportation appeal, a
lottery winner's gift, a charity appeal short; a doctors' strike, an oak to be felled, exports, a marathon moved, a
victim's sister; a theatre roof grant, wind power, a mayor standing down, a packaging plant closing, graffiti on a
memorial; a maternity unit moved, a weather satellite launched, tiger cubs, a safety fine, a Roman villa; a paper
going weekly, a new pool, counterfeit goods seized, a bus strike offer, red squirrels; a trader's quotation, a
council leader's promise, a rate hold, a pedestrian killed, festival tickets; a manager sacked, a burst main, a car
park inquiry, a street renamed, a heating survey; a lorry driver jailed, milk prices, a head teacher suspended, a
drone at an airport, an author's death; a gas leak, a sewage fine, a chief constable retiring, dead starlings; a
council tax vote, two smugglers jailed, year-long waits, a road closed for resurfacing, a tortoise's death; a blood
test, supermarket price cuts, a recycling plant fire, a mayor's apology, a battery factory; a train stuck in a
tunnel, homes allowed on appeal, whisky exports, a festival cut short, a stabbing charge; a book prize, snow closing
schools, a hospital rated inadequate, house sales, a fake charity; a yacht rescue, a council headquarters sold, a
three-match ban, inflation rising, an ombudsman's award; a runway closed, a family's grief, a bridge approved,
Christmas sales, bats delaying a demolition; a care home fine, castle tickets, an escape from a prison van, polluted
rivers, a bishop installed; a midfielder signed, a bus review, a food bank's demand, tram passengers, a moorland
fire; a breakfast study, a no-confidence vote, floods, an old pub closing, a nurses' pay deal; a bus shelter crash,
university job cuts, a white stork, a department store bought, water bills; a manager's new contract, a substation
fault, care home closures lawful, a bypass, an MP's quotation; climbers airlifted, hedgehogs, a market moved, a
fraud case dropped, an elephant enclosure; house building, a missing girl, a newspaper bought, a landslip, a
marathon record; an ambulance chief's resignation, fortnightly bins, a café fined, trees at risk, a striker's two
goals; a volcanic ash cancellation, a sentence upheld, snow leopard cubs, a shrinking economy, a junior record;
pharmacy closures, homes approved over a campaigner, a bus strike, a sleep study, a warehouse fire; whisky exports,
a murder inquiry, a tram extension late, a council election, operations paused for flu; a chipmaker's forecast, a
food bank, a split verdict, a snow warning, a central bank governor; a wind farm delayed, teachers' pay accepted,
water on a planet, milk prices, a motorway crash; net migration, a hotel owner fined, a manager sacked, pothole
money, hedgehogs; a car plant closing, a footbridge inquiry, a cancer blood test, night buses cut, a fiction prize;
a cannabis seizure, a tower block emptied, year-long waits, a franchise stripped, a June heat record; a stroke drug,
a cliff rescue, a stamp price, a woman pulled from rubble, a train maker bought; a head teacher banned, jobless
figures, late trains, a newspaper closing, a moorland fire; a burglar jailed, a show day rained off, bank profits, a
white-tailed eagle, free school meals; a cyclist named, a water company's apology, phones at the wheel, a railway
reopening, a World Cup semi-final; a stabbing charge, a hospital's costs, national park visitors, a split verdict on
a nurse, street lights; a tanker towed, an MP's defection, festival tickets, an avalanche, fighter jets; an A&E
closing at night, a pensioner found, electric car sales, an orchestra's tour, a tower refused; a tariff rise, a
footbridge, a coding study, an injured striker, rough sleepers; a warehouse that may close, house prices and wages,
a care home's resident, road deaths, a club moving grounds; a fraud arrest, a football chief's deputy, a wind
warning, a no-confidence vote, a food bank's demand; a runway scrapped, a young climber, grain prices, university
job cuts, escaped prisoners; a car park closing, inflation falling, a Bronze Age boat, a marathon record, a cancer
centre; a sewage fine, an ambassador summoned, airport passengers, a lottery winner's gift, schools closing for a
funeral; a paper sold or closed, a drug cutting one risk and raising another, a girl rescued by a lifeguard, a
bank's branches left after closures, a president's veto, a bypass begun, a denial told as an admission, a stand
collapsing at a concert, a bank holding rates while signalling a cut, an engineer paid by the firm that sacked him,
a bishop's skeleton only believed; a rail strike called off, a sinkhole, a missed broken hip, ticket prices; an
arson arrest, two sayings in one sentence, a trade deficit, a sunk trawler, a phone ban; a councillor standing down,
a deliberate blaze, a new library, an unlawful closure, the price of bread; a storm's cancellations, a minister's
memory, wild boar, a theft from an employer, a garden waste charge; a confidence vote, a flawed report, surgery
waits, a young writer's prize, airline shares; an animal ban, a study's early results, a bridge reopening, net
migration, two jailed brothers; trees planted, a leader who would not apologise, a felled oak, docked points, a
heatwave; a mayor re-elected, an appeal, dirty rivers, free buses, a withdrawn drug; an unsafe tower block, a late
penalty, affordable homes, store closures, a climber's fall; a price cap cut, a driver's words, nurses from abroad,
a returned statue, a march counted two ways; a school closure, a council leader who declined to comment, a comeback
win, an outbreak's thought origin, electric car sales; a final told of the loser, a pay offer rejected, a ferry
chief's words, a delayed inquiry report, a fire of unknown cause; a rate rise with more to come, a fraud charge, an
ambulance wait, a farmer and a department, affordable homes short of target; a mayor's veto, a sleep study, a knife
attack sentence, a scrapped rail leg, year-long waits; bus routes cut, a lottery gift, a firm fined for a death, a
rain warning, tickets sold out; miners' compensation, a profit warning, a refloated whale, tax rises not ruled out,
a mill's packaging line; a lollipop crossing kept, homes unbuilt, a strike's cost two ways, a flood rescue, a heart
drug's side effects; a bribe-taker jailed, an ambulance chief's exit, a bridge closed to traffic, unemployment up,
two climbers airlifted; food bank demand, a lorry driver bailed, a manager sacked, homes refused on the green belt,
flights cancelled; a hospice ward at risk, wind overtaking gas, an inquest on bullying, a storm's power cuts, a
platinum anniversary; an elephant calf, ferry fares and frozen season tickets, a torn ligament, a VAT plan dropped,
a donated scanner; a laundering fine, a hosepipe ban, a minister's expenses, a Roman villa believed old,
housebuilder profits; a van crash after a chase, a bus pay vote, a festival's last day, child poverty, a route
dropped; an earthquake's toll, a trade deal without farm goods, a suspended head, an hour record, recycling short of
target; a price war, an injunction not extended, a bridge reopened early, a shared prize, unemployment up; a mayor
on second preferences, a syrup recall, a dam that could fail, a presenter leaving, an orchestra's cut; a franchise
nationalised, a boy swept out to sea, a stadium refused, a coffee study, an MP suspended; a wildfire half contained,
a pension age, an extradition, a box-office record, leaks; a tyre plant strike, a hurricane, a prison inquiry,
sculptures returned, a rate cut with a warning; two satellites launched, potholes paid for by grass, a legacy, a
stand-in captain, a sugar tax study; a school bus overturned, a four-day week, a jewellery raid, flu jabs at
pharmacies, a milk price cut; a bishop retiring, a seal count, a film prize, a blast furnace shut, a rent cap; a
speed limit cut, a chess title, a bread recall, a holiday-let bill, a dinosaur skeleton; a ferry fire, a pension
fund's loss, a nurse struck off, air pollution, a broadband merger; a dog in a river, an electric car plant, a
budget veto, an unbeaten century, flu cases; a third runway, a teacher's award, a doctors' strike vote, a dam's
record, a bank app outage; a restaurant closing, house prices, a dinghy rescue, a lottery syndicate, a Speaker
elected; heat pump grants, a ski season, a polar bear cub, a murder conviction quashed, half-year profits; a tram
off the rails, a firefighters' pay deal, a cancer drug approved with limits, a landslide, a screen study; a dock
strike, an editor appointed, wildfire smoke, a club takeover, a census; public toilets closed, climbers rescued, a
fashion chain's warning, a bogus gas engineer, a hockey final; a burst main, a scout treasurer charged, an opera's
grant cut, a derailment's speed, a white-tailed eagle's chick; flu admissions, a crumbling facade, a goalkeeper
signed, rough sleepers, ferries cancelled by gales; a chief medical officer, a pub fire, inflation easing, a
festival without insurance, a care worker's split verdict; a pool opened late, rural bus routes cut, a nut study, a
cannabis seizure, a mayor elected on second preferences; cracked library beams, an energy chief stepping down, a boy
found in a forest, a hospital pay deal, a car boot painting; housing starts, a computer fault grounding flights, a
planning appeal rejected, a captain's ban, a hit-and-run; a split rate hold, a puppy on a ledge, university job
cuts, a murder charge, a pasta sauce recall; a fuel duty pledge, snow closing schools, a failed Alzheimer's trial,
bluetongue restrictions lifted, a cinema closing; whisky exports, a nurse struck off, a new Lisbon flight, a woman
pulled alive from rubble, phone-driving fines; a food hall, a walker hit by a tractor, a satellite broadband
contract, children's mental health waits, a comeback win; a flat fire, a festival director leaving, a night-shift
study, a sculpture found, a trade deficit; a court sold to a hotel group, a diverted flight, teachers planning to
leave, a kayaker's body, oil prices; a derelict hotel's costs, a rugby squad, a banned pesticide, a pier reopening,
two brothers jailed; road deaths, a mayor's veto, beaver kits, a hospital's apology, airline job cuts; a county
court saved, a flooded village, a manager sacked, supermarket pay, a first edition sold; an attempted murder, school
buildings, a landslide, eurozone inflation, an actor's death; a cemetery damaged, a university's gift, energy bills,
a woman found in a shed, an unsubsidised wind farm; a by-election, paintings lent to Tokyo, a ship aground, economic
growth, a car on a pavement; a new cinema, a signal failure, a nasal flu vaccine, a coastal walk, three-weekly bins;
a 10,000 metres title, a housing association fined, an electric van kept, a paper dropping a day, stolen paintings
found; care homes closing, a tennis upset, a recycling centre fire, a rate rise to save a currency, a march counted
two ways; a cable car rescue, a retailer's shares halved, an officer cleared, a rowing championships won, operation
waits; a theatre's first show, a driver jailed for a chase, a poor harvest, a runway plan withdrawn, a novel prize;
a manslaughter charge, electric car sales, a marathon moved, microplastics, hydrogen buses; a bronze axe stolen,
unemployment, a pantomime cancelled, a late tax system, an estate sold; a line closed for a tunnel, a food bank
buying food, a late bridge, fake handbags, a conductor's successor; language exams, a whale refloated, an owner
banned, a garden waste charge, a sleep study; a minister sacked, snow on a motorway, pub sales, old baths restored,
a stadium approved; a moorland wildfire, a gas deal, five a day, a Roman mosaic, water bills; a maternity unit
closing, a stamp price, a stolen bus, leaking pipes, a tour cut short; national park visits, a conviction
overturned, house sales, ferries colliding in fog, an orchestra's first concert in China; bank branches closing, a
library in a department store, an energy company's profit, a wedding fight, a qualifying win; a storm's power cuts,
school uniform costs, a paper sold to its staff, a crossing death, fewer homes built; a marathon's youngest winner,
a car ban delayed, bats in a church roof, ticket prices, drought-proof wheat; a treasurer's theft, a warehouse fire,
a bus lane, regional unemployment, a sending-off; a snack maker bought, a walking study, a storm's gusts, a forest
amendment, a boiler repaired; a probe to Europa, a jewellery raid, a debut novel's prize, rail fares, ceasefire
talks; an airline's loss, a coach and a captain, a sewage fine, a museum reopening, the pension age; a striker
signed, house prices, a messaging fault, waiting lists, bird flu; a deputy sacked, a maternity march, airline job
cuts, a vaccine trial, a bank's new chief; a Senate vote, a climber's inquest, electric cars overtaking diesel,
school transport, a paper mill fire; a rate hold, an actor's death, a cracked bridge, a stabbing, a festival
cancelled; a chipmaker's warning, an elephant put down, a nurses' deal, a denied data breach, pupils taken ill; a
man jailed, a cold night, charity shops closing, a cancer unit delayed, an Atlantic row; a runway put back, Black
Friday, a farmer's flood, a care home inquiry, a party leader; a lorry driver jailed, a dementia drug, a manager
sacked, a stamp price, bus shelters; fake handbags, rules put back, a withdrawal, a bakery's jobs, a wet October; a
founder stepping down, ambulance times, a painting in a corridor, postmasters' compensation, an academy vote;
climbers airlifted, Christmas sales, a microchip law, team sports and anxiety, a mayor's veto; ferries cancelled,
slower growth, a theatre founder's death, homes on appeal, a border crossing; a fraud plea, castle visitors, a pay
offer accepted, libraries closing, heaters recalled; a chess title, fewer passengers, a hospital's apology, a
drugmaker's shares, a flooded road; a city charge rejected, a tour cancelled, water bills, an attempted murder
charge, red panda cubs; a split verdict, home insulation, flights resumed, obesity, a drummer replaced; a
treasurer's suspended sentence, a surprise rate rise, a boy bailed, festival tickets, sisters in a final; electric
ferries, children's referrals, a hotel bought, a snow warning, a doctors' strike; a bridge's lanes, a comeback win,
a tumble dryer fire, a magazine going online, a study in mice; a listed boathouse, teachers quitting, a mayor
standing down, a bookshop closing, norovirus at sea; a loan signing, a petition, extra borrowing, a gas leak, a
young editor; flu admissions, a corroded pier, a protest ban upheld, bank branches, a stork; a director banned,
Sunday opening, home energy standards, a gold mine, hurdles medals; rents and wages, misdirected records, a car in a
barn, an abbey roof, a police shooting; winter flights, an old volunteer, a train company's fine, a Roman villa, a
chief executive resigning; shark attacks, a retirement, shoplifting, a wheelchair marathon, seafront parking; a toll
bridge bought, a gorilla born, grades hacked, a rail fine, a budget vetoed; a referendum, a ferry aground,
pharmacies closing, a dock strike vote, a dam lowered; a sewage fine, maths teachers, a cinema chain rescued, flu
jabs at school, a bakery chain; an arson charge, a festival prize, an airport injunction, a care home in special
measures, a supplier's collapse; an island's power, a university merger, a fines amnesty, a takeover approved, the
pension age; a ward saved, a police apology, a shared prize, a tourist tax, fewer ferries; a metro extension, a boy
pulled from a river, a tribunal award, a fare cap, a planning appeal; an oil spill, a merger blocked, a hospice
appeal, a tram derailment, a hurricane; heat pump grants, 20mph limits, a nurse struck off, a named storm, a debate
pulled; an ambassador summoned, drone sightings, a hiker found, bronzes returned, a steel tariff; a bridge strike, a
four-day week, a chess champion, a stroke ward closed, a golf title; a rate cut, heroin smuggled, a green saved, an
airport's record, a referee punched; a sewage fine, a tax pledge, a family rescued, a still life bought, a cold
night; an electric van, a nursery worker's split verdict, rail talks, a walking study, flood defences; a leader's
pledge to resign, a profit warning, a murder arrest, waiting lists, a new planet; a manager sacked, a price cap, a
climber's fall, homes approved, a tour postponed; a confidence vote, house sales, a whale refloated, a bank's
succession, care homes; a chief justice, a burning fishing boat, a hotel closing, power restored, a sleep study;
Christmas flights cancelled, a councillor cleared, a port's decline, a gas explosion, a car ban; a doctors' ballot,
tiger cubs, a tram over budget, burial space, unemployment; a ferry cancelled, a bank manager jailed, a sketch
stolen, a striker signed, a water company fined; libraries closing, a police chief resigning, a humpback refloated,
a title lost, rates held; a drug approved for adults, rail fares, a wildfire, a bridge shut to cars, trawlers
blocking a harbour; flights cancelled for engines, a course record, a prison escape, affordable homes, a wrist
injury; a shipyard sold, wild bees, fuel duty, a steamship wreck, a market reopening; a lottery win, falling
inflation, a bin strike, an opera house shut, an offshore earthquake; a data breach, a minister sacked, a dam a
quarter full, a fiction prize, two arrests; diesel cars ended, a boiler ban, a flood barrier halved, a capsized
boat, an orchestra tour; waiting lists falling, a captain banned, natterjack toads, a mayor re-elected, a weather
satellite; a share fall, coral bleaching, a journalist cleared, a city centre charge, a manager replaced; a tram depot
sold, a stroke drug, a flooded road, a marathon, a jewellery theft; a minimum wage, ferries cancelled, a jet order, a
statue returned, a car plant closing; a mayor re-elected, children's sleep, cable theft, rates held, a debut novel;
water bills, a hospital walkout, a wreck found, a defence minister sacked, electric car sales; a recycling plant
fire, university cuts, an earthquake rescue, assisted dying, a chef's second restaurant; an avalanche, plastic bags,
a stabbing, a steelworks furnace, a film festival; tax thresholds frozen, a shoot-out, a dam drained, a telecom
fine, a snow leopard cub; potato blight, a cocaine boat, an author's death, rail talks, an oil spill; teachers'
pay, a bank manager jailed, snow at an airport, food banks, a moon probe; a poisoned herd, rough sleepers, a church
spire, a van recall, a stadium's cost; a care home vote, a striker signed, a sinkhole, a pharmacist struck off, falling
unemployment; a heritage railway, conjoined twins, a wind farm rejected, a concert cancelled, a fishing ban; bank
branches closing, a climber's record, a pothole inquest, a conductor appointed, a rain-hit Test; flu admissions, a
miners' settlement, a pardon, a ship aground, a science prize; grain prices, a painting at auction, a hosepipe ban, a
councillor jailed, a line reopened; salmon numbers, a headquarters moved, a missing girl found, a no-confidence vote,
carmaker shares; a bridge closed, a rip current rescue, gallery charges, a pilots' strike, nuts and the heart; a timber
yard fire, a smoking law, masks returned, a bus shelter crash, milk prices; a novelist stopping, a gas main, a captain
injured, a nature reserve, easing inflation; a landslide, the voting age, a manager banned, a nurse's honour, sugar
tax revenue; a dock pay deal, a falling tree, a wine recall, an astronomy medal, road repairs; airline job cuts, an
arson verdict, wildfires, a cinema closing, nesting eagles; a 400 metres record, a ferry's end, a hospital infection, a
hedge scheme, a striker's double; a medics' walkout, grocer sales, a rare penny, a bus strike called off, a cannabis
farm; a Mars orbiter, a flooded town, a university gift, a care home rated, a leadership vote; a festival moved, a
bridge rebuilt, electricity prices, a gymnast's gold, nurses quitting; a brewery bought, a tractor tracked, opera
tickets, a miner freed, cycle lanes; a play transferred, a treasurer charged, a half marathon, a full reservoir, new
homes approved; a thatched pub fire, a strike ballot, bank refunds, a river for swimming, an understudy; fuel duty
frozen, a stork chick, an estate saved, thirsty wheat, a frigate order; and faithful retellings of them in the words
LLM summaries use. Written and fixed in the twenty-second to forty-third sessions (each round written before the fixes
it prompted), so they are not held out: they guard against regressions and show what the labelled sets (`trust`) do
not hold. `python -m bench --only perturb`.
"""

from __future__ import annotations

from bench.report import Row
from factcards.grounding.verify import Verifier
from factcards.models import Article, Card, Evidence, Kind, Status

# (evidence, [(claim, supported)], the article's body when it says more than the evidence)
PROBES: list[tuple[str, list[tuple[str, bool]], str | None]] = []


def _add(evidence: str, claims: list[tuple[str, bool]], body: str | None = None) -> None:
    PROBES.append((evidence, claims, body))


# fmt: off
_add("Prime Minister Keir Starmer told MPs on Wednesday that the government would spend £2.5 billion on new flood defences in Yorkshire over the next five years.", [
 ("Keir Starmer said the government would spend £2.5 billion on flood defences in Yorkshire.", True),
 ("Keir Starmer said the government would spend $2.5 billion on flood defences in Yorkshire.", False),
 ("Keir Starmer said the government would spend £2.5 million on flood defences in Yorkshire.", False),
 ("Keir Starmer said the government would spend £2.5 billion on flood defences in Lancashire.", False),
 ("Keir Starmer said the government would spend £2.5 billion on flood defences over the next ten years.", False),
 ("Keir Starmer said the government has spent £2.5 billion on flood defences in Yorkshire.", False),
 ("President Keir Starmer said the government would spend £2.5 billion on flood defences.", False),
 ("Keir Starmer told MPs on Thursday that the government would spend £2.5 billion on flood defences.", False),
 ("Keir Starmer said the government might spend £2.5 billion on flood defences in Yorkshire.", True),
 ("Keir Starmer said the government would not spend £2.5 billion on flood defences in Yorkshire.", False),
 ("Rishi Sunak said the government would spend £2.5 billion on flood defences in Yorkshire.", False),
 ("Keir Starmer said the government would cut £2.5 billion from flood defences in Yorkshire.", False),
 ("Keir Starmer said the government would spend £2.5 billion a year on flood defences in Yorkshire.", False),
 ("Prime Minister Keir Starmer said the government would spend £2.5 billion on flood defences.", True),
 ("Mr Keir Starmer said the government would spend £2.5 billion on flood defences.", True),
 ("Keir Starmer said the government will spend £2.5 billion on flood defences in Yorkshire.", True),
])
_add("Unemployment rose to 4.4% in the three months to September, up from 4.2%, the Office for National Statistics said.", [
 ("Unemployment rose to 4.4% in the three months to September.", True),
 ("Unemployment fell to 4.4% in the three months to September.", False),
 ("Unemployment rose to 4.2% in the three months to September.", False),
 ("Unemployment rose by 4.4% in the three months to September.", False),
 ("Unemployment rose to 4.4% in the three months to October.", False),
 ("Unemployment rose to 4.4% in the six months to September.", False),
 ("Unemployment rose 0.2 percentage points to 4.4%, the ONS said.", True),
 ("Unemployment rose to 4.4%, the Bank of England said.", False),
 ("Inflation rose to 4.4% in the three months to September.", False),
 ("Unemployment rose to its highest level in the three months to September.", False),
 ("Unemployment rose to a record 4.4% in the three months to September.", False),
 ("Unemployment rose to more than 4.4% in the three months to September.", False),
 ("Unemployment rose to nearly 4.4% in the three months to September.", True),
])
_add("Police arrested a 23-year-old man from Leeds on Tuesday after a woman was stabbed outside a nightclub in Bradford on Saturday night.", [
 ("A 23-year-old man from Leeds was arrested after a woman was stabbed outside a Bradford nightclub.", True),
 ("A 23-year-old woman from Leeds was arrested after a man was stabbed outside a Bradford nightclub.", False),
 ("A 32-year-old man from Leeds was arrested after a woman was stabbed outside a Bradford nightclub.", False),
 ("A 23-year-old man from Bradford was arrested after a woman was stabbed outside a Leeds nightclub.", False),
 ("A 23-year-old man from Leeds was arrested after a woman was stabbed outside a Leeds nightclub.", False),
 ("A 23-year-old man from Leeds was charged after a woman was stabbed outside a Bradford nightclub.", False),
 ("A 23-year-old man from Leeds was arrested after a woman was shot outside a Bradford nightclub.", False),
 ("A 23-year-old man from Leeds was arrested after a woman was killed outside a Bradford nightclub.", False),
 ("Two men were arrested after a woman was stabbed outside a Bradford nightclub.", False),
 ("A 23-year-old man from Leeds was arrested on Saturday after a woman was stabbed outside a Bradford nightclub.", False),
 ("A woman stabbed a 23-year-old man from Leeds outside a Bradford nightclub.", False),
 ("A man was stabbed outside a Bradford nightclub on Saturday night.", False),
 ("A woman was stabbed outside a Bradford nightclub on Saturday night.", True),
 ("A woman was stabbed on Tuesday outside a Bradford nightclub.", False),
 ("A Leeds man was arrested after a woman was stabbed outside a nightclub in Bradford.", True),
 ("A 23-year-old man from Leeds was arrested after a woman was knifed outside a Bradford nightclub.", True),
])
_add("The government will spend £2.5 billion on flood defences over the next five years.", [
 ("The government will spend £2.5 billion a year on flood defences.", False),
 ("The government will spend £2.5bn annually on flood defences.", False),
 ("The government will spend more than £2.5 billion on flood defences.", False),
 ("The government will spend £2.5 billion on flood defences over five years.", True),
 ("The government has spent £2.5 billion on flood defences.", False),
])
_add("The Kestrels beat the Falcons 3-1 on Saturday.", [("The Falcons beat the Kestrels 3-1 on Saturday.", False), ("The Kestrels lost to the Falcons 3-1.", False), ("The Falcons lost to the Kestrels 3-1.", True), ("The Kestrels were beaten by the Falcons 3-1.", False), ("The Falcons were beaten by the Kestrels.", True), ("The Kestrels lost 3-1.", False), ("The Falcons lost 3-1.", True), ("The Kestrels won 3-1.", True)])
_add("Acme Corp has agreed to buy Beta Ltd for $2 billion.", [("Beta Ltd has agreed to buy Acme Corp for $2 billion.", False), ("Beta Ltd will be bought by Acme Corp for $2 billion.", True), ("Acme Corp will be bought by Beta Ltd.", False)])
_add("Lena Okafor defeated Paul Reed in the mayoral election.", [("Paul Reed defeated Lena Okafor in the mayoral election.", False), ("Paul Reed lost to Lena Okafor in the mayoral election.", True), ("Lena Okafor lost to Paul Reed in the mayoral election.", False), ("Okafor won the mayoral election.", True), ("Reed won the mayoral election.", False)])
_add("The US imposed new sanctions on Iran on Friday.", [("The EU imposed new sanctions on Iran on Friday.", False), ("The UK imposed new sanctions on Iran on Friday.", False), ("The UN imposed new sanctions on Iran on Friday.", False), ("Britain imposed new sanctions on Iran on Friday.", False), ("The U.S. imposed new sanctions on Iran on Friday.", True), ("The United States imposed new sanctions on Iran on Friday.", True), ("America imposed new sanctions on Iran on Friday.", True), ("US officials imposed new sanctions on Iran on Friday.", True)])
_add("The incident occurred on the A9 north of Berriedale in Caithness at about 14:00. Several other people received minor injuries.", [("A crash occurred on the A9 north of Berriedale in Caithness around 2:00 PM.", True), ("The incident occurred on the A9 north of Berriedale in Caithness at about 2am.", False), ("The incident occurred on the A9 north of Berriedale in Caithness at about 4pm.", False)])
_add("The shooting happened shortly after midnight on Tuesday, police said.", [("The shooting happened shortly after noon on Tuesday, police said.", False), ("The shooting happened shortly after 12am on Tuesday, police said.", True)])
_add("The United Nations Security Council met on Friday to discuss the ceasefire.", [("The UNSC met on Friday to discuss the ceasefire.", True), ("The UN Security Council met on Friday to discuss the ceasefire.", True), ("The EU met on Friday to discuss the ceasefire.", False)])
_add('"We will not raise taxes on working people," Chancellor Rachel Reeves told the BBC on Sunday, adding that the budget would be "fair".', [
 ("Rachel Reeves said the government will not raise taxes on working people.", True),
 ("Rachel Reeves said the government will raise taxes on working people.", False),
 ("Kemi Badenoch said the government will not raise taxes on working people.", False),
 ("Rachel Reeves told Sky News that the government will not raise taxes on working people.", False),
 ("Rachel Reeves said the budget would be unfair.", False),
 ("Rachel Reeves ruled out raising taxes on working people.", True),
 ("Rachel Reeves promised to cut taxes for working people.", False),
], body='Chancellor Rachel Reeves spoke to the BBC.\n\n"We will not raise taxes on working people," Chancellor Rachel Reeves told the BBC on Sunday, adding that the budget would be "fair".\n\nOpposition leader Kemi Badenoch said the promise "will not last the year".')
_add("About 3,000 people attended the rally, police estimated, while organisers put the figure at 10,000.", [("About 10,000 people attended the rally, police estimated.", False), ("Police estimated about 3,000 people attended the rally.", True), ("Organisers said 3,000 people attended.", False), ("About 3,000 people attended the rally.", True)])
_add("The drug reduced the risk of death by 20% in a trial of 1,500 patients, the company said.", [("The drug reduced the risk of death by 20%, the company said.", True), ("The drug reduced deaths by 20% in a trial.", True), ("The drug reduced the risk of death to 20%.", False), ("The drug increased the risk of death by 20%.", False), ("The drug cut the risk of death by a fifth.", True), ("The drug cut the risk of death by a quarter.", False), ("The drug reduced the risk of death by 20% in 1,500 trials.", False), ("The drug will reduce the risk of death by 20%.", False)])
_add("Apple said on Thursday it would invest $500 billion in the United States over the next four years and hire 20,000 people, mostly in research and development.", [
 ("Apple will invest $500 billion in the US over four years.", True),
 ("Apple will invest $500 million in the US over four years.", False),
 ("Apple has invested $500 billion in the US.", False),
 ("Apple will hire 20,000 people, mostly in manufacturing.", False),
 ("Apple will hire 20,000 people, all in research and development.", False),
 ("Apple will invest $500 billion in China over the next four years.", False),
 ("Google said it would invest $500 billion in the United States.", False),
 ("Apple will invest $500 billion and cut 20,000 jobs.", False),
 ("Apple said on Wednesday it would invest $500 billion in the United States.", False),
 ("Apple will invest $500 billion in the United States over the next four years, creating 20,000 jobs.", True),
 ("Apple will invest $500 billion in the United States over the next four years, creating 200,000 jobs.", False),
 ("Apple will invest $500 billion in the United States each year.", False),
])
_add("The earthquake, which struck at a depth of 10km, killed at least 120 people and injured more than 400, officials said.", [("The earthquake killed at least 120 people.", True), ("The earthquake killed more than 400 people.", False), ("The earthquake injured at least 120 people.", False), ("The earthquake killed at least 210 people.", False), ("The earthquake killed at least 120 people and injured over 400.", True), ("The earthquake struck at a depth of 100km.", False), ("The earthquake killed at least 120 people, all of them children.", False)])
_add("Officials said the fire may have been started deliberately, though an investigation is under way.", [("The fire was started deliberately.", False), ("Officials said the fire was started deliberately.", False), ("The fire may have been started deliberately, officials said.", True), ("Officials believe the fire was started deliberately.", True), ("Officials confirmed the fire was started deliberately.", False), ("Officials ruled out arson.", False), ("An investigation into the fire has concluded.", False)])
_add("The company is expected to announce up to 500 job cuts next week, according to two people familiar with the matter.", [("The company will announce 500 job cuts next week.", False), ("The company announced 500 job cuts.", False), ("The company is expected to announce up to 500 job cuts next week.", True), ("The company said it would cut 500 jobs.", False)])
_add("The minister denied that the government had been warned about the flooding risk.", [("The government had been warned about the flooding risk.", False), ("The minister admitted the government had been warned about the flooding risk.", False), ("The minister said the government had not been warned about the flooding risk.", True)])
_add("Shares in Kestrel Group fell 8% on Monday after the company cut its profit forecast, while rival Harbor Foods rose 3%.", [("Kestrel Group shares fell 8% after it cut its profit forecast.", True), ("Kestrel Group shares fell 3% on Monday.", False), ("Harbor Foods shares fell 8%.", False), ("Kestrel Group raised its profit forecast.", False), ("Harbor Foods cut its profit forecast.", False), ("Kestrel Group shares rose 8% on Monday.", False), ("Shares in Kestrel Group fell 8% on Tuesday.", False), ("Kestrel Group shares fell 8% on Monday after the company cut its sales forecast.", False)])
_add("The bill passed the Senate by 52 votes to 48 on Tuesday and now goes to the House of Representatives.", [("The bill passed the Senate 52-48.", True), ("The bill passed the Senate by 48 votes to 52.", False), ("The bill passed the House of Representatives by 52 votes to 48.", False), ("The bill failed in the Senate by 52 votes to 48.", False), ("The bill passed the Senate by four votes.", True), ("The bill passed the Senate unanimously.", False), ("The bill has become law.", False)])
_add("Russia accused Ukraine of attacking the Zaporizhzhia plant.", [("Ukraine accused Russia of attacking the Zaporizhzhia plant.", False), ("Russia attacked the Zaporizhzhia plant.", False)])
_add("The European Central Bank held interest rates at 2% on Thursday, but President Christine Lagarde warned that US tariffs could slow growth in the eurozone next year.", [
 ("The ECB held interest rates at 2% on Thursday.", True),
 ("The ECB kept interest rates at 2%.", True),
 ("Christine Lagarde warned that US tariffs could slow growth in the eurozone next year.", True),
 ("The ECB cut interest rates to 2% on Thursday.", False),
 ("The ECB raised interest rates to 2% on Thursday.", False),
 ("The Bank of England held interest rates at 2% on Thursday.", False),
 ("Christine Lagarde said US tariffs will slow growth in the eurozone next year.", False),
 ("Christine Lagarde warned that Chinese tariffs could slow growth in the eurozone.", False),
 ("Christine Lagarde warned that US tariffs could boost growth in the eurozone next year.", False),
 ("Christine Lagarde warned that US tariffs could slow growth in the eurozone this year.", False),
 ("The ECB held interest rates at 2.5% on Thursday.", False),
])
_add("Storm Eowyn left 715,000 homes and businesses without power across Ireland on Friday, and one man died when a tree fell on his car in County Donegal.", [
 ("Storm Eowyn left 715,000 homes without power in Ireland.", True),
 ("One man died when a tree fell on his car.", True),
 ("Storm Eowyn left 715,000 homes without power in Scotland.", False),
 ("Storm Eowyn left 751,000 homes without power in Ireland.", False),
 ("Two men died when trees fell on their cars.", False),
 ("One man died when a tree fell on his car in County Kerry.", False),
 ("One man was injured when a tree fell on his car in County Donegal.", False),
 ("One woman died when a tree fell on her car in County Donegal.", False),
 ("Storm Eowyn restored power to 715,000 homes.", False),
 ("Storm Eowyn left 715,000 homes without power on Saturday.", False),
])
_add("A jury at Leeds Crown Court found Daniel Hale, 34, guilty of manslaughter but cleared him of murder on Wednesday; he will be sentenced on 14 March.", [
 ("Daniel Hale was found guilty of manslaughter.", True),
 ("Daniel Hale will be sentenced on 14 March.", True),
 ("Daniel Hale was acquitted of murder.", True),
 ("Daniel Hale was found guilty of murder.", False),
 ("Daniel Hale was acquitted of manslaughter.", False),
 ("Daniel Hale was sentenced on Wednesday.", False),
 ("Daniel Hale will be sentenced on 14 May.", False),
 ("Daniel Hale has been jailed for manslaughter.", False),
 ("A jury at Bradford Crown Court found Daniel Hale guilty of manslaughter.", False),
 ("Daniel Hale, 43, was found guilty of manslaughter.", False),
 ("Daniel Hale pleaded guilty to manslaughter.", False),
])
_add("Kestrel Motors reported a net loss of $1.2 billion for the second quarter, compared with a profit of $300 million a year earlier, as sales fell 12%.", [
 ("Kestrel Motors reported a net loss of $1.2 billion for the second quarter.", True),
 ("Kestrel Motors made a profit of $300 million a year earlier.", True),
 ("Kestrel Motors reported a net profit of $1.2 billion for the second quarter.", False),
 ("Kestrel Motors reported a net loss of $1.2 billion for the third quarter.", False),
 ("Kestrel Motors reported a net loss of $300 million for the second quarter.", False),
 ("Kestrel Motors sales rose 12% in the second quarter.", False),
 ("Kestrel Motors sales fell 21% in the second quarter.", False),
 ("Kestrel Motors reported a net loss of $1.2 billion for the first half.", False),
])
_add("A poll by YouGov for The Times put Labour on 24%, Reform UK on 29% and the Conservatives on 17%.", [
 ("Reform UK leads Labour in a YouGov poll.", True),
 ("Labour leads Reform UK in a YouGov poll.", False),
 ("A YouGov poll put Labour on 29%.", False),
 ("A poll by Ipsos put Labour on 24%.", False),
 ("A YouGov poll for The Guardian put Labour on 24%.", False),
])
_add("Harlow United have signed striker Tomas Ekberg from Kestrel City for an initial £18 million, rising to £22 million with add-ons, on a five-year contract.", [
 ("Harlow United signed Tomas Ekberg from Kestrel City for £18 million.", True),
 ("Harlow United signed Tomas Ekberg for up to £22 million.", True),
 ("Tomas Ekberg moved from Kestrel City to Harlow United.", True),
 ("Kestrel City signed Tomas Ekberg from Harlow United.", False),
 ("Tomas Ekberg moved from Harlow United to Kestrel City.", False),
 ("Harlow United signed Tomas Ekberg for £22 million.", False),
 ("Harlow United signed Tomas Ekberg on a four-year contract.", False),
 ("Harlow United signed defender Tomas Ekberg from Kestrel City.", False),
 ("Harlow United signed Tomas Ekberg on loan from Kestrel City.", False),
 ("Harlow United are in talks to sign Tomas Ekberg.", False),
])
_add("The outage, which began at 3am on Tuesday, affected about 2.4 million customers and lasted six hours, the company said, blaming a faulty software update.", [
 ("The outage affected about 2.4 million customers and lasted six hours.", True),
 ("The outage affected about 2.4 million customers for six hours, the company said.", True),
 ("The outage lasted six days.", False),
 ("The outage affected 4.2 million customers.", False),
 ("The company blamed a cyber attack for the outage.", False),
 ("The outage, which began at 3pm on Tuesday, lasted six hours.", False),
 ("The company denied that a software update caused the outage.", False),
])
_add("Net migration to the UK fell to 431,000 in the year to December 2024, down from 860,000 a year earlier, official figures show.", [
 ("Net migration fell to 431,000 in the year to December 2024.", True),
 ("Net migration halved in the year to December 2024.", True),
 ("Net migration rose to 431,000 in the year to December 2024.", False),
 ("Net migration fell by 431,000 in the year to December 2024.", False),
 ("Net migration fell to 860,000.", False),
 ("Net migration fell to 431,000 in the year to December 2023.", False),
])
_add("Health officials confirmed 14 new cases of measles in the county this week, bringing the total this year to 63, most of them in unvaccinated children under five.", [
 ("Health officials confirmed 14 new measles cases this week.", True),
 ("The total number of measles cases this year has reached 63.", True),
 ("Health officials confirmed 63 new measles cases this week.", False),
 ("There have been 14 measles cases in the county this year.", False),
 ("All of the cases were in unvaccinated children.", False),
 ("Most of the cases were in vaccinated children under five.", False),
 ("Most of the cases were in unvaccinated children under ten.", False),
 ("Health officials confirmed 14 new cases of mumps this week.", False),
])
_add("Firefighters rescued two people from the burning building in Harlow, but a third person, an 80-year-old woman, died at the scene, Essex Police said.", [
 ("Two people were rescued from the burning building, Essex Police said.", True),
 ("Three people were rescued from the burning building.", False),
 ("An 80-year-old man died at the scene.", False),
 ("An 80-year-old woman died in hospital.", False),
 ("Firefighters rescued an 80-year-old woman from the building.", False),
 ("Firefighters rescued two people from the burning building in Epping.", False),
 ("Police rescued two people from the burning building.", False),
])
_add("The magnitude-4.8 quake struck at a depth of 15.5km, 35km north of the city of Lucca, officials said.", [
 ("The quake struck 35 kilometres north of Lucca.", True),
 ("The quake struck 35 miles north of Lucca.", False),
 ("The quake struck at a depth of 15.5 miles.", False),
])
_add("The parcel weighed 12kg, the van travelled at 40mph and the temperature reached 38C.", [
 ("The parcel weighed 12 kilograms.", True),
 ("The van travelled at 40 miles per hour.", True),
 ("The temperature reached 38 degrees Celsius.", True),
 ("The parcel weighed 12lb.", False),
 ("The van travelled at 40km/h.", False),
 ("The temperature reached 38F.", False),
])
_add("The Met Office issued an amber warning for snow across northern England, with up to 20cm expected on higher ground by Friday morning.", [
 ("The Met Office issued an amber warning for snow across northern England.", True),
 ("Up to 20cm of snow is expected on higher ground by Friday morning.", True),
 ("The Met Office issued a red warning for snow across northern England.", False),
 ("The Met Office issued an amber warning for rain across northern England.", False),
 ("The Met Office issued an amber warning for snow across southern England.", False),
 ("Up to 20 inches of snow is expected on higher ground.", False),
 ("At least 20cm of snow is expected on higher ground.", False),
])
_add("Israel and Hamas agreed to a ceasefire on Wednesday under which 33 hostages will be freed in exchange for hundreds of Palestinian prisoners, Qatar's prime minister said.", [
 ("Israel and Hamas agreed to a ceasefire on Wednesday, Qatar's prime minister said.", True),
 ("33 hostages will be released in exchange for Palestinian prisoners.", True),
 ("Israel and Hamas rejected a ceasefire on Wednesday.", False),
 ("33 hostages were freed on Wednesday.", False),
 ("33 Palestinian prisoners will be freed in exchange for hundreds of hostages.", False),
 ("Egypt's prime minister announced the ceasefire.", False),
 ("Qatar's foreign minister said Israel and Hamas agreed to a ceasefire.", False),
 ("Israel and Hezbollah agreed to a ceasefire on Wednesday.", False),
 ("Israel and Hamas agreed to a permanent ceasefire on Wednesday.", False),
])
_add("Thames Water was fined £104 million by Ofwat on Tuesday for breaching sewage rules, the largest penalty the regulator has ever imposed.", [
 ("Ofwat fined Thames Water £104 million for breaching sewage rules.", True),
 ("Thames Water fined Ofwat £104 million.", False),
 ("Thames Water was fined £104 million by the Environment Agency.", False),
 ("Thames Water was fined £140 million by Ofwat.", False),
 ("Thames Water was fined £104 million for breaching water quality rules.", False),
 ("It was the second-largest penalty Ofwat has imposed.", False),
 ("Thames Water was cleared of breaching sewage rules.", False),
 ("Thames Water will be fined £104 million by Ofwat.", False),
 ("Thames Water was fined £104 million by Ofwat on Monday.", False),
 ("Thames Water was fined £104 billion by Ofwat.", False),
])
_add("More than 1,000 flights were cancelled at Heathrow on Friday after a fire at an electrical substation cut power to the airport, which said it expected to reopen on Saturday.", [
 ("More than 1,000 flights were cancelled at Heathrow on Friday.", True),
 ("A fire at a substation cut power to Heathrow.", True),
 ("More than 1,000 flights were delayed at Heathrow on Friday.", False),
 ("More than 1,000 flights were cancelled at Gatwick on Friday.", False),
 ("A cyber attack cut power to Heathrow.", False),
 ("Heathrow reopened on Saturday.", False),
 ("Heathrow said it expected to reopen on Sunday.", False),
 ("Fewer than 1,000 flights were cancelled at Heathrow.", False),
 ("About 100 flights were cancelled at Heathrow.", False),
])
_add("A study of 12,000 adults published in The Lancet found that people who walked 7,000 steps a day had a 47% lower risk of early death than those who walked 2,000.", [
 ("A study of 12,000 adults found that walking 7,000 steps a day was linked to a 47% lower risk of early death.", True),
 ("A study of 12,000 adults found walking 7,000 steps a day cut the risk of early death by 74%.", False),
 ("A study of 12,000 children found walking 7,000 steps a day lowered the risk of early death.", False),
 ("A study in the BMJ found walking 7,000 steps a day lowered the risk of early death.", False),
 ("People who walked 2,000 steps a day had a 47% lower risk of early death.", False),
 ("People who walked 7,000 steps a day had a 47% higher risk of early death.", False),
 ("A study of 21,000 adults found walking lowered the risk of early death.", False),
 ("People who walked 7,000 steps a week had a 47% lower risk of early death.", False),
])
_add("Manchester City beat Real Madrid 3-1 at the Etihad on Tuesday, with Erling Haaland scoring twice before Kylian Mbappe pulled one back in the 80th minute.", [
 ("Manchester City beat Real Madrid 3-1.", True),
 ("Erling Haaland scored twice, and Kylian Mbappe pulled one back in the 80th minute.", True),
 ("Real Madrid beat Manchester City 3-1.", False),
 ("Manchester City beat Real Madrid 3-2.", False),
 ("Manchester City lost to Real Madrid 3-1.", False),
 ("Erling Haaland scored a hat-trick.", False),
 ("Kylian Mbappe scored twice for Real Madrid.", False),
 ("Erling Haaland scored once.", False),
 ("Kylian Mbappe pulled one back in the 70th minute.", False),
 ("Manchester City beat Real Madrid 3-1 at the Bernabeu.", False),
])
_add("The White House said on Monday that President Donald Trump would meet Chinese leader Xi Jinping in South Korea later this month to discuss trade, according to press secretary Karoline Leavitt.", [
 ("Trump will meet Xi Jinping in South Korea later this month, the White House said.", True),
 ("Xi Jinping will meet Trump in South Korea later this month.", True),
 ("Karoline Leavitt said Trump would meet Xi to discuss trade.", True),
 ("Trump met Xi Jinping in South Korea on Monday.", False),
 ("Trump will meet Xi Jinping in Japan later this month.", False),
 ("Trump will meet Xi Jinping in South Korea next month.", False),
 ("Trump will meet Vladimir Putin in South Korea later this month.", False),
 ("The Chinese foreign ministry said Trump would meet Xi in South Korea.", False),
 ("Trump will not meet Xi Jinping this month.", False),
])
_add("The Health Ministry said 40 people had died in the floods, according to state media.", [
 ("The health ministry said 40 people had died in the floods.", True),
 ("The defence ministry said 40 people had died in the floods.", False),
 ("The Health Ministry said 14 people had died in the floods.", False),
])
_add("The company said it would close 200 of its 1,100 stores by the end of next year, putting about 4,000 jobs at risk.", [
 ("The company will close 200 of its 1,100 stores by the end of next year.", True),
 ("About 4,000 jobs are at risk.", True),
 ("The company will close all of its 1,100 stores.", False),
 ("The company will close 1,100 stores.", False),
 ("The company will close 200 stores, cutting 4,000 jobs.", False),
 ("The company will open 200 new stores.", False),
 ("The company has closed 200 stores.", False),
 ("The company will close 200 stores by the end of this year.", False),
 ("About 40,000 jobs are at risk.", False),
])
_add("Hurricane Milton made landfall near Siesta Key, Florida, as a Category 3 storm late on Wednesday, with winds of 120mph, the National Hurricane Center said.", [
 ("Hurricane Milton made landfall near Siesta Key as a Category 3 storm.", True),
 ("Hurricane Milton made landfall as a Category 5 storm.", False),
 ("Hurricane Milton made landfall in Texas.", False),
 ("Hurricane Milton brought winds of 120km/h.", False),
 ("Hurricane Milton made landfall early on Wednesday.", False),
 ("Hurricane Milton weakened to a tropical storm before landfall.", False),
 ("Hurricane Milton made landfall late on Thursday.", False),
 ("Hurricane Milton brought winds of 210mph.", False),
])
_add("Shares in Nvidia rose 4% to a record high of $153 on Tuesday, giving the chipmaker a market value of $3.7 trillion.", [
 ("Nvidia shares rose 4% to a record $153.", True),
 ("Nvidia shares fell 4% to $153.", False),
 ("Nvidia shares rose 4% to $135.", False),
 ("Nvidia's market value reached $3.7 billion.", False),
 ("Nvidia's market value reached $7.3 trillion.", False),
 ("Nvidia shares rose 14% on Tuesday.", False),
 ("Nvidia shares rose 4% to $153, below their record.", False),
 ("Nvidia became the world's most valuable company.", False),
])
_add("The minister resigned on Friday after admitting she had misled parliament, Downing Street said.", [
 ("The minister resigned on Friday, Downing Street said.", True),
 ("The minister resigned after admitting she had misled parliament.", True),
 ("The minister was sacked on Friday.", False),
 ("The minister resigned after denying she had misled parliament.", False),
 ("The minister refused to resign.", False),
])
_add("Inflation fell to 2.3% in April from 2.6% in March, the lowest rate in three years.", [
 ("Inflation fell to 2.3% in April.", True),
 ("Inflation is at its lowest rate in three years.", True),
 ("Inflation rose to 2.3% in April.", False),
 ("Inflation fell to 2.6% in April.", False),
 ("Inflation fell to 2.3% in March.", False),
 ("Inflation was 2.6% in March.", True),
 ("Inflation was 2.6% in April.", False),
 ("Inflation is at its highest rate in three years.", False),
 ("Inflation is at its lowest rate in five years.", False),
])
_add("A judge at Norbridge Crown Court jailed former bank manager Alan Pryce, 52, for six years on Monday for stealing £1.3 million from elderly customers over a decade.", [
 ("Alan Pryce was jailed for six years for stealing £1.3 million from elderly customers.", True),
 ("Former bank manager Alan Pryce was sentenced to six years in prison on Monday.", True),
 ("Alan Pryce was jailed for six months for stealing £1.3 million.", False),
 ("Alan Pryce was fined £1.3 million for stealing from elderly customers.", False),
 ("Alan Pryce was jailed for six years for stealing £1.3 million from elderly customers over a year.", False),
 ("Alan Pryce was charged with stealing £1.3 million from elderly customers.", False),
 ("Alan Pryce was cleared of stealing £1.3 million from elderly customers.", False),
 ("Alan Pryce, 25, was jailed for six years.", False),
 ("Alan Pryce was jailed for six years for stealing £1.3 million from young customers.", False),
 ("Alan Pryce was jailed for six years on Monday for defrauding elderly customers of £1.3 million.", True),
 ("Alan Pryce was jailed for six years for stealing £1.3 million from his employer.", False),
 ("A judge at Norbridge Crown Court jailed Alan Pryce for six years, the longest sentence of its kind.", False),
])
_add("About 4,000 residents were ordered to evacuate on Sunday as a wildfire that has burned 12,000 acres spread towards the town of Pine Hollow, fire officials said.", [
 ("About 4,000 residents were ordered to leave their homes on Sunday as a wildfire spread towards Pine Hollow.", True),
 ("About 4,000 residents were evacuated as a wildfire spread towards Pine Hollow, fire officials said.", True),
 ("About 12,000 residents were ordered to evacuate on Sunday.", False),
 ("The wildfire destroyed the town of Pine Hollow.", False),
 ("The wildfire has burned 12,000 homes.", False),
 ("About 4,000 residents were advised to evacuate on Sunday as a wildfire spread towards Pine Hollow.", False),
 ("About 4,000 residents returned home on Sunday as a wildfire spread towards Pine Hollow.", False),
 ("The wildfire spread away from the town of Pine Hollow.", False),
 ("The wildfire has burned 12,000 acres, police said.", False),
 ("The wildfire has burned 12,000 acres and is spreading towards Pine Hollow.", True),
 ("About 4,000 residents were ordered to evacuate on Sunday after a wildfire started in Pine Hollow.", False),
])
_add("The union said 85% of its members had voted to strike, on a turnout of 61%, and that walkouts would begin on March 3 unless the company improved its pay offer of 4%.", [
 ("85% of union members voted to strike, on a turnout of 61%.", True),
 ("61% of union members voted to strike.", False),
 ("The union said walkouts would begin on March 3.", False),
 ("Walkouts will begin on March 3 unless the company improves its 4% pay offer, the union said.", True),
 ("The union said walkouts would begin on March 3 because the company improved its pay offer.", False),
 ("The union rejected a pay offer of 6%.", False),
 ("The company said 85% of union members had voted to strike.", False),
 ("85% of union members voted against a strike.", False),
 ("Walkouts began on March 3.", False),
 ("The union said its members had voted overwhelmingly to strike.", True),
])
_add("Kestrel Airlines said its chief executive, Maria Lund, would step down at the end of the year after eight years in the role, and that finance chief Tom Avery would succeed her.", [
 ("Maria Lund will step down as chief executive of Kestrel Airlines at the end of the year.", True),
 ("Tom Avery will replace Maria Lund as chief executive of Kestrel Airlines.", True),
 ("Maria Lund will succeed Tom Avery as chief executive.", False),
 ("Maria Lund was fired as chief executive of Kestrel Airlines.", False),
 ("Maria Lund stepped down as chief executive after eight years.", False),
 ("Maria Lund will step down at the end of the year after ten years in the role.", False),
 ("Maria Lund will step down at the end of the month.", False),
 ("Chief operating officer Tom Avery will succeed Maria Lund.", False),
 ("Maria Lund will step down after eight years as chief executive, the airline said.", True),
 ("Maria Lund, who founded Kestrel Airlines, will step down at the end of the year.", False),
])
_add("Scientists at the University of Harwell said a new malaria vaccine was 77% effective in a trial of 450 children in Burkina Faso, but warned that larger studies were needed before it could be approved.", [
 ("A new malaria vaccine was 77% effective in a trial of 450 children, scientists said.", True),
 ("Scientists said the vaccine was 77% effective but larger studies were needed.", True),
 ("The new malaria vaccine has been approved after a trial in Burkina Faso.", False),
 ("A new malaria vaccine was 77% effective in a trial of 450 adults in Burkina Faso.", False),
 ("A new malaria vaccine was 77% effective in a trial of 4,500 children.", False),
 ("A new malaria vaccine was 97% effective in a trial of 450 children.", False),
 ("A new malaria vaccine reduced malaria cases by 77% in Kenya.", False),
 ("Scientists said no further studies were needed before the vaccine could be approved.", False),
 ("Scientists at the University of Harwell developed a malaria vaccine that is 77% effective.", True),
 ("The new vaccine is the most effective malaria vaccine ever tested.", False),
 ("The vaccine was 77% effective in a trial of 450 children in Ghana.", False),
])
_add("Harbor City council voted 7-2 on Tuesday to approve a $45 million budget for the new library, which is due to open in 2027, Mayor Dana Ortiz said.", [
 ("Harbor City council approved a $45 million budget for the new library.", True),
 ("The council voted 7-2 to approve the library budget, the mayor said.", True),
 ("Harbor City council voted 2-7 to approve a $45 million budget.", False),
 ("Harbor City council voted 7-2 to reject a $45 million budget for the new library.", False),
 ("Harbor City council unanimously approved a $45 million budget for the new library.", False),
 ("The new library opened in 2027.", False),
 ("The new library is due to open in 2026.", False),
 ("Harbor City council voted 7-2 on Tuesday to approve a $45 million budget, council member Dana Ortiz said.", False),
 ("Harbor City council voted to approve a $54 million budget for the new library.", False),
 ("Harbor City council voted 7-2 to approve a $45 million budget for the new stadium.", False),
 ("Mayor Dana Ortiz voted against the library budget.", False),
 ("The library budget was approved by a majority of the council.", True),
])
_add("Two people were killed and 14 injured when a bus carrying schoolchildren collided with a lorry on the M6 near Stafford on Thursday morning, police said.", [
 ("Two people died and 14 were hurt when a bus carrying schoolchildren collided with a lorry on the M6.", True),
 ("Fourteen people were killed when a bus collided with a lorry on the M6.", False),
 ("Two people were killed when a lorry carrying schoolchildren collided with a bus.", False),
 ("Two people were killed and 14 injured when a bus collided with a car on the M6.", False),
 ("Two schoolchildren were killed when a bus collided with a lorry on the M6.", False),
 ("Two people were killed when a bus collided with a lorry on the M1 near Stafford.", False),
 ("Two people were killed on Thursday evening when a bus collided with a lorry.", False),
 ("Two people were killed and 14 injured in a crash on the M6 on Thursday, police said.", True),
 ("The bus driver was killed when the bus collided with a lorry.", False),
 ("Two people were killed after a lorry crashed into a bus, police said.", True),
])
_add("The Bank of Japan raised its key interest rate to 0.5% on Friday, the highest level in 17 years, and said it would continue to raise rates if the economy performed as expected.", [
 ("The Bank of Japan raised its key interest rate to 0.5%, the highest in 17 years.", True),
 ("The Bank of Japan cut its key interest rate to 0.5% on Friday.", False),
 ("The Bank of Japan raised its key interest rate to 0.5%, the highest level in 71 years.", False),
 ("The Bank of Japan raised its key interest rate by 0.5% on Friday.", False),
 ("The Bank of Japan will continue to raise rates.", False),
 ("The Bank of Japan raised its key interest rate to a record 0.5%.", False),
 ("The Bank of Japan held its key interest rate at 0.5% on Friday.", False),
 ("The Bank of Japan said it would stop raising rates.", False),
 ("The Bank of Japan raised its key rate to 0.5% on Thursday.", False),
 ("The US Federal Reserve raised its key interest rate to 0.5% on Friday.", False),
])
_add("Shares in Corvid Pharma jumped 22% after the company said its weight-loss drug helped patients lose an average of 15% of their body weight in a late-stage trial.", [
 ("Shares in Corvid Pharma rose 22% after positive trial results for its weight-loss drug.", True),
 ("Shares in Corvid Pharma fell 22% after the trial results.", False),
 ("Corvid Pharma's weight-loss drug helped patients lose 22% of their body weight.", False),
 ("Shares in Corvid Pharma jumped 15% after the trial results.", False),
 ("Corvid Pharma's drug helped patients lose an average of 15% of their body weight in an early-stage trial.", False),
 ("Corvid Pharma's weight-loss drug has been approved by regulators.", False),
 ("Patients on Corvid Pharma's drug lost an average of 15% of their body weight, the company said.", True),
 ("All patients on the drug lost 15% of their body weight.", False),
 ("Shares in Corvid Pharma jumped 22% after regulators said the drug helped patients lose weight.", False),
])
_add("Firefighters spent six hours tackling a blaze at a disused warehouse in Leeds on Saturday, which West Yorkshire Fire Service said was being treated as arson. No one was hurt.", [
 ("Firefighters spent six hours tackling a blaze at a disused warehouse in Leeds.", True),
 ("The fire at the warehouse is being treated as arson, the fire service said.", True),
 ("The fire service said the blaze was an accident.", False),
 ("Several people were hurt in the warehouse fire in Leeds.", False),
 ("Firefighters spent six days tackling a blaze at a warehouse in Leeds.", False),
 ("Police said the warehouse fire was being treated as arson.", False),
 ("The fire at the warehouse was started deliberately.", False),
 ("Firefighters spent six hours tackling a blaze at a busy warehouse in Leeds.", False),
 ("A man has been arrested after a blaze at a disused warehouse in Leeds.", False),
 ("No one was injured in the blaze at a disused warehouse in Leeds.", True),
])
_add("Hackers stole the personal data of about 6.5 million customers from Norbridge Telecom, including names and addresses but not bank details, the company said on Wednesday.", [
 ("Hackers stole the personal data of about 6.5 million Norbridge Telecom customers, the company said.", True),
 ("Names and addresses of about 6.5 million customers were stolen from Norbridge Telecom.", True),
 ("Hackers stole the bank details of about 6.5 million Norbridge Telecom customers.", False),
 ("Hackers stole the personal data of about 65 million customers.", False),
 ("Hackers stole the personal data of about 6.5 million employees from Norbridge Telecom.", False),
 ("Norbridge Telecom said no customer data had been stolen.", False),
 ("Hackers stole names, addresses and bank details of 6.5 million customers.", False),
 ("Hackers may have stolen the personal data of about 6.5 million customers.", True),
 ("Norbridge Telecom stole the personal data of about 6.5 million customers.", False),
 ("Hackers stole the personal data of about 6.5 million customers, the police said.", False),
])
_add("The Court of Appeal overturned Kayla Brent's conviction for fraud on Tuesday, ruling that the trial judge had misdirected the jury, and ordered a retrial.", [
 ("The Court of Appeal overturned Kayla Brent's fraud conviction and ordered a retrial.", True),
 ("The Court of Appeal upheld Kayla Brent's conviction for fraud.", False),
 ("The Court of Appeal overturned Kayla Brent's conviction and cleared her of fraud.", False),
 ("The Court of Appeal overturned Kayla Brent's conviction for murder.", False),
 ("The Court of Appeal ruled that the jury had misdirected the trial judge.", False),
 ("The Court of Appeal ordered a retrial after ruling the trial judge had misdirected the jury.", True),
 ("The Supreme Court overturned Kayla Brent's conviction for fraud.", False),
 ("Kayla Brent's conviction was overturned on Monday.", False),
 ("The Court of Appeal refused to order a retrial.", False),
])
_add("The Green Alliance won 42 of the 120 seats, six short of a majority, and its leader Petra Holm said she would seek a coalition with the Centre Party.", [
 ("The Green Alliance won 42 of the 120 seats, six short of a majority.", True),
 ("The Green Alliance won a majority with 42 of the 120 seats.", False),
 ("The Green Alliance won 42 of the 120 seats, four short of a majority.", False),
 ("The Green Alliance won 48 of the 120 seats.", False),
 ("Petra Holm said she would seek a coalition with the Centre Party.", True),
 ("Petra Holm has formed a coalition with the Centre Party.", False),
 ("Petra Holm ruled out a coalition with the Centre Party.", False),
 ("The Centre Party's leader Petra Holm said she would seek a coalition.", False),
 ("The Green Alliance won 42 of the 210 seats.", False),
 ("Petra Holm said she would seek a coalition with the Labour Party.", False),
])
_add("The Ariel probe, launched in 2019, will reach Jupiter in July 2031 after a journey of 3.2 billion kilometres, the European Space Agency said.", [
 ("The Ariel probe will reach Jupiter in July 2031, the European Space Agency said.", True),
 ("The Ariel probe reached Jupiter in July 2031.", False),
 ("The Ariel probe, launched in 2021, will reach Jupiter in 2031.", False),
 ("The Ariel probe will reach Saturn in July 2031.", False),
 ("The Ariel probe will travel 3.2 million kilometres to reach Jupiter.", False),
 ("The Ariel probe will reach Jupiter in June 2031.", False),
 ("NASA said the Ariel probe would reach Jupiter in July 2031.", False),
 ("Launched in 2019, the Ariel probe will reach Jupiter after a 3.2 billion km journey.", True),
 ("The Ariel probe was launched by NASA in 2019.", False),
])
_add("More than 7.5 million people were waiting for hospital treatment in England at the end of March, down from 7.6 million in February, NHS figures show.", [
 ("More than 7.5 million people were waiting for hospital treatment in England at the end of March.", True),
 ("The number waiting for hospital treatment in England fell to 7.5 million in March.", True),
 ("The number waiting for hospital treatment in England rose to 7.5 million in March.", False),
 ("More than 7.6 million people were waiting for hospital treatment at the end of March.", False),
 ("More than 7.5 million people were waiting for hospital treatment in Scotland.", False),
 ("Fewer than 7.5 million people were waiting for hospital treatment in England.", False),
 ("More than 7.5 million people were waiting for hospital treatment at the end of April.", False),
 ("More than 7.5 million people were waiting for GP appointments in England.", False),
 ("The hospital waiting list in England reached a record 7.5 million in March.", False),
])
_add("Petrol prices rose by 3p a litre last month, the biggest monthly increase since March 2022, the RAC said, warning that prices could climb further next month.", [
 ("Petrol prices rose by 3p a litre last month, the RAC said.", True),
 ("Petrol prices rose by 3p a litre last month, the biggest monthly rise since March 2022.", True),
 ("Petrol prices rose by 3p a litre last month, the AA said.", False),
 ("Petrol prices rose by 3p a gallon last month.", False),
 ("Petrol prices fell by 3p a litre last month.", False),
 ("Petrol prices rose by 3p a litre last month, the biggest monthly increase on record.", False),
 ("Petrol prices will climb further next month, the RAC said.", False),
 ("Petrol prices rose by 3p a litre last week.", False),
 ("Diesel prices rose by 3p a litre last month.", False),
 ("Petrol prices rose by 3% last month.", False),
])
_add("The study, published in the journal Nature, found that global sea levels rose by 10 centimetres between 1993 and 2023, and that the rate of rise has more than doubled over that period.", [
 ("Global sea levels rose by 10 centimetres between 1993 and 2023, a study in Nature found.", True),
 ("The rate of sea level rise has more than doubled since 1993, a study found.", True),
 ("Global sea levels rose by 10 metres between 1993 and 2023.", False),
 ("Global sea levels rose by 10 centimetres between 1983 and 2023.", False),
 ("The rate of sea level rise has halved since 1993.", False),
 ("The rate of sea level rise has tripled since 1993.", False),
 ("Global sea levels fell by 10 centimetres between 1993 and 2023.", False),
 ("The study, published in the journal Science, found that sea levels rose by 10 centimetres.", False),
 ("Global sea levels will rise by 10 centimetres by 2050, a study found.", False),
])
_add("Gaza's health ministry said at least 45 people were killed in Israeli strikes overnight, a figure that could not be independently verified.", [
 ("Gaza's health ministry said at least 45 people were killed in Israeli strikes overnight.", True),
 ("At least 45 people were killed in Israeli strikes overnight, according to Gaza's health ministry.", True),
 ("At least 45 people were killed in Israeli strikes overnight.", False),
 ("Israel's military said at least 45 people were killed in strikes overnight.", False),
 ("Gaza's health ministry said at least 54 people were killed in Israeli strikes overnight.", False),
 ("Gaza's health ministry said at least 45 people were injured in Israeli strikes overnight.", False),
 ("Gaza's health ministry said exactly 45 people were killed.", False),
 ("The figure of 45 deaths was independently verified.", False),
])
_add("Netflix added 19 million subscribers in the last three months of 2024, beating analysts' forecasts of 9 million, and raised prices in the US, Canada and Portugal.", [
 ("Netflix added 19 million subscribers in the last three months of 2024.", True),
 ("Netflix added 19 million subscribers, beating forecasts of 9 million.", True),
 ("Netflix added 9 million subscribers in the last three months of 2024.", False),
 ("Netflix added 19 million subscribers, missing analysts' forecasts.", False),
 ("Netflix lost 19 million subscribers in the last three months of 2024.", False),
 ("Netflix cut prices in the US, Canada and Portugal.", False),
 ("Netflix raised prices in the US, Canada and Spain.", False),
 ("Netflix added 19 million subscribers in the first three months of 2024.", False),
 ("Netflix added more than double the subscribers analysts had forecast.", True),
 ("Netflix added 19 million subscribers, roughly in line with forecasts.", False),
])
_add("Storm Darragh brought gusts of up to 93mph to parts of Wales on Saturday, leaving around 200,000 homes without power, the Met Office and energy companies said.", [
 ("Storm Darragh brought gusts of up to 93mph to parts of Wales on Saturday.", True),
 ("Around 200,000 homes were left without power after Storm Darragh.", True),
 ("Storm Darragh brought gusts of 93mph to all of Wales.", False),
 ("Storm Darragh brought gusts of up to 93km/h to parts of Wales.", False),
 ("Storm Darragh left around 20,000 homes without power.", False),
 ("Storm Darragh brought gusts of up to 93mph to parts of Scotland on Saturday.", False),
 ("Storm Darragh left around 200,000 homes without water.", False),
 ("Storm Darragh brought gusts of up to 93mph on Sunday.", False),
 ("Power was restored to around 200,000 homes after Storm Darragh.", False),
])
_add("Petrol prices rose by 3p a litre last month, the biggest monthly increase since March 2022, the RAC said, warning that prices could climb further next month.", [
 ("According to the RAC, petrol prices increased by 3p per litre last month.", True),
 ("The RAC reported that petrol prices went up 3p a litre in the past month, the largest monthly rise since March 2022.", True),
 ("The RAC warned that petrol prices could rise further next month.", True),
 ("Petrol prices saw their biggest monthly increase since March 2022.", True),
])
_add("The Court of Appeal overturned Kayla Brent's conviction for fraud on Tuesday, ruling that the trial judge had misdirected the jury, and ordered a retrial.", [
 ("Kayla Brent's fraud conviction was quashed by the Court of Appeal, which ordered a new trial.", True),
 ("The appeal court found that the judge in Brent's trial had misdirected the jury.", True),
 ("On Tuesday, the Court of Appeal overturned Brent's conviction.", True),
])
_add("The Green Alliance won 42 of the 120 seats, six short of a majority, and its leader Petra Holm said she would seek a coalition with the Centre Party.", [
 ("The Green Alliance fell six seats short of a majority, winning 42 of 120.", True),
 ("Holm, the Green Alliance leader, plans to seek a coalition with the Centre Party.", True),
 ("The Green Alliance secured 42 seats in the 120-seat parliament.", True),
])
_add("Netflix added 19 million subscribers in the last three months of 2024, beating analysts' forecasts of 9 million, and raised prices in the US, Canada and Portugal.", [
 ("Netflix gained 19 million subscribers in the fourth quarter of 2024.", True),
 ("Netflix's subscriber growth of 19 million far exceeded analysts' expectations of 9 million.", True),
 ("The streaming giant also increased its prices in the US, Canada and Portugal.", True),
])
_add("Storm Darragh brought gusts of up to 93mph to parts of Wales on Saturday, leaving around 200,000 homes without power, the Met Office and energy companies said.", [
 ("Winds reached up to 93mph in parts of Wales during Storm Darragh.", True),
 ("About 200,000 homes lost power as Storm Darragh hit on Saturday.", True),
 ("The Met Office said Storm Darragh brought gusts of up to 93mph.", True),
])
_add("Firefighters spent six hours tackling a blaze at a disused warehouse in Leeds on Saturday, which West Yorkshire Fire Service said was being treated as arson. No one was hurt.", [
 ("A fire at an empty warehouse in Leeds is being treated as arson.", True),
 ("No injuries were reported after firefighters battled the blaze for six hours.", True),
 ("West Yorkshire Fire Service is treating the warehouse fire as arson.", True),
])
_add("Kestrel Airlines said its chief executive, Maria Lund, would step down at the end of the year after eight years in the role, and that finance chief Tom Avery would succeed her.", [
 ("Maria Lund is to step down as Kestrel Airlines CEO at the end of the year.", True),
 ("Tom Avery, the airline's finance chief, will take over from Lund.", True),
 ("Lund has led Kestrel Airlines for eight years.", True),
])
_add("About 4,000 residents were ordered to evacuate on Sunday as a wildfire that has burned 12,000 acres spread towards the town of Pine Hollow, fire officials said.", [
 ("Fire officials ordered around 4,000 residents to evacuate as the wildfire approached Pine Hollow.", True),
 ("The wildfire has scorched 12,000 acres so far.", True),
 ("Some 4,000 people were told to leave their homes on Sunday.", True),
])
_add("Arsenal came from behind to beat Chelsea 2-1 at the Emirates on Sunday, with Bukayo Saka scoring the winner in the 89th minute after Cole Palmer had given the visitors an early lead.", [
 ("Arsenal beat Chelsea 2-1 at the Emirates, with Saka scoring a late winner.", True),
 ("Chelsea led early through Cole Palmer before Arsenal won 2-1.", True),
 ("Chelsea beat Arsenal 2-1 at the Emirates on Sunday.", False),
 ("Arsenal beat Chelsea 2-1 at Stamford Bridge on Sunday.", False),
 ("Bukayo Saka scored the winner in the 19th minute.", False),
 ("Cole Palmer scored the winner for Chelsea in the 89th minute.", False),
 ("Arsenal led from the start and beat Chelsea 2-1.", False),
 ("Bukayo Saka gave Arsenal an early lead against Chelsea.", False),
 ("Arsenal beat Chelsea 3-1 at the Emirates on Sunday.", False),
 ("Arsenal drew 2-2 with Chelsea at the Emirates.", False),
])
_add("The Senate confirmed Maria Chen as Secretary of Energy by 51 votes to 47 on Thursday, with two Republicans joining Democrats to back her.", [
 ("The Senate confirmed Maria Chen as Energy Secretary by 51 votes to 47.", True),
 ("Two Republicans joined Democrats in voting to confirm Maria Chen.", True),
 ("The Senate rejected Maria Chen as Secretary of Energy by 51 votes to 47.", False),
 ("The House confirmed Maria Chen as Secretary of Energy.", False),
 ("The Senate confirmed Maria Chen as Secretary of State.", False),
 ("Two Democrats joined Republicans to back Maria Chen.", False),
 ("The Senate unanimously confirmed Maria Chen as Secretary of Energy.", False),
 ("The Senate confirmed Maria Chen by 51 votes to 49.", False),
 ("The Senate will vote on Maria Chen's nomination on Thursday.", False),
])
_add("Brightwell Foods said it would cut 1,200 jobs, about 8% of its workforce, and close two factories in Ohio by the end of 2025 as demand for its frozen meals slowed.", [
 ("Brightwell Foods will cut 1,200 jobs, about 8% of its workforce.", True),
 ("Brightwell Foods plans to close two Ohio factories by the end of 2025.", True),
 ("Brightwell Foods will cut 1,200 jobs, about 18% of its workforce.", False),
 ("Brightwell Foods will cut 8,000 jobs.", False),
 ("Brightwell Foods has closed two factories in Ohio.", False),
 ("Brightwell Foods will close two factories in Texas.", False),
 ("Brightwell Foods will hire 1,200 workers.", False),
 ("Brightwell Foods will cut 1,200 jobs as demand for its frozen meals grew.", False),
 ("Brightwell Foods will close twelve factories in Ohio.", False),
 ("Brightwell Foods will cut 1,200 jobs by the end of 2026.", False),
])
_add("Prosecutors said the 19-year-old, who cannot be named for legal reasons, was arrested in Manchester on Monday and charged with possessing an explosive substance.", [
 ("A 19-year-old was arrested in Manchester and charged with possessing an explosive substance, prosecutors said.", True),
 ("The teenager, who cannot be named for legal reasons, was charged on Monday.", False),  # Monday dates the arrest (FC302)
 ("A 19-year-old was convicted of possessing an explosive substance.", False),
 ("A 91-year-old was arrested in Manchester.", False),
 ("A 19-year-old was arrested in Liverpool on Monday.", False),
 ("Police said the 19-year-old was charged with possessing an explosive substance.", False),
 ("A 19-year-old named in court was charged with possessing an explosive substance.", False),
 ("A 19-year-old was arrested in Manchester on Monday and released without charge.", False),
 ("A 19-year-old was charged with making an explosive device.", False),
])
_add("The Bank of Valdoria raised its main interest rate by a quarter of a percentage point to 4.5% on Thursday, the first increase in two years, and said further rises were possible if inflation stayed above 3%.", [
 ("The Bank of Valdoria raised interest rates to 4.5% on Thursday.", True),
 ("It was the bank's first rate rise in two years.", True),
 ("The bank said it could raise rates again if inflation stayed above 3%.", True),
 ("The Bank of Valdoria raised its main rate by half a percentage point.", False),
 ("The Bank of Valdoria cut its main interest rate to 4.5%.", False),
 ("The bank said it would raise rates again next month.", False),
 ("It was the bank's second rate rise in two years.", False),
 ("The bank said further rises were possible if inflation fell below 3%.", False),
 ("The Bank of Valdoria raised rates to 4.5%, the highest level in two years.", False),
])
_add("A jury at Harlow Crown Court found nurse Ellen Price, 41, not guilty of murdering two patients but guilty of falsifying medical records, after a six-week trial.", [
 ("Ellen Price was cleared of murdering two patients.", True),
 ("The nurse was convicted of falsifying medical records after a six-week trial.", True),
 ("Ellen Price was found guilty of murdering two patients.", False),
 ("Ellen Price was cleared of falsifying medical records.", False),
 ("Ellen Price was found not guilty of murdering three patients.", False),
 ("Ellen Price admitted falsifying medical records.", False),
 ("A jury found Ellen Price guilty of falsifying records after a six-month trial.", False),
 ("Ellen Price, 41, was jailed for falsifying medical records.", False),
])
_add("Kestrel Motors will buy rival carmaker Orwin for $8.2 billion in cash, the companies said on Monday, in a deal that still needs the approval of regulators in the US and the EU.", [
 ("Kestrel Motors agreed to buy Orwin for $8.2 billion.", True),
 ("The deal still needs approval from US and EU regulators.", True),
 ("Orwin will buy Kestrel Motors for $8.2 billion.", False),
 ("Kestrel Motors will buy Orwin for $8.2 billion in shares.", False),
 ("Regulators in the US and the EU have approved the deal.", False),
 ("Kestrel Motors has completed its $8.2 billion purchase of Orwin.", False),
 ("Kestrel Motors will buy Orwin for $2.8 billion in cash.", False),
 ("The deal needs the approval of regulators in the US and China.", False),
])
_add("Thousands of farmers drove tractors into central Brusa on Tuesday to protest against cuts to fuel subsidies, blocking roads for several hours, though police said the demonstration was largely peaceful.", [
 ("Thousands of farmers protested in Brusa against cuts to fuel subsidies.", True),
 ("Police said the tractor protest was mostly peaceful.", True),
 ("Farmers blocked roads in central Brusa for several hours.", True),
 ("Thousands of farmers protested in Brusa against rises in fuel subsidies.", False),
 ("Police said the demonstration turned violent.", False),
 ("Farmers blocked roads in central Brusa for several days.", False),
 ("Hundreds of farmers drove tractors into central Brusa.", False),
 ("Police blocked farmers' tractors from entering central Brusa.", False),
])
_add("A study of 4,800 children in Norland found that those who spent more than three hours a day on screens were twice as likely to report poor sleep, though the researchers said it did not show that screens caused the problem.", [
 ("Children who spent more than three hours a day on screens were twice as likely to report poor sleep.", True),
 ("The researchers said the study did not prove screens caused poor sleep.", True),
 ("The study found that screens cause poor sleep in children.", False),
 ("Children who spent more than three hours a day on screens were three times as likely to report poor sleep.", False),
 ("Children who spent less than three hours a day on screens were twice as likely to report poor sleep.", False),
 ("A study of 8,400 children found a link between screen time and poor sleep.", False),
 ("Children who spent more than three hours a week on screens were twice as likely to report poor sleep.", False),
])
_add("Harlow United sold defender Marco Deane to Kestrel City for £30 million on Friday, a club record, and will use the money to rebuild the squad, manager Ruth Okoro said.", [
 ("Harlow United sold Marco Deane to Kestrel City for a club-record £30 million.", True),
 ("Ruth Okoro said the money would be used to rebuild the squad.", True),
 ("Kestrel City sold Marco Deane to Harlow United for £30 million.", False),
 ("Harlow United signed Marco Deane from Kestrel City for £30 million.", False),
 ("Harlow United sold Marco Deane for £13 million.", False),
 ("Marco Deane said the money would be used to rebuild the squad.", False),
 ("Harlow United sold striker Marco Deane to Kestrel City.", False),
])
_add("The Centre Party won 38% of the vote in Sunday's election, ahead of the Green Alliance on 31%, but fell short of a majority and will need a coalition partner to govern, officials said.", [
 ("The Centre Party won Sunday's election with 38% of the vote.", True),
 ("The Centre Party will need a coalition partner to govern.", True),
 ("The Green Alliance won 38% of the vote.", False),
 ("The Centre Party won an outright majority.", False),
 ("The Centre Party finished behind the Green Alliance.", False),
 ("The Centre Party won 38% of the vote, ahead of the Green Alliance on 13%.", False),
 ("The Centre Party has formed a coalition with the Green Alliance.", False),
])
_add("Fire crews took four hours to bring a blaze at a plastics factory in Norbridge under control on Saturday; two workers were treated for smoke inhalation and the cause is being investigated.", [
 ("It took firefighters four hours to control a fire at a Norbridge plastics factory.", True),
 ("Two workers were treated for smoke inhalation.", True),
 ("Two workers were killed in a fire at a plastics factory in Norbridge.", False),
 ("Fire crews took forty hours to control the blaze.", False),
 ("The fire was caused by an electrical fault.", False),
 ("Investigators have ruled out arson at the Norbridge factory.", False),
 ("Fire crews brought the blaze under control within an hour.", False),
 ("Two firefighters were treated for smoke inhalation.", False),
])
_add("Health officials in Carrow confirmed 14 new cases of measles on Wednesday, bringing the total this year to 63, and urged parents to check that their children were vaccinated.", [
 ("Carrow health officials confirmed 14 new measles cases, taking this year's total to 63.", True),
 ("Officials urged parents to make sure their children were vaccinated.", True),
 ("Health officials in Carrow confirmed 63 new cases of measles on Wednesday.", False),
 ("Health officials in Carrow confirmed 14 new cases of measles, bringing the total to 77.", False),
 ("Officials ordered parents to vaccinate their children.", False),
 ("Health officials in Carrow confirmed 14 measles deaths on Wednesday.", False),
 ("Health officials in Carrow confirmed 14 new cases of mumps on Wednesday.", False),
])
_add("Storm Elsa brought up to 40cm of snow to parts of northern Norland on Monday, closing more than 200 schools, and forecasters warned that temperatures could fall to -15C overnight.", [
 ("Storm Elsa dumped up to 40cm of snow on parts of northern Norland.", True),
 ("More than 200 schools were closed because of the storm.", True),
 ("Forecasters said temperatures could drop to -15C overnight.", True),
 ("Storm Elsa brought up to 40cm of rain to northern Norland.", False),
 ("Storm Elsa closed fewer than 200 schools.", False),
 ("Temperatures fell to -15C overnight.", False),
 ("Storm Elsa brought up to 40cm of snow to southern Norland.", False),
 ("Storm Elsa brought record snowfall to northern Norland.", False),
])
_add("A software fault at Brightnet left about 2 million customers without mobile internet for six hours on Tuesday, the company said, adding that it had ruled out a cyber attack.", [
 ("About 2 million Brightnet customers lost mobile internet for six hours on Tuesday.", True),
 ("Brightnet said a cyber attack was not to blame.", True),
 ("Brightnet said a cyber attack caused the outage.", False),
 ("About 2 million Brightnet customers lost mobile internet for six days.", False),
 ("About 20 million Brightnet customers lost mobile internet.", False),
 ("A hardware fault left Brightnet customers without mobile internet.", False),
 ("Brightnet said it was investigating whether a cyber attack caused the outage.", False),
])
_add("Police arrested three men on Thursday after a jewellery shop in Harlow was robbed at gunpoint; a fourth suspect is still being sought, and no one was hurt, officers said.", [
 ("Three men were arrested after an armed robbery at a Harlow jewellery shop.", True),
 ("Police are still looking for a fourth suspect.", True),
 ("No one was injured in the robbery, police said.", True),
 ("Police arrested four men after a jewellery shop in Harlow was robbed.", False),
 ("Police arrested three men after a bank in Harlow was robbed.", False),
 ("A shop worker was hurt in the robbery.", False),
 ("Police have arrested a fourth suspect.", False),
 ("Three men were charged after a jewellery shop in Harlow was robbed.", False),
])
_add("Ana Ruiz beat defending champion Mia Kovac 6-4, 3-6, 7-5 to win the Carrow Open on Sunday, her first title since returning from a knee injury.", [
 ("Ana Ruiz won the Carrow Open, beating Mia Kovac in three sets.", True),
 ("It was Ruiz's first title since her comeback from a knee injury.", True),
 ("Mia Kovac beat Ana Ruiz to win the Carrow Open.", False),
 ("Ana Ruiz beat Mia Kovac in straight sets to win the Carrow Open.", False),
 ("Ana Ruiz successfully defended her Carrow Open title.", False),
 ("It was Ana Ruiz's first title since returning from a shoulder injury.", False),
 ("Ana Ruiz beat Mia Kovac 6-4, 6-3, 7-5.", False),
])
_add("Orwin Bank reported a 12% rise in quarterly profit to £1.4 billion, beating analysts' forecasts, but warned that it expected bad loans to increase next year.", [
 ("Orwin Bank's quarterly profit rose 12% to £1.4 billion, ahead of analysts' forecasts.", True),
 ("The bank warned that bad loans were likely to increase next year.", True),
 ("Orwin Bank's quarterly profit fell 12% to £1.4 billion.", False),
 ("Orwin Bank's quarterly profit rose 12% to £1.4 billion, missing analysts' forecasts.", False),
 ("Orwin Bank reported a 12% rise in annual profit.", False),
 ("Orwin Bank said bad loans rose sharply this year.", False),
 ("Orwin Bank's quarterly profit rose 21% to £1.4 billion.", False),
])
_add("Train drivers at Norland Rail will strike on 3 and 4 March after talks over pay broke down, the union said, though it added that it was still open to further negotiations.", [
 ("Norland Rail train drivers will walk out on 3 and 4 March in a dispute over pay.", True),
 ("The union said it remained open to more talks.", True),
 ("Train drivers at Norland Rail went on strike on 3 and 4 March.", False),
 ("Train drivers at Norland Rail will strike on 3 and 4 May.", False),
 ("The union said it would refuse further negotiations.", False),
 ("Train drivers will strike after talks over working hours broke down.", False),
 ("Train drivers at Norland Rail called off their strike after agreeing a pay deal.", False),
])
_add("The city council appointed Grace Obi as its first female chief executive on Monday, replacing Paul Hart, who retired in June after 12 years in the post.", [
 ("Grace Obi became the council's first female chief executive.", True),
 ("Paul Hart retired in June after 12 years as chief executive.", True),
 ("Grace Obi replaced Paul Hart as chief executive, the council said.", True),
 ("Paul Hart was sacked as chief executive in June.", False),
 ("Grace Obi became the council's second female chief executive.", False),
 ("Paul Hart retired in June after 21 years in the post.", False),
 ("Paul Hart replaced Grace Obi as chief executive.", False),
 ("Grace Obi retired in June after 12 years in the post.", False),
])
_add("Marlow Foods is recalling about 40,000 jars of peanut butter sold in six states because they may be contaminated with salmonella, the Food Agency said on Friday. No illnesses have been reported.", [
 ("Marlow Foods is recalling some 40,000 jars of peanut butter over possible salmonella contamination.", True),
 ("No illnesses linked to the peanut butter have been reported.", True),
 ("The jars were sold in six states, the Food Agency said.", True),
 ("Marlow Foods is recalling peanut butter that is contaminated with salmonella.", False),
 ("Several people fell ill after eating Marlow Foods peanut butter.", False),
 ("Marlow Foods is recalling about 400,000 jars of peanut butter.", False),
 ("The jars were sold in 16 states.", False),
 ("The Food Agency is recalling about 40,000 jars of Marlow Foods peanut butter.", False),
])
_add("The Supreme Court of Valdoria struck down a law on Tuesday that banned protests outside parliament, ruling by five votes to two that it breached the right to free assembly.", [
 ("Valdoria's Supreme Court overturned a ban on protests outside parliament.", True),
 ("The court ruled 5-2 that the law breached the right to free assembly.", True),
 ("The Supreme Court of Valdoria upheld a law banning protests outside parliament.", False),
 ("The court ruled unanimously that the law breached the right to free assembly.", False),
 ("The Supreme Court ruled by five votes to two that the law was lawful.", False),
 ("The Supreme Court struck down a law that banned protests outside courts.", False),
 ("Parliament struck down a law that banned protests.", False),
])
_add("Actor Sam Reid, who starred in the long-running police drama Night Watch, has died at the age of 78 after a short illness, his family said on Sunday.", [
 ("Sam Reid, star of the police drama Night Watch, has died aged 78.", True),
 ("Reid died after a short illness, his family announced.", True),
 ("Sam Reid died at the age of 87.", False),
 ("Sam Reid died suddenly in a car crash.", False),
 ("Sam Reid, who directed the police drama Night Watch, has died.", False),
 ("Sam Reid's agent announced his death on Sunday.", False),
 ("Sam Reid died after a long illness, his family said.", False),
])
_add("Kestrel City are in talks to sign striker Leo Marsh from Brusa FC for about £25 million, according to people familiar with the negotiations, though no deal has been agreed.", [
 ("Kestrel City are in talks to sign Leo Marsh from Brusa FC for around £25 million.", True),
 ("No deal has yet been agreed for Leo Marsh, people familiar with the talks said.", True),
 ("Kestrel City have signed Leo Marsh from Brusa FC for £25 million.", False),
 ("Kestrel City have agreed a £25 million deal for Leo Marsh.", False),
 ("Brusa FC are in talks to sign Leo Marsh from Kestrel City.", False),
 ("Kestrel City confirmed they are in talks to sign Leo Marsh.", False),
 ("Kestrel City are in talks to sign Leo Marsh for about £52 million.", False),
])
_add("A poll of 1,200 voters by Orbit Research put the Labour Party on 34%, three points ahead of the Conservatives, with the Liberal Democrats third on 14%; the margin of error was three points.", [
 ("Labour leads the Conservatives by three points in an Orbit Research poll.", True),
 ("The Liberal Democrats were third on 14%.", True),
 ("The poll put the Conservatives on 31%.", True),
 ("The Conservatives lead Labour by three points.", False),
 ("Labour is on 34%, ten points ahead of the Conservatives.", False),
 ("The Liberal Democrats were second on 14%.", False),
 ("The poll of 12,000 voters put Labour on 34%.", False),
 ("Labour won 34% of the vote.", False),
])
_add("Investigators said the plane's engines were working normally when it crashed shortly after take-off near Brusa on Friday, killing all 42 people on board, and that the flight recorders had been recovered.", [
 ("Investigators said the plane's engines were working normally before the crash.", True),
 ("All 42 people on board died when the plane crashed near Brusa.", True),
 ("The flight recorders have been recovered, investigators said.", True),
 ("Investigators said an engine failure caused the crash.", False),
 ("Two of the 42 people on board survived the crash.", False),
 ("The plane crashed shortly before landing near Brusa.", False),
 ("Investigators are still searching for the flight recorders.", False),
 ("The plane crashed on Friday, killing all 24 people on board.", False),
])
_add("The number of people arriving in Norland to live rose to 210,000 last year, up from 180,000 in 2023, while the number leaving fell slightly to 95,000, official figures showed on Thursday.", [
 ("Immigration to Norland rose to 210,000 last year from 180,000 in 2023.", True),
 ("The number of people leaving Norland fell slightly to 95,000.", True),
 ("The number of people arriving in Norland fell to 210,000 last year.", False),
 ("The number of people leaving Norland rose to 95,000.", False),
 ("The number of people arriving in Norland rose by 30,000 to 240,000.", False),
 ("The number of people leaving Norland fell sharply to 95,000.", False),
 ("The number of people arriving in Norland rose to 210,000 this year.", False),
])
_add("Carrow City Council approved a budget of £1.2 billion for next year on Wednesday that raises council tax by 4.9% and cuts funding for libraries by a fifth, after a vote of 31 to 22.", [
 ("Carrow councillors approved a £1.2 billion budget for next year by 31 votes to 22.", True),
 ("The budget raises council tax by 4.9% and cuts library funding by 20%.", True),
 ("The budget cuts council tax by 4.9%.", False),
 ("The budget cuts funding for libraries by a quarter.", False),
 ("Carrow City Council rejected a budget of £1.2 billion.", False),
 ("The council approved the budget by 31 votes to 12.", False),
 ("The budget raises funding for libraries by a fifth.", False),
])
_add("Norland's unemployment rate fell to 4.1% in October from 4.3% in September, the lowest level since 2019, while average wages rose 5.2% over the year, the statistics office said on Tuesday.", [
 ("Norland's jobless rate dropped to 4.1% in October, its lowest since 2019.", True),
 ("Average wages in Norland rose 5.2% over the year, the statistics office said.", True),
 ("Norland's unemployment rate rose to 4.1% in October.", False),
 ("Norland's unemployment rate fell to 4.1% in September.", False),
 ("Norland's unemployment rate fell to its lowest level on record.", False),
 ("Average wages in Norland fell 5.2% over the year.", False),
 ("Norland's unemployment rate fell to 4.3% in October.", False),
 ("The central bank said average wages rose 5.2%.", False),
])
_add("Two climbers were rescued on Saturday after spending a night stranded on Ben Carrow in freezing fog, mountain rescue volunteers said; one was taken to hospital with mild hypothermia.", [
 ("Two climbers stranded overnight on Ben Carrow were rescued on Saturday.", True),
 ("One of the climbers was treated in hospital for mild hypothermia.", True),
 ("Three climbers were rescued from Ben Carrow on Saturday.", False),
 ("Both climbers were taken to hospital with hypothermia.", False),
 ("One of the climbers died of hypothermia.", False),
 ("Police said two climbers were rescued from Ben Carrow.", False),
 ("One climber was taken to hospital with severe hypothermia.", False),
])
_add("Orwin Pharma's shares fell 18% on Wednesday after regulators rejected its application to sell a new migraine drug, saying the company had not provided enough evidence that it was safe.", [
 ("Orwin Pharma shares dropped 18% after regulators turned down its migraine drug.", True),
 ("Regulators said Orwin Pharma had not shown enough evidence that the drug was safe.", True),
 ("Orwin Pharma's shares rose 18% after regulators approved its migraine drug.", False),
 ("Regulators rejected the drug, saying it was unsafe.", False),
 ("Orwin Pharma's shares fell 8% on Wednesday.", False),
 ("Regulators rejected Orwin Pharma's application to sell a new cancer drug.", False),
 ("Orwin Pharma withdrew its application to sell a new migraine drug.", False),
])
_add("The mayor of Harlow, Dan Pryce, said on Monday that the city would ban diesel buses from its centre from 2027, two years later than he had promised during his campaign.", [
 ("Harlow will ban diesel buses from the city centre from 2027, Mayor Dan Pryce said.", True),
 ("The ban comes two years later than Pryce had promised in his campaign.", True),
 ("Harlow has banned diesel buses from its centre.", False),
 ("Harlow will ban diesel buses from its centre from 2025.", False),
 ("Dan Pryce said the ban would come two years earlier than promised.", False),
 ("Harlow will ban all buses from its centre from 2027.", False),
 ("Harlow will ban diesel cars from its centre from 2027.", False),
])
_add("A court in Brusa sentenced former minister Ivo Lang to eight years in prison on Thursday for taking bribes worth €2 million, though his lawyers said he would appeal.", [
 ("Former minister Ivo Lang was jailed for eight years for taking €2 million in bribes.", True),
 ("Lang's lawyers said he would appeal against the sentence.", True),
 ("Ivo Lang was sentenced to eighteen years in prison.", False),
 ("Ivo Lang was sentenced to eight years for paying bribes worth €2 million.", False),
 ("Ivo Lang has appealed against his sentence.", False),
 ("Ivo Lang was acquitted of taking bribes.", False),
 ("Ivo Lang was given a suspended sentence for taking bribes.", False),
 ("Ivo Lang was sentenced to eight years for taking bribes worth $2 million.", False),
])
_add("About 300 workers at the Kestrel car plant in Carrow will lose their jobs after the company said it would move production of its electric van to Spain next year.", [
 ("Around 300 jobs will go at Kestrel's Carrow plant as van production moves to Spain.", True),
 ("Kestrel said it would move production of its electric van to Spain next year.", True),
 ("About 3,000 workers at the Kestrel plant will lose their jobs.", False),
 ("Kestrel will move production of its electric van to Portugal.", False),
 ("About 300 workers at the Kestrel plant have lost their jobs.", False),
 ("Kestrel will move production of its electric van from Spain to Carrow.", False),
 ("Kestrel will hire about 300 workers at its Carrow plant.", False),
])
_add("The city's only children's hospital will close its accident and emergency unit at night from April because of a shortage of nurses, the health board said, and patients will be sent to Norbridge instead.", [
 ("The children's hospital will shut its A&E unit overnight from April due to a lack of nurses.", True),
 ("Patients will be sent to Norbridge instead, the health board said.", True),
 ("The children's hospital will close its accident and emergency unit from April.", False),
 ("The hospital will close its A&E unit at night because of a shortage of doctors.", False),
 ("The children's hospital will close its A&E unit at night from June.", False),
 ("Patients will be sent to Norbridge during the day.", False),
 ("The hospital has already closed its A&E unit at night.", False),
])
_add("Flooding closed 40 roads across Carrow on Sunday after more than a month's rain fell in 24 hours, and about 150 homes were evacuated, the council said.", [
 ("More than a month's rain fell in 24 hours in Carrow, closing 40 roads.", True),
 ("About 150 homes were evacuated, the council said.", True),
 ("Flooding closed 14 roads across Carrow on Sunday.", False),
 ("About 1,500 homes were evacuated.", False),
 ("More than a week's rain fell in 24 hours.", False),
 ("About 150 people were evacuated from their homes.", False),
 ("Flooding closed 40 roads across Carrow on Saturday.", False),
])
_add("\"We will not raise taxes on working families,\" Finance Minister Rosa Alvarez told parliament on Tuesday, while opposition leader Tom Keane said the government's figures did not add up.", [
 ("Rosa Alvarez told parliament the government would not raise taxes on working families.", True),
 ("Opposition leader Tom Keane said the government's figures did not add up.", True),
 ("Tom Keane said the government would not raise taxes on working families.", False),
 ("Rosa Alvarez said the government's figures did not add up.", False),
 ("Rosa Alvarez told parliament the government would raise taxes on working families.", False),
 ("Rosa Alvarez told parliament on Thursday that taxes would not rise.", False),
 ("Prime Minister Rosa Alvarez said the government would not raise taxes on working families.", False),
])
_add("The airline reportedly plans to cut about 1,000 jobs, according to two people familiar with the matter, though a spokesman declined to comment.", [
 ("The airline is reported to be planning about 1,000 job cuts.", True),
 ("A spokesman for the airline declined to comment.", True),
 ("The airline will cut about 1,000 jobs.", False),
 ("The airline's spokesman said it plans to cut about 1,000 jobs.", False),
 ("The airline has cut about 1,000 jobs.", False),
 ("The airline reportedly plans to cut about 10,000 jobs.", False),
 ("The airline reportedly plans to hire about 1,000 workers.", False),
])
_add("Support for the Green Alliance rose by four percentage points to 19% in the latest Orbit poll, while the Liberal Party slipped two points to 27%.", [
 ("Support for the Green Alliance rose four points to 19%.", True),
 ("The Liberal Party fell two points to 27% in the Orbit poll.", True),
 ("Support for the Green Alliance rose by 4% to 19%.", False),
 ("Support for the Green Alliance rose to 23%.", False),
 ("The Liberal Party rose two points to 27%.", False),
 ("The Green Alliance overtook the Liberal Party in the latest Orbit poll.", False),
 ("Support for the Liberal Party rose by four percentage points to 19%.", False),
])
_add("Doctors at Carrow Hospital carried out the country's first womb transplant from a deceased donor last month, and the patient, a 34-year-old teacher, is recovering well, the hospital said on Friday.", [
 ("Carrow Hospital performed the country's first womb transplant from a deceased donor.", True),
 ("The patient, a 34-year-old teacher, is recovering well.", True),
 ("Carrow Hospital performed the world's first womb transplant from a deceased donor.", False),
 ("Carrow Hospital performed the country's first womb transplant from a living donor.", False),
 ("The patient, a 43-year-old teacher, is recovering well.", False),
 ("The patient is in a critical condition, the hospital said.", False),
 ("Doctors at Carrow Hospital carried out the transplant on Friday.", False),
])
_add("Harlow police have charged a 41-year-old man with dangerous driving after a cyclist was seriously injured in a collision on the A12 on Saturday; the cyclist remains in hospital in a stable condition.", [
 ("A 41-year-old man has been charged with dangerous driving after a cyclist was seriously hurt on the A12.", True),
 ("The cyclist is in a stable condition in hospital.", True),
 ("A 41-year-old man has been convicted of dangerous driving.", False),
 ("A 41-year-old cyclist has been charged with dangerous driving.", False),
 ("The cyclist died in hospital after the collision.", False),
 ("A 41-year-old man has been charged with causing death by dangerous driving.", False),
 ("The cyclist was slightly injured in the collision.", False),
])
_add("Kestrel Air will start flights between Harlow and Lisbon in June, three times a week, the airline said on Monday, becoming the first carrier to fly the route since 2019.", [
 ("Kestrel Air will launch a Harlow–Lisbon service in June, flying three times a week.", True),
 ("No airline has flown between Harlow and Lisbon since 2019.", True),
 ("Kestrel Air will start daily flights between Harlow and Lisbon in June.", False),
 ("Kestrel Air will start flights between Harlow and Lisbon in July.", False),
 ("Kestrel Air has started flights between Harlow and Lisbon.", False),
 ("Kestrel Air will stop flying between Harlow and Lisbon in June.", False),
 ("Kestrel Air will start flights between Harlow and Madrid in June.", False),
])
_add("The teachers' union said 72% of its members had voted to accept the pay offer of 5.5%, on a turnout of 58%, ending a dispute that had closed schools on six days since January.", [
 ("Teachers voted to accept a 5.5% pay offer, ending a dispute that closed schools on six days.", True),
 ("72% of union members who voted backed the pay offer.", True),
 ("The teachers' union said 58% of its members voted to accept the pay offer.", False),
 ("Teachers voted to reject the pay offer of 5.5%.", False),
 ("Teachers voted to accept a pay offer of 7.2%.", False),
 ("The dispute had closed schools on sixteen days since January.", False),
 ("The union said the dispute would continue.", False),
])
_add("Police in Brusa said they had found no evidence that the fire at the city's main library was started deliberately, and that an electrical fault was the most likely cause.", [
 ("Police said an electrical fault most likely caused the fire at Brusa's main library.", True),
 ("Police found no evidence the library fire was started deliberately.", True),
 ("Police said the fire at Brusa's main library was started deliberately.", False),
 ("Police said an electrical fault caused the fire.", False),
 ("Police said the fire at the city's main museum was most likely caused by an electrical fault.", False),
 ("Firefighters said an electrical fault was the most likely cause.", False),
 ("Police have arrested a man on suspicion of starting the library fire.", False),
])
_add("Orbit Energy will raise its prices by 8% from 1 April, adding about £120 a year to a typical household bill, the company said, blaming higher wholesale gas costs.", [
 ("Orbit Energy will put its prices up 8% from 1 April, the company said.", True),
 ("The rise will add about £120 a year to a typical bill.", True),
 ("Orbit Energy will cut its prices by 8% from 1 April.", False),
 ("Orbit Energy raised its prices by 8% on 1 April.", False),
 ("The rise will add about £120 a month to a typical household bill.", False),
 ("Orbit Energy blamed higher wholesale electricity costs.", False),
 ("Orbit Energy will raise its prices by 8% from 1 May.", False),
])
_add("Three people were killed and 12 injured when a gas explosion destroyed a block of flats in Norbridge early on Sunday, fire officials said, adding that a search for two missing residents was continuing.", [
 ("A gas explosion at a Norbridge block of flats killed three people and injured 12.", True),
 ("Two residents are still missing, fire officials said.", True),
 ("Three people were killed and 21 injured in the explosion.", False),
 ("Twelve people were killed when a gas explosion destroyed a block of flats.", False),
 ("The search for two missing residents has been called off.", False),
 ("Police said three people were killed in the explosion.", False),
 ("A gas explosion damaged a block of flats in Norbridge late on Sunday.", False),
])
_add("The European Union agreed on Thursday to ban the sale of new petrol cars from 2035, after Germany dropped its objection in exchange for an exemption for cars that run on synthetic fuels.", [
 ("The EU agreed to ban sales of new petrol cars from 2035.", True),
 ("Germany dropped its objection after winning an exemption for cars running on synthetic fuels.", True),
 ("The EU agreed to ban the sale of new petrol cars from 2030.", False),
 ("Germany blocked the EU's ban on new petrol cars.", False),
 ("The EU agreed to ban the sale of all petrol cars from 2035.", False),
 ("France dropped its objection in exchange for an exemption for synthetic fuels.", False),
 ("The EU ban includes cars that run on synthetic fuels.", False),
])
_add("Harlow Town sacked manager Ben Cole on Monday after a run of seven defeats in eight games left the club second from bottom, and named his assistant Amy Reed as caretaker.", [
 ("Harlow Town dismissed Ben Cole after seven defeats in eight games.", True),
 ("Assistant Amy Reed will take charge as caretaker.", True),
 ("Ben Cole resigned as Harlow Town manager on Monday.", False),
 ("Harlow Town sacked Ben Cole after eight defeats in seven games.", False),
 ("Harlow Town named Amy Reed as permanent manager.", False),
 ("Harlow Town are bottom of the league.", False),
 ("Harlow Town sacked assistant manager Amy Reed.", False),
])
_add("The Competition Authority blocked Vantor Group's £3.2 billion takeover of rival grocer Kellmart on Tuesday, saying the deal would have pushed up prices for shoppers in 140 towns; Vantor said it was considering an appeal.", [
 ("The Competition Authority blocked Vantor's £3.2bn bid for Kellmart.", True),
 ("Vantor said it was weighing an appeal against the decision.", True),
 ("The Competition Authority approved Vantor Group's takeover of Kellmart.", False),
 ("Kellmart's £3.2 billion takeover of Vantor Group was blocked.", False),
 ("Vantor said it would appeal against the decision.", False),
 ("The authority said the deal would have pushed up prices in 410 towns.", False),
 ("The Competition Authority blocked the takeover on Thursday.", False),
 ("The authority said the deal would have cut prices for shoppers.", False),
])
_add("A jury at Norbridge Crown Court cleared nurse Helen Marsh of two counts of wilful neglect on Friday, but could not reach a verdict on a third count, which prosecutors said they would not pursue.", [
 ("Nurse Helen Marsh was found not guilty of two counts of wilful neglect.", True),
 ("Prosecutors said they would not seek a retrial on the third count.", True),
 ("Helen Marsh was convicted of two counts of wilful neglect.", False),
 ("Helen Marsh was cleared of three counts of wilful neglect.", False),
 ("Prosecutors said they would seek a retrial on the third count.", False),
 ("The jury found Helen Marsh guilty on a third count.", False),
 ("A judge cleared Helen Marsh of two counts of wilful neglect.", False),
])
_add("About 2,000 residents were ordered to leave their homes as a wildfire spread across 600 hectares of forest near Elm Ridge, where firefighters said strong winds were hampering efforts to contain the blaze.", [
 ("Some 2,000 residents were told to evacuate as the fire spread over 600 hectares.", True),
 ("Firefighters said strong winds were making the blaze harder to contain.", True),
 ("About 2,000 residents were advised to leave their homes.", False),
 ("The wildfire spread across 6,000 hectares of forest.", False),
 ("Firefighters said the blaze had been contained.", False),
 ("Firefighters said strong winds had helped them contain the blaze.", False),
 ("About 2,000 firefighters were sent to Elm Ridge.", False),
])
_add("The central bank held its main interest rate at 4.75% for a third meeting in a row, though two of the nine policymakers voted for a cut, and governor Lena Brandt said rates could fall later in the year if inflation kept easing.", [
 ("The central bank kept rates at 4.75%, with two of nine policymakers backing a cut.", True),
 ("Lena Brandt said rates could come down later in the year if inflation kept easing.", True),
 ("The central bank cut its main interest rate to 4.75%.", False),
 ("Two of the nine policymakers voted for a rate rise.", False),
 ("Lena Brandt said rates would fall later in the year.", False),
 ("The central bank held rates for a fourth meeting in a row.", False),
 ("The policymakers voted unanimously to hold rates at 4.75%.", False),
 ("Governor Lena Brandt voted for a cut.", False),
])
_add("\"This is a dark day for our members,\" said Mark Ellis, general secretary of the rail union, after Transline confirmed it would close its Carrow depot with the loss of 320 jobs. A Transline spokeswoman said the closure was \"regrettable but unavoidable\".", [
 ("Transline confirmed it would close its Carrow depot, cutting 320 jobs.", True),
 ("Mark Ellis called it a dark day for union members.", True),
 ("A Transline spokeswoman said the closure was \"a dark day for our members\".", False),
 ("Mark Ellis said the closure was \"regrettable but unavoidable\".", False),
 ("Transline said it might close its Carrow depot.", False),
 ("Transline confirmed it would close its Carrow depot with the loss of 230 jobs.", False),
 ("Transline confirmed it would expand its Carrow depot, creating 320 jobs.", False),
])
_add("Researchers at Vell University found that people who walked at least 7,000 steps a day had a 47% lower risk of dying over the study period than those who walked fewer than 4,000, though they cautioned that the study could not prove cause and effect.", [
 ("People who walked 7,000 or more steps a day had a 47% lower risk of dying, the Vell University study found.", True),
 ("The researchers said the study could not show that walking caused the lower risk.", True),
 ("Walking 7,000 steps a day cuts the risk of dying by 47%, researchers proved.", False),
 ("People who walked at least 4,000 steps a day had a 47% lower risk of dying.", False),
 ("People who walked at least 7,000 steps a day had a 74% lower risk of dying.", False),
 ("People who walked at least 7,000 steps a day had a 47% higher risk of dying.", False),
 ("Researchers at Vell University found that walking 7,000 steps a day doubled life expectancy.", False),
])
_add("Israel and Hamas agreed to a six-week ceasefire on Sunday under a deal brokered by Qatar and Egypt, with the first 33 hostages to be freed in exchange for hundreds of Palestinian prisoners; the truce could be extended if talks on a second phase succeed, officials said.", [
 ("Israel and Hamas agreed a six-week truce brokered by Qatar and Egypt.", True),
 ("The ceasefire could be extended if talks on a second phase succeed, officials said.", True),
 ("Israel and Hamas agreed to a six-month ceasefire on Sunday.", False),
 ("The deal was brokered by Qatar and Saudi Arabia.", False),
 ("The ceasefire will be extended after the second phase of talks.", False),
 ("The first 33 Palestinian prisoners will be freed in exchange for hundreds of hostages.", False),
 ("Israel and Hamas rejected a six-week ceasefire on Sunday.", False),
])
_add("Waiting lists for routine hospital treatment in Norland fell for a third month in a row to 6.9 million in March, the health department said, but the number of patients waiting more than a year rose to 310,000, from 295,000 in February.", [
 ("Waiting lists for routine treatment in Norland fell to 6.9 million in March.", True),
 ("The number waiting over a year rose to 310,000 from 295,000 in February.", True),
 ("Waiting lists for routine hospital treatment in Norland rose to 6.9 million in March.", False),
 ("The number of patients waiting more than a year fell to 310,000.", False),
 ("Waiting lists fell for a fourth month in a row.", False),
 ("Waiting lists fell to 9.6 million in March.", False),
 ("The number of patients waiting more than a year rose to 295,000.", False),
])
_add("Kestrel City came from two goals down to beat Harlow United 3-2 on Saturday, with Leo Marsh scoring twice before an own goal by Harlow defender Sam Okafor settled the match in stoppage time.", [
 ("Kestrel City came back from 2-0 down to beat Harlow United 3-2.", True),
 ("Leo Marsh scored twice for Kestrel City.", True),
 ("Harlow United beat Kestrel City 3-2 on Saturday.", False),
 ("Sam Okafor scored the winner for Kestrel City.", False),
 ("Leo Marsh scored a hat-trick as Kestrel City beat Harlow United.", False),
 ("Kestrel City beat Harlow United 3-2 after leading by two goals.", False),
 ("Harlow defender Leo Marsh scored an own goal.", False),
])
_add("Shares in Orwin Retail fell 14% on Thursday after the company warned that annual profit would be about £40 million lower than expected, blaming weak Christmas sales, and said chief executive Dana Pryce would step down in June.", [
 ("Orwin Retail shares dropped 14% after a profit warning.", True),
 ("Dana Pryce will step down as chief executive in June, the company said.", True),
 ("Shares in Orwin Retail rose 14% on Thursday.", False),
 ("Orwin Retail said annual profit would be about £40 million higher than expected.", False),
 ("Orwin Retail blamed strong Christmas sales.", False),
 ("Dana Pryce stepped down as chief executive on Thursday.", False),
 ("Orwin Retail said annual profit would be about £14 million lower than expected.", False),
 ("Orwin Retail sacked chief executive Dana Pryce.", False),
])
_add("A 19-year-old man has been arrested on suspicion of murder after a 52-year-old woman was found dead at a house in Elm Road, Carrow, on Tuesday morning, police said, adding that the two were known to each other.", [
 ("Police arrested a 19-year-old man on suspicion of murder after a woman was found dead in Carrow.", True),
 ("Police said the man and the woman knew each other.", True),
 ("A 19-year-old man has been charged with murder.", False),
 ("A 52-year-old man has been arrested on suspicion of murder.", False),
 ("A 19-year-old woman was found dead at a house in Elm Road.", False),
 ("Police said the two were strangers.", False),
 ("A 19-year-old man has been arrested on suspicion of manslaughter.", False),
])
_add("Global temperatures are likely to exceed 1.5C above pre-industrial levels for at least one of the next five years, the World Meteorological Organization said, though it stressed that this would not mean the Paris Agreement limit had been permanently breached.", [
 ("The WMO said temperatures will probably pass 1.5C above pre-industrial levels in at least one of the next five years.", True),
 ("A single year above 1.5C would not mean the Paris limit had been permanently breached, the WMO said.", True),
 ("Global temperatures will exceed 1.5C above pre-industrial levels in each of the next five years.", False),
 ("The World Meteorological Organization said the Paris Agreement limit had been permanently breached.", False),
 ("Global temperatures are likely to exceed 2C above pre-industrial levels.", False),
 ("Global temperatures will exceed 1.5C above pre-industrial levels within five years.", False),
 ("The United Nations Environment Programme said temperatures were likely to exceed 1.5C.", False),
])
_add("Regulators approved the weight-loss drug Levora for adults on Wednesday but declined to extend the approval to teenagers, saying there was not yet enough evidence of its safety in younger patients.", [
 ("Levora was approved for adults, but not for teenagers.", True),
 ("Regulators said there was not yet enough evidence that Levora is safe for younger patients.", True),
 ("Regulators approved Levora for adults and teenagers.", False),
 ("Regulators rejected the weight-loss drug Levora for adults.", False),
 ("Regulators said Levora was unsafe for teenagers.", False),
 ("Regulators approved Levora for teenagers on Wednesday.", False),
 ("Regulators approved the diabetes drug Levora for adults.", False),
])
_add("Technology group Corvex will cut up to 1,200 jobs, about 8% of its workforce, chief executive Mira Shah told staff in an email on Monday, adding that most of the cuts would fall in its sales division.", [
 ("Corvex plans to cut as many as 1,200 jobs, roughly 8% of its staff.", True),
 ("Mira Shah said most of the cuts would be in the sales division.", True),
 ("Corvex will cut 1,200 jobs, about 12% of its workforce.", False),
 ("Corvex will cut at least 1,200 jobs.", False),
 ("Mira Shah said most of the cuts would fall in the engineering division.", False),
 ("Corvex will hire up to 1,200 people.", False),
 ("Corvex chairman Mira Shah told staff about the cuts.", False),
])
_add("The launch of the Aster-2 weather satellite, planned for Thursday, has been postponed by at least a week after engineers found a fault in a fuel valve, the space agency said; no new date has been set.", [
 ("The Aster-2 launch has been delayed by at least a week because of a fuel valve fault.", True),
 ("No new launch date has been set, the space agency said.", True),
 ("The Aster-2 weather satellite was launched on Thursday.", False),
 ("The launch has been postponed by a week and will now take place next Thursday.", False),
 ("The launch was postponed after engineers found a fault in the satellite's camera.", False),
 ("The launch of the Aster-2 weather satellite has been cancelled.", False),
 ("The launch has been postponed by at least a month.", False),
])
_add("\"We did everything we could,\" fire chief Owen Hale said after the blaze destroyed the 200-year-old Corn Exchange in Brusa overnight. Mayor Lisa Grant called the loss \"heartbreaking\" and promised the building would be rebuilt.", [
 ("Fire chief Owen Hale said firefighters had done everything they could.", True),
 ("Lisa Grant said the building would be rebuilt.", True),
 ("Mayor Lisa Grant said: \"We did everything we could.\"", False),
 ("Owen Hale called the loss heartbreaking.", False),
 ("The blaze damaged the 200-year-old Corn Exchange.", False),
 ("Mayor Lisa Grant said the building could not be rebuilt.", False),
 ("The blaze destroyed the 300-year-old Corn Exchange in Brusa.", False),
])
_add("Lena Voss, 58, was sentenced to four years in prison on Friday for defrauding elderly investors of more than £2 million, after a jury convicted her last month; her co-defendant, Paul Kerr, received a suspended sentence.", [
 ("Lena Voss was jailed for four years for defrauding elderly investors of over £2 million.", True),
 ("Paul Kerr was given a suspended sentence.", True),
 ("Lena Voss was sentenced to four years in prison after pleading guilty.", False),
 ("Paul Kerr was sentenced to four years in prison.", False),
 ("Lena Voss received a suspended sentence.", False),
 ("Lena Voss was sentenced to fourteen years in prison.", False),
 ("Lena Voss defrauded elderly investors of £2 million.", False),
])
_add("The Social Democrats won 31% of the vote in Sunday's election, ahead of the conservative Union on 27%, but will need at least two partners to form a government, party leader Erik Lund conceded.", [
 ("The Social Democrats came first with 31%, ahead of the Union on 27%.", True),
 ("Erik Lund conceded the party would need at least two partners to govern.", True),
 ("The Union won 31% of the vote, ahead of the Social Democrats.", False),
 ("The Social Democrats won a majority in Sunday's election.", False),
 ("The Social Democrats will form a government with two partners.", False),
 ("The Social Democrats won 37% of the vote.", False),
 ("Union leader Erik Lund conceded defeat.", False),
])
_add("Harbor Bank said on Tuesday it had agreed to pay £45 million to settle claims that it mis-sold insurance to small businesses, without admitting wrongdoing; the regulator said about 9,000 firms would receive refunds.", [
 ("Harbor Bank agreed a £45 million settlement over claims it mis-sold insurance to small businesses.", True),
 ("Harbor Bank did not admit wrongdoing, it said.", True),
 ("Harbor Bank admitted mis-selling insurance to small businesses.", False),
 ("Harbor Bank was fined £45 million by the regulator.", False),
 ("Harbor Bank agreed to pay £54 million to settle the claims.", False),
 ("The regulator said about 90,000 firms would receive refunds.", False),
 ("Harbor Bank said about 9,000 firms would receive refunds.", False),
])
_add("Two climbers were rescued from Ben Carrow on Saturday night after becoming stranded in heavy snow, mountain rescue volunteers said; one was treated for mild hypothermia and the other was unhurt.", [
 ("Mountain rescue volunteers rescued two climbers stranded by heavy snow on Ben Carrow.", True),
 ("One of the climbers was treated for mild hypothermia, the volunteers said.", True),
 ("Both climbers were treated for hypothermia.", False),
 ("Two climbers died after becoming stranded in heavy snow on Ben Carrow.", False),
 ("Three climbers were rescued from Ben Carrow on Saturday night.", False),
 ("One climber was treated for severe hypothermia.", False),
 ("Police said two climbers were rescued from Ben Carrow.", False),
])
_add("The city council voted to raise parking charges in the centre by 20p an hour from April, rejecting a proposal from opposition councillors to scrap evening charges altogether.", [
 ("Parking in the city centre will cost 20p an hour more from April after a council vote.", True),
 ("The council rejected an opposition proposal to scrap evening parking charges.", True),
 ("The council voted to scrap evening parking charges.", False),
 ("The council voted to raise parking charges by 20p a day from April.", False),
 ("The council voted to cut parking charges in the centre by 20p an hour.", False),
 ("Opposition councillors proposed raising parking charges by 20p an hour.", False),
 ("The council voted to raise parking charges from May.", False),
])
_add("Nurses at Calder General Hospital voted by 78% to 22% to strike over pay, on a turnout of 61%, the Royal College of Nursing said on Monday; the hospital's trust said planned operations would go ahead.", [
 ("Nurses at Calder General Hospital voted to strike over pay, the Royal College of Nursing said.", True),
 ("78% of nurses at Calder General voted for a strike over pay.", True),
 ("The hospital trust said planned operations would go ahead.", True),
 ("Nurses at Calder General Hospital voted to strike over pay on a turnout of 78%.", False),
 ("Nurses at Calder General Hospital voted by 61% to strike over pay.", False),
 ("The Royal College of Nursing said planned operations would be cancelled.", False),
 ("Nurses at Calder General Hospital voted against strike action over pay.", False),
 ("Nurses at Calder General Hospital went on strike over pay on Monday.", False),
 ("The hospital's trust said planned operations would go ahead, the Royal College of Nursing said.", False),
])
_add("The Bank of Norland held interest rates at 4.5% on Thursday, but two of the nine members of its rate-setting committee voted for a cut to 4.25%, the first split since March.", [
 ("The Bank of Norland kept interest rates at 4.5% on Thursday.", True),
 ("Two of the Bank of Norland's nine rate-setters voted for a cut to 4.25%.", True),
 ("The Bank of Norland cut interest rates to 4.25% on Thursday.", False),
 ("Two of the nine members voted to raise rates to 4.75%.", False),
 ("Seven of the nine members voted for a cut to 4.25%.", False),
 ("The committee voted unanimously to hold rates at 4.5%.", False),
 ("The vote was the first split since May.", False),
 ("The Bank of Norland held interest rates at 4.25% on Thursday.", False),
])
_add("The cargo ship Marla Grey ran aground off the Tarn peninsula on Sunday after losing engine power in a storm; all 19 crew were airlifted to safety, and the coastguard said there was no sign of fuel leaking.", [
 ("All 19 crew of the Marla Grey were airlifted to safety after the ship ran aground off the Tarn peninsula.", True),
 ("The coastguard said there was no sign of fuel leaking from the Marla Grey.", True),
 ("The Marla Grey lost engine power in a storm before running aground.", True),
 ("The Marla Grey ran aground after colliding with another vessel in a storm.", False),
 ("Nineteen crew were missing after the Marla Grey ran aground.", False),
 ("The coastguard said fuel was leaking from the Marla Grey.", False),
 ("The Marla Grey sank off the Tarn peninsula on Sunday.", False),
 ("All 19 crew of the Marla Grey were rescued by lifeboat.", False),
 ("The Marla Grey ran aground off the Tarn peninsula on Saturday.", False),
])
_add("The Court of Appeal overturned Daniel Roe's conviction for manslaughter on Wednesday, ruling that the trial judge had misdirected the jury, and ordered a retrial; Roe will remain in custody until then.", [
 ("The Court of Appeal quashed Daniel Roe's manslaughter conviction and ordered a retrial.", True),
 ("Daniel Roe will stay in custody until his retrial.", True),
 ("The Court of Appeal upheld Daniel Roe's conviction for manslaughter.", False),
 ("Daniel Roe was released from custody after his conviction was overturned.", False),
 ("The Court of Appeal overturned Daniel Roe's conviction for murder.", False),
 ("The Court of Appeal ruled that the jury had misdirected the trial judge.", False),
 ("The Court of Appeal overturned Daniel Roe's conviction and cleared him of manslaughter.", False),
])
_add("Brightwell Foods is recalling 40,000 jars of its peanut butter after traces of glass were found in a batch made at its Ashby plant, the Food Standards Agency said; no injuries have been reported.", [
 ("Brightwell Foods is recalling 40,000 jars of peanut butter over traces of glass.", True),
 ("No injuries have been reported, the Food Standards Agency said.", True),
 ("Brightwell Foods is recalling 4,000 jars of peanut butter over traces of glass.", False),
 ("Several people were injured by glass in Brightwell Foods peanut butter.", False),
 ("Brightwell Foods is recalling 40,000 jars of peanut butter over traces of metal.", False),
 ("The Food Standards Agency is recalling 40,000 jars of Brightwell Foods peanut butter after traces of glass were found in a batch made at its Ashby plant.", False),
 ("Brightwell Foods has closed its Ashby plant after traces of glass were found.", False),
 ("Brightwell Foods is recalling 40,000 jars of its jam after traces of glass were found.", False),
])
_add("Researchers at Halden University found that adults who walked at least 7,000 steps a day had a 30% lower risk of heart disease than those who walked fewer than 4,000, though the study could not show that walking caused the difference.", [
 ("Adults walking at least 7,000 steps a day had a 30% lower risk of heart disease, a Halden University study found.", True),
 ("The study could not show that walking caused the lower risk.", True),
 ("Walking at least 7,000 steps a day cuts the risk of heart disease by 30%, the study showed.", False),
 ("Adults who walked at least 7,000 steps a day had a 30% higher risk of heart disease.", False),
 ("Adults who walked at least 7,000 steps a day had a 13% lower risk of heart disease.", False),
 ("Adults who walked at least 4,000 steps a day had a 30% lower risk of heart disease.", False),
 ("Adults who walked at least 7,000 steps a day had a 30% lower risk of cancer.", False),
])
_add("The Competition Authority cleared Norvik Telecom's £3.1 billion takeover of rival Bluefen on Wednesday, on condition that it sells 400 of Bluefen's phone masts, ending a nine-month investigation.", [
 ("The Competition Authority approved Norvik Telecom's £3.1 billion takeover of Bluefen on condition that it sells 400 masts.", True),
 ("The Competition Authority's investigation into the deal lasted nine months.", True),
 ("The Competition Authority cleared Norvik Telecom's takeover of Bluefen without conditions.", False),
 ("The Competition Authority blocked Norvik Telecom's £3.1 billion takeover of Bluefen.", False),
 ("Bluefen's £3.1 billion takeover of Norvik Telecom was cleared on Wednesday.", False),
 ("Norvik Telecom must sell 4,000 of Bluefen's phone masts.", False),
 ("The Competition Authority cleared the takeover after a six-month investigation.", False),
 ("Norvik Telecom must buy 400 phone masts from Bluefen.", False),
])
_add("A passenger train derailed near Hollin on Tuesday evening, injuring 12 people, two of them seriously, the rail accident branch said; it is the first derailment on the line since 1994.", [
 ("Twelve people were injured when a passenger train derailed near Hollin on Tuesday.", True),
 ("Two of the 12 people injured in the Hollin derailment were seriously hurt.", True),
 ("It was the line's first derailment since 1994, the rail accident branch said.", True),
 ("Twelve people were seriously injured when a train derailed near Hollin.", False),
 ("Two people were killed when a passenger train derailed near Hollin.", False),
 ("It was the first derailment ever on the line.", False),
 ("A passenger train derailed near Hollin on Tuesday morning.", False),
 ("It was the first derailment on the line since 1984.", False),
])
_add("Temperatures reached 38.4C at Marden on Sunday, the second-highest ever recorded in Norland, short of the record of 39.1C set at Ebbe in 2022, the weather service said.", [
 ("Marden recorded 38.4C on Sunday, the second-highest temperature on record in Norland.", True),
 ("Norland's record temperature is 39.1C, set at Ebbe in 2022.", True),
 ("Marden set a new national record of 38.4C on Sunday.", False),
 ("Temperatures reached 39.1C at Marden on Sunday.", False),
 ("The record of 39.1C was set at Marden in 2022.", False),
 ("Temperatures reached 38.4C at Marden, the highest ever recorded in Norland.", False),
 ("The record of 39.1C was set at Ebbe in 2020.", False),
])
_add("Thieves took jewellery worth an estimated £2 million from the Pell Museum in a night-time raid, police said; a 34-year-old man has been arrested on suspicion of burglary and released on bail.", [
 ("Thieves stole jewellery worth an estimated £2 million from the Pell Museum, police said.", True),
 ("A 34-year-old man was arrested on suspicion of burglary and has been released on bail.", True),
 ("Thieves stole £2 million in cash from the Pell Museum.", False),
 ("A 34-year-old man has been charged with burglary.", False),
 ("A 34-year-old man remains in custody after the raid on the Pell Museum.", False),
 ("Thieves took jewellery worth an estimated £20 million from the Pell Museum.", False),
 ("The raid on the Pell Museum took place during the day.", False),
])
_add("Mayor Tom Ashe resigned on Friday, days before an inquiry into claims that he misused council funds was due to report, saying he wanted to spare the city a distraction; he denies wrongdoing.", [
 ("Tom Ashe resigned as mayor before an inquiry into claims he misused council funds was due to report.", True),
 ("Tom Ashe denies wrongdoing.", True),
 ("Tom Ashe resigned after an inquiry found he had misused council funds.", False),
 ("Tom Ashe admitted misusing council funds.", False),
 ("Tom Ashe was sacked as mayor on Friday.", False),
 ("Tom Ashe resigned on Friday, saying he wanted to clear his name.", False),
 ("An inquiry into claims that Tom Ashe misused council funds reported on Friday.", False),
])
_add("The High Court granted Metro Rail an injunction on Thursday blocking a 48-hour strike by train drivers planned for next week, ruling that the Drivers' Union had not given the legally required notice; the union said it would appeal.", [
 ("The High Court blocked a 48-hour strike by train drivers planned for next week.", True),
 ("The union said it would appeal against the injunction.", True),
 ("The High Court refused Metro Rail an injunction against a 48-hour strike by train drivers.", False),
 ("The High Court ruled that Metro Rail had not given the legally required notice.", False),
 ("The train drivers' 48-hour strike went ahead next week.", False),
 ("The High Court blocked a 24-hour strike by train drivers.", False),
 ("The union said it would not appeal against the ruling.", False),
])
_add("Some 12,000 homes in Darrow were left without running water for a third day on Sunday after a burst main, and Darrow Water said supplies should be restored by Tuesday; bottled water is being handed out at four sites.", [
 ("About 12,000 homes in Darrow have been without running water for three days after a main burst.", True),
 ("Darrow Water said supplies should be back by Tuesday.", True),
 ("Darrow Water said supplies had been restored by Tuesday.", False),
 ("Some 12,000 homes in Darrow were left without power for a third day.", False),
 ("Bottled water is being handed out at 14 sites in Darrow.", False),
 ("Some 12,000 homes in Darrow were left without running water for a third week.", False),
 ("Darrow Water said supplies would definitely be restored by Monday.", False),
])
_add("Kestrel Motors reported a 35% fall in first-half profit to £410 million, blaming weaker demand in China, and cut its full-year forecast; its shares fell 9% in early trading.", [
 ("Kestrel Motors' first-half profit fell 35% to £410 million.", True),
 ("Kestrel Motors blamed weaker demand in China for the fall in profit.", True),
 ("Kestrel Motors' shares fell 9% in early trading after it cut its forecast.", True),
 ("Kestrel Motors reported a 35% rise in first-half profit.", False),
 ("Kestrel Motors blamed weaker demand in Europe for the fall in profit.", False),
 ("Kestrel Motors raised its full-year forecast.", False),
 ("Kestrel Motors' shares rose 9% in early trading.", False),
 ("Kestrel Motors' full-year profit fell 35% to £410 million.", False),
])
_add("Harlow United have signed midfielder Joel Amadi from Brenton Athletic for a club-record £38 million, beating the £30 million they paid for Sam Okafor in 2023, on a five-year contract.", [
 ("Harlow United signed Joel Amadi from Brenton Athletic for a club-record £38 million.", True),
 ("Joel Amadi has signed a five-year contract with Harlow United.", True),
 ("Brenton Athletic signed Joel Amadi from Harlow United for £38 million.", False),
 ("Harlow United paid £30 million for Joel Amadi.", False),
 ("Harlow United signed Sam Okafor for a club-record £38 million.", False),
 ("Joel Amadi signed a three-year contract with Harlow United.", False),
 ("Harlow United signed Joel Amadi for £38 million, below the £30 million they paid for Sam Okafor.", False),
])
_add("Four workers were taken to hospital, one with serious burns, after an explosion at the Corby Chemicals plant in Westford on Friday; the cause is not yet known, the fire service said.", [
 ("Four workers were taken to hospital after an explosion at the Corby Chemicals plant in Westford.", True),
 ("One worker suffered serious burns, the fire service said.", True),
 ("The cause of the explosion is not yet known.", True),
 ("Four workers suffered serious burns in an explosion at the Corby Chemicals plant.", False),
 ("One worker was killed in an explosion at the Corby Chemicals plant.", False),
 ("The fire service said the explosion was caused by a gas leak.", False),
 ("Four workers were taken to hospital after a fire at the Corby Chemicals plant in Eastford.", False),
 ("Fourteen workers were taken to hospital after an explosion at the Corby Chemicals plant.", False),
])
_add("Ferrybridge council has approved plans for 450 homes on the former Lindley colliery site, despite objections from more than 300 residents who said local roads and schools could not cope, council leader Amy Cho said on Tuesday.", [
 ("Plans for 450 homes on the former Lindley colliery site have been approved by Ferrybridge council.", True),
 ("More than 300 residents objected, saying local roads and schools could not cope.", True),
 ("The article reports that Ferrybridge council approved 450 new homes on a former colliery site despite residents' objections.", True),
 ("Council leader Amy Cho said the plans had been approved despite objections from over 300 residents.", True),
 ("The approval of 450 homes at the old Lindley colliery came despite more than 300 objections.", True),
 ("Residents opposed to the development argued that local roads and schools would be unable to cope.", True),
 ("Ferrybridge council rejected plans for 450 homes on the former Lindley colliery site.", False),
 ("Around 30 residents objected to the plans.", False),
])
_add("Norland's inflation rate fell to 2.1% in October from 2.6% in September, its lowest level in three years, the statistics office said, helped by cheaper petrol and a smaller rise in food prices.", [
 ("Inflation in Norland dropped to 2.1% in October, down from 2.6% the month before.", True),
 ("October's inflation figure of 2.1% was the lowest in three years, the statistics office said.", True),
 ("Cheaper petrol and a smaller rise in food prices helped bring inflation down.", True),
 ("The statistics office said inflation eased from 2.6% in September to 2.1% in October.", True),
 ("Norland's inflation rate has fallen to its lowest level for three years.", True),
 ("Lower petrol prices contributed to the fall in inflation, according to the statistics office.", True),
 ("Norland's inflation rate rose to 2.1% in October.", False),
 ("Inflation was at its lowest level in five years.", False),
])
_add("A 15-year-old boy has been charged with the murder of 17-year-old Kai Morgan, who was stabbed in a park in Wexley on Saturday evening, police said; the boy, who cannot be named for legal reasons, will appear in youth court on Monday.", [
 ("Police have charged a 15-year-old boy with murdering Kai Morgan, 17.", True),
 ("Kai Morgan, 17, was stabbed in a park in Wexley on Saturday evening.", True),
 ("The boy, who cannot be named for legal reasons, is due to appear in youth court on Monday.", True),
 ("A teenager has been charged with murder after 17-year-old Kai Morgan was fatally stabbed in a Wexley park.", True),
 ("The 15-year-old suspect cannot be identified for legal reasons.", True),
 ("The 15-year-old will appear before a youth court on Monday, police said.", True),
 ("A 17-year-old boy has been charged with the murder of 15-year-old Kai Morgan.", False),
 ("The boy appeared in youth court on Saturday.", False),
])
_add("Tarvia's parliament voted 212 to 148 on Wednesday to raise the state pension age from 65 to 67 by 2032, after a debate lasting more than 14 hours; unions have called a national strike for next Thursday in protest.", [
 ("Tarvia's parliament has voted to raise the state pension age to 67 by 2032.", True),
 ("The vote, 212 to 148, followed a debate of more than 14 hours.", True),
 ("Unions have called a national strike next Thursday to protest against the change.", True),
 ("MPs in Tarvia backed raising the pension age from 65 to 67, by 212 votes to 148.", True),
 ("The pension age in Tarvia will rise from 65 to 67 by 2032 after a parliamentary vote.", True),
 ("In protest, unions have called a nationwide strike for next Thursday.", True),
 ("Tarvia's parliament voted to raise the state pension age to 68.", False),
 ("Unions held a national strike on Wednesday.", False),
])
_add("Vantor Group said on Monday that it would close 38 of its 210 stores by March, putting about 1,400 jobs at risk, after sales fell for a sixth consecutive quarter; chief executive Lara Finch called the decision painful but necessary.", [
 ("Vantor Group will close 38 stores by March, putting around 1,400 jobs at risk.", True),
 ("Chief executive Lara Finch said the decision to close the stores was painful but necessary.", True),
 ("Sales at Vantor Group have fallen for six quarters in a row.", True),
 ("About 1,400 jobs are at risk after Vantor Group announced it would shut 38 of its 210 shops.", True),
 ("Vantor's boss described the store closures as painful but necessary.", True),
 ("The closures follow a sixth straight quarterly fall in sales, Vantor Group said.", True),
 ("Vantor Group will close all 210 of its stores by March.", False),
 ("Lara Finch said the closures were unnecessary.", False),
])
_add("Halden Airport will cut 240 of its 780 jobs by the end of the year after passenger numbers fell by a third, managing director Ruth Okoye told staff on Wednesday, adding that the company hoped most of the cuts would be voluntary.", [
 ("Halden Airport plans to cut 240 jobs, nearly a third of its 780-strong workforce, by the end of the year.", True),
 ("The job cuts follow a one-third fall in passenger numbers, according to managing director Ruth Okoye.", True),
 ("Ruth Okoye said the airport hoped most of the 240 job losses would be voluntary.", True),
 ("According to the article, the airport's managing director announced the cuts to staff on Wednesday.", True),
 ("Passenger numbers at Halden Airport have dropped by about 33%, leading to the loss of 240 jobs.", True),
 ("The company hopes that the majority of the redundancies will be voluntary, Okoye said.", True),
 ("Halden Airport will cut all 780 of its jobs by the end of the year.", False),
 ("Ruth Okoye said none of the cuts would be voluntary.", False),
])
_add("The Brisca Symphony Orchestra has cancelled its autumn tour of Asia, its first in a decade, after the city council withdrew £1.2 million in funding, the orchestra's chair Paul Varga said, calling the decision short-sighted.", [
 ("The Brisca Symphony Orchestra has called off its autumn tour of Asia after losing £1.2 million of council funding.", True),
 ("The tour would have been the orchestra's first in Asia for ten years.", True),
 ("Paul Varga, the orchestra's chair, described the council's decision as short-sighted.", True),
 ("The city council's withdrawal of £1.2 million in funding forced the orchestra to cancel the tour, its chair said.", True),
 ("The orchestra's chair criticised the council's decision to withdraw funding as short-sighted.", True),
 ("The Brisca Symphony Orchestra has scrapped its planned Asian tour, Paul Varga said.", True),
 ("The Brisca Symphony Orchestra has postponed its autumn tour of Asia until next year.", False),
 ("The city council increased the orchestra's funding by £1.2 million.", False),
])
_add("Scientists at the Norland Polar Institute said sea ice around the Kessel archipelago covered 1.9 million square kilometres in September, the smallest area since records began in 1979 and 12% below the average for the past decade.", [
 ("Sea ice around the Kessel archipelago shrank to 1.9 million square kilometres in September, a record low.", True),
 ("The September figure was the lowest since records began in 1979, the Norland Polar Institute said.", True),
 ("The ice cover was 12% below the average of the last ten years.", True),
 ("According to scientists, the area of sea ice around Kessel was the smallest on record in September.", True),
 ("Sea ice in the region covered 1.9 million sq km in September, 12% less than the decade's average.", True),
 ("The Norland Polar Institute reported that sea ice hit its lowest extent since 1979.", True),
 ("Sea ice around the Kessel archipelago covered 1.9 million square kilometres, the largest area since 1979.", False),
 ("The ice cover was 21% below the average for the past decade.", False),
])
_add("Two men were jailed on Friday for a total of 19 years for smuggling 300kg of cocaine through the port of Ashby hidden in a shipment of bananas; Leon Hart, 42, received 11 years and Sam Ruiz, 37, eight years.", [
 ("Leon Hart and Sam Ruiz were jailed for a combined 19 years for smuggling cocaine through Ashby port.", True),
 ("Leon Hart, 42, was sentenced to 11 years and Sam Ruiz, 37, to eight years.", True),
 ("The 300kg of cocaine was hidden in a shipment of bananas.", True),
 ("Two men have been jailed for smuggling 300 kilograms of cocaine hidden among bananas.", True),
 ("Hart received the longer sentence of 11 years, while Ruiz was given eight.", True),
 ("The pair were sentenced on Friday for bringing the drugs in through the port of Ashby.", True),
 ("Leon Hart received eight years and Sam Ruiz 11 years.", False),
 ("The cocaine was hidden in a shipment of coffee.", False),
])
_add("Wexley Hospital's emergency department saw 72% of patients within four hours in October, against a national target of 78%, and more than 1,100 people waited over 12 hours, the trust's figures showed.", [
 ("Wexley Hospital's A&E saw 72% of patients within four hours in October, short of the 78% national target.", True),
 ("More than 1,100 patients waited longer than 12 hours in Wexley Hospital's emergency department in October.", True),
 ("The hospital missed the national four-hour target of 78%, according to the trust's figures.", True),
 ("Figures from the trust showed that over 1,100 people waited more than 12 hours at Wexley Hospital.", True),
 ("Fewer than three-quarters of patients at Wexley's emergency department were seen within four hours.", True),
 ("The emergency department at Wexley Hospital fell short of the 78% target, seeing 72% of patients in four hours.", True),
 ("Wexley Hospital met the national target, seeing 78% of patients within four hours.", False),
 ("More than 1,100 people waited over 24 hours.", False),
])
_add("A ransomware attack on Carrow NHS Trust forced it to cancel 1,300 outpatient appointments and divert ambulances from two hospitals on Monday, the trust said, adding that there was no evidence patient data had been stolen.", [
 ("Carrow NHS Trust cancelled 1,300 outpatient appointments after a ransomware attack.", True),
 ("Ambulances were diverted away from two of the trust's hospitals following the cyber attack.", True),
 ("The trust said there was no evidence that patient data had been stolen.", True),
 ("A cyber attack on Carrow NHS Trust led to more than a thousand outpatient appointments being cancelled on Monday.", True),
 ("According to the trust, the ransomware attack forced it to divert ambulances from two hospitals.", True),
 ("There is no sign that patients' data was taken in the attack, Carrow NHS Trust said.", True),
 ("The trust said patient data had been stolen in the ransomware attack.", False),
 ("Carrow NHS Trust cancelled 13,000 outpatient appointments.", False),
])
_add("Labour's Nadia Rahman won the Tolsey by-election with 14,210 votes, a majority of 3,870 over the Conservatives, on a turnout of 38%, down from 64% at the general election.", [
 ("Nadia Rahman of Labour won the Tolsey by-election with a majority of 3,870.", True),
 ("Turnout in the Tolsey by-election was 38%, compared with 64% at the general election.", True),
 ("Rahman received 14,210 votes, beating the Conservatives by 3,870.", True),
 ("Labour held on to Tolsey, with Nadia Rahman taking 14,210 votes.", True),
 ("Fewer than two in five voters turned out for the Tolsey by-election.", True),
 ("The by-election turnout fell from 64% to 38%.", True),
 ("Nadia Rahman won the Tolsey by-election with a majority of 14,210.", False),
 ("Turnout rose to 38% from 64% at the general election.", False),
])
_add("Rail fares in Norland will rise by 4.6% from March, the transport ministry said on Thursday, the smallest increase in three years, while season tickets for commuters will be frozen.", [
 ("Norland's rail fares will go up by 4.6% in March, the transport ministry announced.", True),
 ("Season tickets for commuters will be frozen, the ministry said.", True),
 ("The 4.6% rise is the smallest for three years.", True),
 ("Train fares are set to increase by 4.6% from March, while commuter season tickets stay the same.", True),
 ("The transport ministry said fares would climb 4.6%, the lowest increase in three years.", True),
 ("Commuters will see no change in the price of season tickets.", True),
 ("Season tickets for commuters will rise by 4.6% from March.", False),
 ("Rail fares in Norland will rise by 4.6%, the biggest increase in three years.", False),
])
_add("The Environment Agency issued 14 flood warnings across Lincolnshire on Sunday after a month's worth of rain fell in 24 hours, and urged people not to drive through flood water.", [
 ("The Environment Agency issued 14 flood warnings in Lincolnshire after heavy rain.", True),
 ("A month's worth of rain fell in a single day, prompting flood warnings across Lincolnshire.", True),
 ("People were urged by the Environment Agency not to drive through flood water.", True),
 ("Fourteen flood warnings were in place across Lincolnshire on Sunday.", True),
 ("The agency warned drivers against driving through flood water after 24 hours of heavy rain.", True),
 ("Lincolnshire saw a month's rainfall in 24 hours, the Environment Agency said.", True),
 ("The Environment Agency issued 40 flood warnings across Lincolnshire.", False),
 ("The Environment Agency said it was safe to drive through flood water.", False),
])
_add("Staff at 12 universities will strike for five days from next Monday after talks over pay broke down, the lecturers' union said; the employers' association said the strike would hit students who had already lost teaching to earlier walkouts.", [
 ("Lecturers at 12 universities will walk out for five days from next Monday after pay talks collapsed.", True),
 ("The employers' association said the strike would affect students who had already missed teaching.", True),
 ("Talks over pay broke down, leading to a five-day strike at 12 universities, the union said.", True),
 ("University staff at a dozen institutions plan to strike for five days starting next week.", True),
 ("The union said staff would strike after the breakdown of pay talks.", True),
 ("Employers said students had already lost teaching to earlier strikes.", True),
 ("Staff at 12 universities will strike for five weeks from next Monday.", False),
 ("Talks over pay ended in agreement, the union said.", False),
])
_add("\"We are not going to let this town die,\" said Mayor Hannah Price as she unveiled a £25 million plan to reopen the Fenwick steelworks site as an industrial park, which she said could create up to 800 jobs within five years.", [
 ("Mayor Hannah Price unveiled a £25 million plan to turn the former Fenwick steelworks site into an industrial park.", True),
 ("Hannah Price said the plan could create as many as 800 jobs within five years.", True),
 ("\"We are not going to let this town die,\" Mayor Hannah Price said.", True),
 ("The mayor vowed not to let the town die as she set out plans for an industrial park on the steelworks site.", True),
 ("According to Price, up to 800 jobs could be created within five years.", True),
 ("The £25 million plan aims to reopen the Fenwick steelworks site as an industrial park, the mayor said.", True),
 ("Hannah Price said the plan would create 800 jobs within five years.", False),
 ("Hannah Price said the plan could create up to 800 jobs within two years.", False),
])
_add("The charity Shelterline said the number of families living in temporary accommodation in Norland had risen by 14% in a year to 61,000, the highest figure since it began collecting data in 2005, and called on ministers to build more social housing.", [
 ("The number of families in temporary accommodation in Norland has risen 14% in a year to 61,000, Shelterline said.", True),
 ("Shelterline said the figure was the highest since it started collecting data in 2005.", True),
 ("The charity urged ministers to build more social housing.", True),
 ("Some 61,000 families in Norland are living in temporary accommodation, up 14% on a year earlier.", True),
 ("According to Shelterline, the number of families in temporary housing is at its highest level since 2005.", True),
 ("Shelterline called for more social housing to be built as the number of families in temporary accommodation rose.", True),
 ("The number of families in temporary accommodation in Norland has fallen by 14% to 61,000.", False),
 ("Ministers called on Shelterline to build more social housing.", False),
])
_add("Police in Ardle have arrested three men aged 19, 22 and 25 on suspicion of arson after a fire destroyed a community centre on Saturday night; no one was hurt, and the men have been released on bail pending further inquiries.", [
 ("Three men have been arrested on suspicion of arson after a fire destroyed a community centre in Ardle.", True),
 ("Nobody was injured in the fire, which happened on Saturday night.", True),
 ("The three men, aged between 19 and 25, have been released on bail while inquiries continue.", True),
 ("A community centre in Ardle was destroyed by fire on Saturday night, and three men were later arrested.", True),
 ("The suspects, aged 19, 22 and 25, were released on bail pending further inquiries, police said.", True),
 ("Police arrested three men after the community centre fire; no one was hurt.", True),
 ("Three men have been charged with arson after a fire destroyed a community centre in Ardle.", False),
 ("Two people were hurt in the fire at the community centre.", False),
])
_add("Marlow Water has been fined £3.4 million for pumping raw sewage into the River Lode on 41 days in 2022, after admitting seven charges at Carrow Crown Court; the judge said the company had shown a disregard for the environment.", [
 ("Marlow Water was fined £3.4 million for discharging raw sewage into the River Lode.", True),
 ("The company admitted seven charges at Carrow Crown Court.", True),
 ("The sewage was pumped into the river on 41 days in 2022.", True),
 ("The judge said Marlow Water had shown a disregard for the environment.", True),
 ("Marlow Water pleaded guilty to seven charges and was fined £3.4m over sewage pollution in the River Lode.", True),
 ("A court fined the water company £3.4 million after it admitted polluting the River Lode with raw sewage.", True),
 ("Marlow Water was fined £3.4 million after being found guilty at trial.", False),
 ("Marlow Water pumped raw sewage into the River Lode on 14 days in 2022.", False),
])
_add("Orla Finch, 24, became the youngest person to row solo across the Atlantic on Tuesday, arriving in Antigua 52 days after leaving La Gomera in the Canary Islands, beating the previous record holder by almost a year.", [
 ("Orla Finch, 24, has become the youngest person to row alone across the Atlantic.", True),
 ("She reached Antigua 52 days after setting off from La Gomera in the Canary Islands.", True),
 ("Finch beat the previous record holder's age by almost a year.", True),
 ("At 24, Orla Finch is now the youngest solo rower to cross the Atlantic, arriving in Antigua on Tuesday.", True),
 ("Orla Finch completed her solo Atlantic row in 52 days, finishing in Antigua.", True),
 ("The journey from La Gomera to Antigua took Finch 52 days.", True),
 ("Orla Finch became the fastest person to row solo across the Atlantic.", False),
 ("Orla Finch arrived in Antigua 25 days after leaving La Gomera.", False),
])
_add("Ryder Aviation will buy 40 narrow-body jets from Skyframe for about $4.8 billion at list prices, with deliveries starting in 2027, the airline said on Monday, as it expands its routes to southern Europe.", [
 ("Ryder Aviation has agreed to buy 40 narrow-body jets from Skyframe, worth about $4.8 billion at list prices.", True),
 ("Deliveries of the jets are due to begin in 2027, the airline said.", True),
 ("The order comes as Ryder Aviation expands its routes to southern Europe.", True),
 ("The airline announced on Monday that it would purchase 40 Skyframe jets.", True),
 ("Ryder's order for 40 aircraft is valued at around $4.8bn before discounts.", True),
 ("Ryder Aviation said the 40 new planes would start arriving in 2027.", True),
 ("Ryder Aviation will sell 40 narrow-body jets to Skyframe.", False),
 ("Deliveries of the jets started in 2025.", False),
])
_add("A judge at Harlow Crown Court cleared former nurse Ellen Shaw of five counts of theft on Thursday after the prosecution offered no evidence, saying there had been failures in how the case was investigated.", [
 ("Former nurse Ellen Shaw was cleared of five counts of theft at Harlow Crown Court.", True),
 ("The prosecution offered no evidence against Ellen Shaw, who faced five theft charges.", True),
 ("The judge said there had been failures in how the case against Shaw was investigated.", True),
 ("Ellen Shaw, a former nurse, was acquitted on Thursday after prosecutors offered no evidence.", True),
 ("A judge found Ellen Shaw not guilty of theft after the prosecution dropped the case.", True),
 ("The judge criticised failures in the investigation as the theft charges against Shaw were dismissed.", True),
 ("Ellen Shaw was convicted of five counts of theft at Harlow Crown Court.", False),
 ("The judge praised how the case had been investigated.", False),
])
_add("Unemployment in Tarvia fell to 5.2% in the three months to June, from 5.5% in the previous quarter, while the number of job vacancies dropped for the eighth month in a row, the national statistics agency said.", [
 ("Tarvia's unemployment rate dropped to 5.2% in the three months to June.", True),
 ("Unemployment fell from 5.5% in the previous three months, the statistics agency said.", True),
 ("Job vacancies fell for an eighth consecutive month.", True),
 ("The jobless rate in Tarvia declined to 5.2% in the quarter to June, down from 5.5%.", True),
 ("Vacancies have now fallen for eight months running, according to the national statistics agency.", True),
 ("Tarvia's unemployment rate eased to 5.2%, while job openings continued to decline.", True),
 ("Unemployment in Tarvia rose to 5.2% in the three months to June.", False),
 ("Job vacancies rose for the eighth month in a row.", False),
])
_add("Heavy snow closed 160 schools across the Ardle region on Wednesday and left hundreds of drivers stranded overnight on the A72, where the army was called in to help, the regional council said.", [
 ("Heavy snow forced 160 schools in the Ardle region to close on Wednesday.", True),
 ("Hundreds of drivers were stuck overnight on the A72 after heavy snow.", True),
 ("The army was called in to help stranded drivers on the A72, the regional council said.", True),
 ("Snow shut 160 schools across Ardle and stranded hundreds of motorists on the A72 overnight.", True),
 ("According to the regional council, soldiers were brought in to help on the A72.", True),
 ("The heavy snowfall closed 160 schools and left hundreds of drivers stuck overnight.", True),
 ("Heavy snow closed 16 schools across the Ardle region.", False),
 ("The army was called in to clear snow from 160 schools.", False),
])
_add("Kellmart will raise the minimum hourly pay for its 95,000 shop workers by 8% to £12.60 from April, the supermarket said, a move the Shopworkers' Union welcomed but said did not go far enough.", [
 ("Kellmart is raising minimum pay for its 95,000 shop workers by 8% to £12.60 an hour from April.", True),
 ("The Shopworkers' Union welcomed the pay rise but said it did not go far enough.", True),
 ("The supermarket's 95,000 shop staff will get an 8% pay rise from April.", True),
 ("Kellmart said the minimum hourly rate for its shop workers would rise to £12.60.", True),
 ("The union said the 8% increase was welcome but not enough.", True),
 ("Kellmart shop workers will earn at least £12.60 an hour from April, after an 8% rise.", True),
 ("The Shopworkers' Union said the pay rise went far enough.", False),
 ("Kellmart will raise minimum pay by 8% to £12.60 from June.", False),
])
_add("Deputy head teacher Mark Iles said the school would reopen on Monday after a burst pipe flooded six classrooms, but that pupils in years 7 and 8 would be taught online for at least a week while repairs were carried out.", [
 ("The article says the school will reopen on Monday after a burst pipe flooded six classrooms.", True),
 ("Pupils in years 7 and 8 will be taught online for at least a week, deputy head Mark Iles said.", True),
 ("According to Mark Iles, repairs to six flooded classrooms mean some pupils will learn remotely for at least a week.", True),
 ("It also notes that years 7 and 8 will have online lessons while repairs are carried out.", True),
 ("Mark Iles, the deputy head teacher, said the school would reopen on Monday.", True),
 ("Mark Iles said all pupils would be taught online for a week.", False),
 ("The school will reopen on Monday after a fire damaged six classrooms.", False),
 ("Head teacher Mark Iles said the school would reopen on Monday.", False),
])
_add("The Kessel ferry service will stop running its night crossings from January after the operator lost £2.3 million on them last year, Northsea Lines said, though daytime sailings will continue and a review of the timetable is due in the spring.", [
 ("Northsea Lines will end night crossings on the Kessel ferry service from January.", True),
 ("The night crossings lost £2.3 million last year, the operator said.", True),
 ("Daytime sailings will continue, and the timetable will be reviewed in the spring.", True),
 ("The passage highlights that Northsea Lines is scrapping the loss-making night ferry crossings from January.", True),
 ("According to Northsea Lines, a review of the timetable is due in the spring.", True),
 ("Northsea Lines will stop all Kessel ferry crossings from January.", False),
 ("The night crossings made a profit of £2.3 million last year.", False),
 ("Daytime sailings will also stop from January.", False),
])
_add("Researchers at Carrow University found that children who read for pleasure for at least 30 minutes a day scored on average 12% higher in vocabulary tests at age 11, in a study of 3,400 pupils, though they cautioned that other factors may have played a part.", [
 ("Children who read for fun for half an hour a day scored 12% higher in vocabulary tests, a Carrow University study found.", True),
 ("The study of 3,400 pupils was carried out by researchers at Carrow University.", True),
 ("The researchers cautioned that other factors may have contributed to the difference.", True),
 ("A study found that reading for pleasure for at least 30 minutes daily was linked to better vocabulary scores at age 11.", True),
 ("On average, children who read for at least 30 minutes a day did 12% better in vocabulary tests.", True),
 ("Reading for 30 minutes a day raises vocabulary scores by 12%, the researchers proved.", False),
 ("The study of 34,000 pupils found a 12% difference in vocabulary scores.", False),
 ("Children who read for pleasure scored 12% lower in vocabulary tests.", False),
])
_add("Police in Tarrow said a 52-year-old man who was hit by a van while crossing Bridge Street on Friday evening had died in hospital; the driver, a 30-year-old woman, stopped at the scene and is helping officers with their inquiries.", [
 ("A 52-year-old man has died in hospital after being hit by a van on Bridge Street in Tarrow.", True),
 ("The van driver, a 30-year-old woman, stopped at the scene, police said.", True),
 ("The woman driving the van is helping police with their inquiries.", True),
 ("Police said the pedestrian was struck while crossing Bridge Street on Friday evening.", True),
 ("A man, 52, died after being struck by a van in Tarrow, and the driver remained at the scene.", True),
 ("The driver of the van failed to stop at the scene.", False),
 ("A 30-year-old man died after being hit by a van driven by a 52-year-old woman.", False),
 ("The driver has been arrested on suspicion of causing death by dangerous driving.", False),
])
_add("Shares in Harbor Bank rose 6% on Wednesday after it reported a first-quarter profit of £1.1 billion, up from £870 million a year earlier, and said it would buy back £500 million of its own shares.", [
 ("Harbor Bank's shares climbed 6% after it posted a £1.1 billion first-quarter profit.", True),
 ("The bank's profit rose from £870 million a year earlier to £1.1 billion.", True),
 ("Harbor Bank said it would repurchase £500 million of its own shares.", True),
 ("Harbor Bank reported first-quarter profits of £1.1bn, compared with £870m in the same period last year.", True),
 ("Investors sent Harbor Bank shares up 6% on Wednesday as it announced a £500 million share buyback.", True),
 ("Shares in Harbor Bank fell 6% on Wednesday.", False),
 ("Harbor Bank reported a first-quarter loss of £1.1 billion.", False),
 ("Harbor Bank said it would buy back £870 million of its own shares.", False),
])
_add("The Norland Medicines Agency has approved Lumora's migraine drug Cerex for adults who have not responded to at least two other treatments, the company said on Tuesday, adding that it expected the drug to be available in pharmacies by the summer.", [
 ("Norland's medicines agency has approved Lumora's migraine drug Cerex for some adults.", True),
 ("Cerex was approved for adults who had not responded to at least two other treatments, Lumora said.", True),
 ("Lumora expects Cerex to reach pharmacies by the summer.", True),
 ("The drug is cleared for adult patients for whom two or more other treatments have failed.", True),
 ("The Norland Medicines Agency approved Cerex for all adults with migraine.", False),
 ("Cerex will be available in pharmacies from next week.", False),
 ("The Norland Medicines Agency rejected Lumora's migraine drug Cerex.", False),
 ("Lumora said Cerex would definitely be in pharmacies by the summer.", False),
])
_add("Carrow City Council will close three of its seven public libraries in April to save £1.4 million a year, council leader Jo Marsh said, after a consultation in which 78% of the 5,200 respondents opposed the plan.", [
 ("Carrow City Council is to shut three of its seven libraries in April to save £1.4 million a year.", True),
 ("Most of the 5,200 people who responded to the consultation opposed the closures.", True),
 ("Jo Marsh, the council leader, said the closures would save £1.4 million annually.", True),
 ("The council will close three libraries despite 78% of consultation respondents opposing the plan.", True),
 ("Carrow City Council will close all seven of its public libraries in April.", False),
 ("78% of respondents supported the plan to close three libraries.", False),
 ("The closures will save £1.4 million in total.", False),
 ("Jo Marsh said the council would keep all its libraries open.", False),
])
_add("A magnitude 5.8 earthquake struck off the coast of Tarvia early on Sunday, shaking buildings in the capital, but there were no reports of damage or injuries, the national seismology centre said; a tsunami warning was issued and lifted within an hour.", [
 ("A 5.8-magnitude earthquake hit off Tarvia's coast early on Sunday, the seismology centre said.", True),
 ("There were no reports of damage or injuries after the quake.", True),
 ("A tsunami warning was issued but lifted within an hour.", True),
 ("The quake shook buildings in the capital, according to the national seismology centre.", True),
 ("Several buildings in the capital were damaged by the earthquake.", False),
 ("A tsunami warning remained in place for several hours.", False),
 ("A magnitude 6.8 earthquake struck off the coast of Tarvia.", False),
 ("No tsunami warning was issued after the earthquake.", False),
])
_add("Dock workers at the Port of Wendham ended a nine-day strike on Thursday after accepting a pay offer of 6.5% this year and 4% next year, the Unite union said, though it warned that a dispute over overtime rules had not been settled.", [
 ("Wendham dock workers called off their nine-day strike after accepting a 6.5% pay offer, the union said.", True),
 ("The pay deal gives dock workers 6.5% this year and 4% next year.", True),
 ("Unite said a row over overtime rules remained unresolved.", True),
 ("The strike at the Port of Wendham, which lasted nine days, ended on Thursday.", True),
 ("Dock workers rejected a pay offer of 6.5% this year.", False),
 ("The union said the dispute over overtime rules had also been settled.", False),
 ("The strike at the Port of Wendham lasted nineteen days.", False),
 ("The port's owners said the workers had accepted a 4% rise this year.", False),
])
_add("Harlow Rovers sacked manager Tom Egan on Monday after a run of seven defeats in eight league games left the club second from bottom, and named his assistant, Ruth Okafor, as caretaker until the end of the season.", [
 ("Harlow Rovers dismissed Tom Egan after seven defeats in eight league matches.", True),
 ("Ruth Okafor, Egan's assistant, will be caretaker manager until the season ends.", True),
 ("The club was second from bottom of the league when Egan was sacked.", True),
 ("Egan left after his side lost seven of their last eight league games.", True),
 ("Tom Egan resigned as Harlow Rovers manager on Monday.", False),
 ("Ruth Okafor was named Harlow Rovers' permanent manager.", False),
 ("Harlow Rovers were bottom of the league when Egan was sacked.", False),
 ("Egan's side had lost eight league games in a row.", False),
])
_add("The fashion chain Delmont has collapsed into administration, putting 2,300 jobs at risk across its 140 stores, although administrators said all shops would keep trading while they sought a buyer.", [
 ("Delmont has gone into administration, putting 2,300 jobs at risk.", True),
 ("Administrators said Delmont's 140 stores would stay open while a buyer was sought.", True),
 ("The collapse of the fashion chain threatens about 2,300 jobs.", True),
 ("All of Delmont's shops will continue trading for now, the administrators said.", True),
 ("Delmont's collapse has cost 2,300 jobs.", False),
 ("Administrators said Delmont's 140 stores would close immediately.", False),
 ("Administrators said they had found a buyer for Delmont.", False),
 ("Delmont has gone into administration, putting 1,400 jobs at risk across its 230 stores.", False),
])
_add("The Calder Bridge will close to all traffic for up to three months from 4 March so that engineers can replace corroded cables, the county council said, adding that a free shuttle bus would run between the two towns during the closure.", [
 ("The Calder Bridge is to shut to traffic from 4 March for as long as three months.", True),
 ("Engineers will replace corroded cables on the bridge, the council said.", True),
 ("A free shuttle bus will link the two towns while the bridge is closed.", True),
 ("The county council said the bridge would be closed so that its corroded cables can be replaced.", True),
 ("The Calder Bridge will close for at least three months from 4 March.", False),
 ("The Calder Bridge will stay open to buses during the repairs.", False),
 ("The council said the bridge would close from 4 May.", False),
 ("A shuttle bus will run during the closure for a fare of £1.", False),
])
_add("Fewer than half of adults aged over 75 in Redmoor took up the offer of a winter flu jab this year, down from 68% last year, according to figures published by the regional health board, which blamed misinformation on social media.", [
 ("Less than half of Redmoor's over-75s had a flu jab this winter, the health board's figures show.", True),
 ("Uptake of the winter flu jab among over-75s fell from 68% last year.", True),
 ("The regional health board blamed social media misinformation for the fall.", True),
 ("Flu vaccine uptake among Redmoor's over-75s dropped below 50% this year.", True),
 ("Most adults over 75 in Redmoor took up the offer of a flu jab this year.", False),
 ("Uptake of the flu jab among over-75s rose from 68% last year.", False),
 ("The health board blamed a shortage of vaccine for the fall.", False),
 ("Fewer than half of adults aged over 65 in Redmoor had a flu jab this year.", False),
])
_add("Magistrates fined Severn Vale Water £2.1 million on Friday for pumping raw sewage into the River Arle on 14 occasions between 2019 and 2021, after the Environment Agency brought the prosecution; the company had pleaded guilty and said it had since spent £40 million on upgrades.", [
 ("Severn Vale Water was fined £2.1 million for discharging raw sewage into the River Arle.", True),
 ("The Environment Agency prosecuted the company over 14 sewage discharges between 2019 and 2021.", True),
 ("Severn Vale Water admitted the offences and said it had invested £40 million in upgrades since.", True),
 ("The water company pleaded guilty to pumping sewage into the river on 14 occasions.", True),
 ("Severn Vale Water was fined £2.1 million for 41 sewage discharges into the River Arle.", False),
 ("Severn Vale Water denied pumping raw sewage into the River Arle.", False),
 ("Severn Vale Water brought a prosecution against the Environment Agency.", False),
 ("The company said it would spend £40 million on upgrades.", False),
])
_add("Fog at Kelby Airport forced the cancellation of 63 flights on Tuesday morning and delayed dozens more, an airport spokesman said, adding that services were expected to return to normal by the evening.", [
 ("Dozens of flights were delayed and 63 cancelled by fog at Kelby Airport on Tuesday morning.", True),
 ("An airport spokesman said flights were expected to be back to normal by Tuesday evening.", True),
 ("Fog led to 63 flight cancellations at Kelby Airport, a spokesman said.", True),
 ("Kelby Airport cancelled 63 flights because of fog, the airport said.", True),
 ("Fog at Kelby Airport forced the cancellation of 63 flights on Tuesday evening.", False),
 ("Services at Kelby Airport returned to normal by the evening, a spokesman said.", False),
 ("Fog forced the cancellation of 36 flights at Kelby Airport.", False),
 ("Snow at Kelby Airport forced the cancellation of 63 flights on Tuesday.", False),
])
_add("A recount in the Ashvale ward confirmed Green candidate Priya Nair as the winner by four votes over Labour's Dan Coyle, reversing no result but cutting her margin from seven votes, the returning officer said on Saturday.", [
 ("Priya Nair won the Ashvale ward by four votes after a recount, the returning officer said.", True),
 ("A recount confirmed the Green candidate's victory over Labour's Dan Coyle.", True),
 ("The recount cut Nair's margin from seven votes to four.", True),
 ("The Green Party held on to win Ashvale by four votes after the recount.", True),
 ("A recount in the Ashvale ward overturned the result, making Dan Coyle the winner.", False),
 ("Dan Coyle beat Priya Nair by four votes in the Ashvale ward.", False),
 ("The recount widened Nair's margin from four votes to seven.", False),
 ("Priya Nair won the Ashvale ward by 40 votes after a recount.", False),
])
_add("The Hartfield Museum has been given a collection of 1,200 Roman coins by the family of the late collector Ian Moss, who found most of them in fields near the town over four decades, a museum curator said.", [
 ("The family of collector Ian Moss has donated 1,200 Roman coins to the Hartfield Museum.", True),
 ("Ian Moss found most of the coins in fields near Hartfield over forty years, a curator said.", True),
 ("A collection of 1,200 Roman coins has been given to the museum by Moss's family.", True),
 ("The late Ian Moss collected the Roman coins over four decades, mostly in fields near the town.", True),
 ("The Hartfield Museum has bought a collection of 1,200 Roman coins from Ian Moss's family.", False),
 ("Ian Moss found all of the coins in fields near the town.", False),
 ("Ian Moss has given 1,200 Roman coins to the Hartfield Museum.", False),
 ("Ian Moss found the coins over four years.", False),
])
_add("Just 58% of trains run by Northway Rail arrived on time in the three months to September, the worst figure of any operator, according to the rail regulator, which said it would require the company to publish a recovery plan within a month.", [
 ("Only 58% of Northway Rail trains were on time in the three months to September, the regulator said.", True),
 ("Northway Rail had the worst punctuality of any operator in the quarter, according to the rail regulator.", True),
 ("The regulator said Northway Rail must publish a recovery plan within a month.", True),
 ("Fewer than three in five Northway Rail trains arrived on time between July and September.", True),
 ("Northway Rail had the best punctuality figures of any operator.", False),
 ("Just 85% of Northway Rail trains arrived on time in the three months to September.", False),
 ("Northway Rail has published a recovery plan, the regulator said.", False),
 ("The regulator said it would require Northway Rail to publish a recovery plan within a year.", False),
])
_add("Councillors in Brenford voted 7-4 on Tuesday to end the city's e-scooter rental trial in March, a year early, after complaints about scooters left on pavements; the operator, Zipp, said it was disappointed and would consider an appeal.", [
 ("Brenford councillors voted to end the e-scooter rental trial a year early.", True),
 ("The vote to scrap the trial was carried by seven votes to four.", True),
 ("Zipp said it was disappointed by the decision and would consider appealing.", True),
 ("The trial will end in March after complaints about scooters being left on pavements.", True),
 ("Brenford councillors voted 7-4 to extend the e-scooter rental trial.", False),
 ("Zipp said it would appeal against the decision.", False),
 ("The trial will end in March, a year later than planned.", False),
 ("Councillors voted 4-7 to end the e-scooter trial.", False),
])
_add("The Information Commissioner's Office has fined Larkfield Hospital Trust £350,000 after a member of staff emailed the personal details of 2,900 patients to the wrong address, the regulator said, adding that the trust had reported the breach itself.", [
 ("Larkfield Hospital Trust was fined £350,000 by the Information Commissioner's Office over a data breach.", True),
 ("A staff member sent the personal details of 2,900 patients to the wrong email address.", True),
 ("The trust reported the breach to the regulator itself, the ICO said.", True),
 ("The data regulator fined the hospital trust after patients' details were emailed to the wrong address.", True),
 ("Larkfield Hospital Trust fined the Information Commissioner's Office £350,000.", False),
 ("The breach was reported to the regulator by a patient, the ICO said.", False),
 ("A staff member emailed the personal details of 9,200 patients to the wrong address.", False),
 ("Larkfield Hospital Trust could face a fine of £350,000, the regulator said.", False),
])
_add("Runner Amy Foster set a new women's record for the Hallam Marathon on Sunday, finishing in 2 hours 24 minutes and beating the previous best, set in 2011, by 48 seconds, organisers said.", [
 ("Amy Foster broke the women's course record at the Hallam Marathon, finishing in 2 hours 24 minutes.", True),
 ("Foster beat the previous women's best, which had stood since 2011, by 48 seconds.", True),
 ("Organisers said Foster ran the marathon in 2 hours 24 minutes, a new women's record.", True),
 ("The previous women's record for the Hallam Marathon was set in 2011.", True),
 ("Amy Foster set a new course record for the Hallam Marathon, beating all runners.", False),
 ("Amy Foster beat the previous best by 48 minutes.", False),
 ("The previous women's record for the Hallam Marathon was set in 2001.", False),
 ("Amy Foster missed the women's record for the Hallam Marathon by 48 seconds.", False),
])
_add("Shares in miner Corrin Resources fell 18% on Monday after it warned that annual profit would be about a third lower than expected because of flooding at its largest copper mine, which it said could stay closed until June.", [
 ("Corrin Resources shares dropped 18% after the miner issued a profit warning.", True),
 ("Corrin Resources said flooding at its biggest copper mine would cut annual profit by about a third compared with expectations.", True),
 ("The miner said its largest copper mine could remain shut until June.", True),
 ("Flooding at Corrin's largest copper mine led the company to warn on profits, sending its shares down 18%.", True),
 ("Shares in Corrin Resources rose 18% on Monday after a profit warning.", False),
 ("Corrin Resources said its largest copper mine would stay closed until June.", False),
 ("Corrin Resources said annual profit would be about a third higher than expected.", False),
 ("Corrin Resources warned that flooding at its largest gold mine would hit profit.", False),
])
_add("About 40,000 chickens will be culled at a farm near Pendle after bird flu was confirmed there, the environment department said on Friday, though it stressed that the risk to the public remained very low.", [
 ("Some 40,000 chickens are to be culled after bird flu was found at a farm near Pendle.", True),
 ("The environment department said the risk to the public from the outbreak remained very low.", True),
 ("Bird flu has been confirmed at a farm near Pendle, the environment department said on Friday.", True),
 ("Around 40,000 birds at the farm will be killed, the department said.", True),
 ("About 40,000 chickens have died of bird flu at a farm near Pendle.", False),
 ("The environment department said the risk to the public was high.", False),
 ("About 4,000 chickens will be culled at a farm near Pendle.", False),
 ("Bird flu is suspected at a farm near Pendle, the environment department said.", False),
])
_add("Police in Marlow arrested two men aged 24 and 31 on Saturday on suspicion of stealing £60,000 of catalytic converters from parked cars over six months; a third man, 19, was released under investigation, a force spokeswoman said.", [
 ("Two men, aged 24 and 31, were arrested on suspicion of stealing catalytic converters worth £60,000.", True),
 ("A 19-year-old man was released under investigation, police said.", True),
 ("The thefts of catalytic converters from parked cars took place over six months, according to police.", True),
 ("Marlow police arrested two men on Saturday over the theft of £60,000 of catalytic converters.", True),
 ("Three men were charged with stealing catalytic converters worth £60,000.", False),
 ("A 19-year-old man was charged, police said.", False),
 ("Two men aged 24 and 31 were convicted of stealing £60,000 of catalytic converters.", False),
 ("The thefts took place over six weeks.", False),
])
_add("Energy supplier Brightwatt will cut its standard tariff by 8% from 1 April, saving a typical household about £140 a year, but bills will still be about 50% higher than two years ago, the company said.", [
 ("Brightwatt is cutting its standard tariff by 8% from 1 April, the company said.", True),
 ("The cut will save a typical household around £140 a year.", True),
 ("Even after the cut, bills will remain about half as much again as they were two years ago.", True),
 ("Brightwatt said typical households would save about £140 a year when its standard tariff falls by 8% in April.", True),
 ("Brightwatt will raise its standard tariff by 8% from 1 April.", False),
 ("Brightwatt's cut will save a typical household about £140 a month.", False),
 ("Bills will be lower than they were two years ago, the company said.", False),
 ("Brightwatt cut its standard tariff by 8% on 1 April last year.", False),
])
_add("A landslide closed the coastal road between Penhale and St Ives on Wednesday night, and engineers said it could be several weeks before it reopens; no one was hurt, Cornwall Council said.", [
 ("A landslide has shut the coast road between Penhale and St Ives.", True),
 ("Engineers said the road might not reopen for several weeks.", True),
 ("Nobody was injured in the landslide, the council said.", True),
 ("The coastal road was closed by a landslide on Wednesday night, Cornwall Council said.", True),
 ("Engineers said the road would reopen within days.", False),
 ("Two people were hurt in the landslide, Cornwall Council said.", False),
 ("The landslide closed the coastal road on Wednesday morning.", False),
 ("Engineers said the road will reopen in several weeks.", False),
])
_add("The striker Jonas Berg has signed a new three-year contract with Kestrel City, ending speculation over a move to Spain, though the club said the deal included a release clause of £25 million.", [
 ("Jonas Berg has agreed a new three-year deal with Kestrel City.", True),
 ("Berg's new contract includes a £25 million release clause, the club said.", True),
 ("The new deal ends talk of Berg moving to Spain.", True),
 ("Kestrel City striker Jonas Berg has extended his stay at the club with a three-year contract.", True),
 ("Jonas Berg has completed a move to a Spanish club.", False),
 ("Berg's new contract includes a £52 million release clause.", False),
 ("Berg has signed a new five-year contract with Kestrel City.", False),
 ("Berg's new contract has no release clause, the club said.", False),
])
_add("A survey of 2,000 parents by the charity Family Lines found that 41% had cut back on food to pay for school uniforms, while a quarter said they had borrowed money to cover the cost.", [
 ("Two in five parents surveyed said they had cut back on food to afford school uniforms.", True),
 ("A quarter of the 2,000 parents surveyed had borrowed money to pay for uniforms.", True),
 ("The Family Lines survey found 41% of parents had eaten less to pay for school uniforms.", True),
 ("About one in four parents borrowed money to cover the cost of school uniforms, according to Family Lines.", True),
 ("A survey of 2,000 parents found that 14% had cut back on food to pay for school uniforms.", False),
 ("Most parents had borrowed money to pay for school uniforms, the survey found.", False),
 ("A survey of 2,000 teachers found that 41% had cut back on food to pay for school uniforms.", False),
 ("Three-quarters of parents said they had borrowed money to cover the cost of uniforms.", False),
])
_add("The Harwell Trust said on Monday it had raised £2.4 million of the £3 million needed to restore the town's Victorian pier, and that work would begin in the spring if the rest was found by January.", [
 ("The Harwell Trust has raised £2.4 million towards the £3 million cost of restoring the pier.", True),
 ("Work on the Victorian pier will start in the spring if the remaining money is found by January, the trust said.", True),
 ("The trust still needs about £600,000 to restore the town's pier.", True),
 ("The Harwell Trust said it had raised most of the money needed to restore the pier.", True),
 ("The Harwell Trust has raised the £3 million needed to restore the pier.", False),
 ("Work on the pier will begin in the spring, the trust said.", False),
 ("The Harwell Trust has raised £3.4 million to restore the pier.", False),
 ("Work on the pier began in January, the trust said.", False),
])
_add("Northbank Airways will cut 600 jobs, mostly in its call centres, as it moves customer service online, chief executive Paula Reyes told staff on Thursday; the pilots' union Balpa said none of its members would be affected.", [
 ("Northbank Airways is to shed 600 jobs, mostly in call centres, its chief executive told staff.", True),
 ("Paula Reyes said the airline was moving its customer service online.", True),
 ("Balpa said no pilots would lose their jobs in the cuts.", True),
 ("Most of the 600 job losses at Northbank Airways will be in call centres.", True),
 ("Northbank Airways will cut 600 pilot jobs.", False),
 ("Balpa said 600 of its members would lose their jobs.", False),
 ("Paula Reyes said Northbank Airways would create 600 jobs.", False),
 ("Balpa chief executive Paula Reyes told staff on Thursday that 600 jobs would go.", False),
])
_add("A jury at Carrow Crown Court cleared former nurse Helen Shaw of two charges of ill-treating patients but could not reach a verdict on a third, and prosecutors said they would decide next week whether to seek a retrial.", [
 ("Helen Shaw, a former nurse, was found not guilty of two charges of ill-treating patients.", True),
 ("The jury failed to reach a verdict on a third charge against Helen Shaw.", True),
 ("Prosecutors will decide next week whether to seek a retrial, they said.", True),
 ("A jury cleared Helen Shaw of two of the three charges she faced.", True),
 ("Helen Shaw was cleared of all three charges of ill-treating patients.", False),
 ("Prosecutors said they would seek a retrial.", False),
 ("A jury convicted Helen Shaw of a third charge of ill-treating patients.", False),
 ("Helen Shaw was found guilty of two charges of ill-treating patients.", False),
])
_add("Sea ice around Antarctica reached its smallest winter extent on record in September, about 1.5 million square kilometres below the 1981-2010 average, scientists at the National Snow and Ice Data Center said.", [
 ("Antarctic winter sea ice was at its lowest extent on record in September, scientists said.", True),
 ("The extent was about 1.5 million square kilometres below the 1981-2010 average.", True),
 ("Scientists at the National Snow and Ice Data Center said Antarctic sea ice hit a record winter low.", True),
 ("In September, winter sea ice around Antarctica covered a smaller area than ever recorded, according to the NSIDC.", True),
 ("Sea ice around Antarctica reached its largest winter extent on record in September.", False),
 ("The extent was about 1.5 million square kilometres above the 1981-2010 average.", False),
 ("Sea ice around the Arctic reached its smallest winter extent on record in September.", False),
 ("The extent was about 15 million square kilometres below the 1981-2010 average.", False),
])
_add("Teachers in Wexley will strike on 3 and 4 March after 71% of NEU members who voted backed action, on a turnout of 54%, in a dispute over workload; the council said schools would stay open where possible.", [
 ("Teachers in Wexley are to strike on 3 and 4 March in a row over workload.", True),
 ("Seventy-one per cent of NEU members who voted backed strike action.", True),
 ("The turnout in the ballot was 54%.", True),
 ("The council said it would try to keep schools open during the strike.", True),
 ("Teachers in Wexley will strike on 3 and 4 March in a dispute over pay.", False),
 ("54% of NEU members who voted backed strike action.", False),
 ("The council said all schools would close during the strike.", False),
 ("Teachers in Wexley will strike for a week from 3 March.", False),
])
_add("Kelby Zoo's two red pandas, Mei and Tam, have had their first cub, born on 12 June, the zoo said on Tuesday, adding that the cub would not be seen by visitors until it was about three months old.", [
 ("Red pandas Mei and Tam have had their first cub at Kelby Zoo.", True),
 ("The red panda cub was born on 12 June, the zoo said.", True),
 ("Visitors will not be able to see the cub until it is around three months old.", True),
 ("Kelby Zoo announced on Tuesday that its red pandas had produced their first cub.", True),
 ("Kelby Zoo's red pandas have had twins, born on 12 June.", False),
 ("The cub can be seen by visitors from today, the zoo said.", False),
 ("The red panda cub was born on 21 June.", False),
 ("It is the red pandas' third cub, the zoo said.", False),
])
_add("Lorry drivers at the Fenwick depot of Carro Logistics will walk out for 48 hours from Monday after rejecting a 4% pay offer, the GMB union said; the company said deliveries to supermarkets would not be affected.", [
 ("Carro Logistics lorry drivers at Fenwick will stage a 48-hour strike from Monday, the GMB said.", True),
 ("The drivers rejected a pay offer of 4%, according to the union.", True),
 ("Carro Logistics said supermarket deliveries would not be disrupted by the strike.", True),
 ("The GMB said drivers at the Fenwick depot would walk out for two days after turning down a 4% rise.", True),
 ("Lorry drivers at Carro Logistics accepted a 4% pay offer.", False),
 ("The GMB said deliveries to supermarkets would be affected by the strike.", False),
 ("Lorry drivers will walk out for 48 hours from Friday.", False),
 ("Carro Logistics drivers will strike for a week from Monday.", False),
])
_add("Mayor Ruth Calder has dropped plans for a congestion charge in Brisca city centre after a public consultation in which 64% of respondents opposed it, but she said a low-emission zone would still go ahead next year.", [
 ("Ruth Calder has scrapped plans for a congestion charge in Brisca city centre.", True),
 ("Almost two-thirds of people who responded to the consultation opposed the charge.", True),
 ("A low-emission zone will still be introduced next year, the mayor said.", True),
 ("The congestion charge plan was dropped after 64% of consultation respondents opposed it.", True),
 ("Mayor Ruth Calder has introduced a congestion charge in Brisca city centre.", False),
 ("Ruth Calder said the low-emission zone had also been dropped.", False),
 ("Most respondents to the consultation supported the congestion charge.", False),
 ("The low-emission zone will go ahead this year, the mayor said.", False),
])
_add("Tarn Water has lifted a hosepipe ban for 1.2 million customers in Tarnshire after three weeks of heavy rain refilled its reservoirs, the company said, but it urged people to keep using water wisely.", [
 ("Tarn Water has lifted its hosepipe ban for 1.2 million customers.", True),
 ("Three weeks of heavy rain refilled the company's reservoirs, Tarn Water said.", True),
 ("Tarn Water urged customers to continue using water wisely.", True),
 ("The hosepipe ban in Tarnshire has been lifted after reservoirs were replenished by heavy rain.", True),
 ("Tarn Water has imposed a hosepipe ban on 1.2 million customers.", False),
 ("Tarn Water lifted the hosepipe ban after three months of heavy rain.", False),
 ("Tarn Water has lifted a hosepipe ban for 2.1 million customers.", False),
 ("Tarn Water said customers no longer needed to save water.", False),
])
_add("Sprinter Dayo Mensah won 100m gold at the European Championships in Rome in 9.91 seconds, a championship record, ahead of Britain's Luke Hale in 9.98, with Italy's Marco Bassi third.", [
 ("Dayo Mensah won the European 100m title in Rome in a championship record of 9.91 seconds.", True),
 ("Luke Hale of Britain took silver in 9.98 seconds.", True),
 ("Italy's Marco Bassi finished third in the 100m final.", True),
 ("Mensah's time of 9.91 seconds was a championship record.", True),
 ("Luke Hale won 100m gold at the European Championships in 9.91 seconds.", False),
 ("Dayo Mensah won 100m gold in 9.91 seconds, a world record.", False),
 ("Marco Bassi finished second in the 100m final.", False),
 ("Dayo Mensah won 100m gold in 9.19 seconds.", False),
])
_add("Novelist Anna Kerr has won the £50,000 Halden Prize for fiction for her debut novel The Salt Road, beating five other shortlisted writers, the chair of the judges, Peter Lom, announced at a ceremony in Edinburgh on Thursday night.", [
 ("Anna Kerr's debut novel The Salt Road has won the Halden Prize for fiction.", True),
 ("The Halden Prize is worth £50,000.", True),
 ("Kerr beat five other writers on the shortlist, the judges' chair said.", True),
 ("The winner was announced in Edinburgh on Thursday night by Peter Lom, who chaired the judges.", True),
 ("Anna Kerr has won the £50,000 Halden Prize for her second novel, The Salt Road.", False),
 ("Peter Lom has won the Halden Prize for fiction.", False),
 ("Kerr beat seven other shortlisted writers to the prize.", False),
 ("The winner was announced at a ceremony in London on Thursday night.", False),
])
_add("Voters in Lisk rejected a proposal to merge the town council with neighbouring Dorran by 58% to 42% in a referendum on Sunday, on a turnout of 61%; Lisk's mayor, Tomas Wray, who had campaigned for the merger, said he accepted the result.", [
 ("Lisk voters turned down a plan to merge their council with Dorran's in Sunday's referendum.", True),
 ("The merger proposal was rejected by 58% to 42%.", True),
 ("Turnout in the referendum was 61%.", True),
 ("Mayor Tomas Wray, who backed the merger, said he accepted the outcome.", True),
 ("Voters in Lisk backed a merger with Dorran by 58% to 42%.", False),
 ("Mayor Tomas Wray, who had opposed the merger, welcomed the result.", False),
 ("Turnout in the referendum was 42%.", False),
 ("Voters in Dorran rejected a merger with Lisk in a referendum on Sunday.", False),
])
_add("Harwick General Hospital has suspended its home-birth service for at least six weeks because of a shortage of midwives, the hospital trust said, adding that women due to give birth at home would be contacted individually.", [
 ("Harwick General has paused its home-birth service because of a lack of midwives.", True),
 ("The suspension will last at least six weeks, the trust said.", True),
 ("Women who had planned home births will be contacted individually, according to the trust.", True),
 ("A shortage of midwives has led the hospital trust to suspend home births for at least six weeks.", True),
 ("Harwick General Hospital has closed its maternity unit for six weeks.", False),
 ("The home-birth service has been suspended for up to six weeks.", False),
 ("The home-birth service was suspended because of a shortage of doctors.", False),
 ("Harwick General Hospital has permanently ended its home-birth service.", False),
])
_add("Shares in chip designer Velnor fell 14% on Wednesday after it cut its full-year revenue forecast to $3.1bn from $3.6bn, blaming weaker demand from smartphone makers in China.", [
 ("Velnor's shares dropped 14% after the company lowered its annual revenue forecast.", True),
 ("Velnor now expects full-year revenue of $3.1bn, down from a previous forecast of $3.6bn.", True),
 ("The chip designer blamed weaker demand from Chinese smartphone makers.", True),
 ("Velnor cut its revenue forecast for the year to $3.1bn, sending its shares down 14%.", True),
 ("Shares in Velnor rose 14% after it raised its revenue forecast.", False),
 ("Velnor cut its full-year revenue forecast to $3.6bn from $3.1bn.", False),
 ("Velnor blamed weaker demand from carmakers in China.", False),
 ("Velnor's shares fell 14% on Wednesday after it reported a loss.", False),
])
_add("Fire crews rescued a 72-year-old man from the roof of his car after it was swept into floodwater near Olby on Friday evening, Tarnshire Fire and Rescue Service said; he was taken to hospital as a precaution.", [
 ("A 72-year-old man was rescued from the roof of his car after it was swept into floodwater near Olby.", True),
 ("The man was taken to hospital as a precaution, the fire service said.", True),
 ("Crews rescued a man from his car roof on Friday evening after floodwater swept the vehicle away near Olby.", True),
 ("Tarnshire Fire and Rescue Service said the rescue took place near Olby on Friday evening.", True),
 ("A 72-year-old man died after his car was swept into floodwater near Olby.", False),
 ("Police rescued a 72-year-old man from the roof of his car.", False),
 ("A 27-year-old man was rescued from the roof of his car near Olby.", False),
 ("The man was taken to hospital with serious injuries, the fire service said.", False),
])
_add("Harlow Borough Council voted by 31 votes to 12 on Wednesday to raise council tax by 4.99% from April, the maximum allowed without a referendum, adding about £92 a year to a typical Band D bill.", [
 ("Harlow councillors approved a 4.99% council tax rise from April.", True),
 ("The rise is the largest the council could make without holding a referendum.", True),
 ("A typical Band D household will pay about £92 more a year.", True),
 ("The increase was backed by 31 votes to 12.", True),
 ("Harlow councillors rejected a 4.99% council tax rise.", False),
 ("The council tax rise was approved unanimously.", False),
 ("A typical Band D bill will rise by about £92 a month.", False),
 ("The council will hold a referendum on the 4.99% rise.", False),
])
_add("The opening of the Westcombe nuclear power station has been delayed by two years to 2031 and its cost has risen to £34bn from £26bn, operator Avenor Energy said on Thursday, blaming supply chain problems and a shortage of skilled workers.", [
 ("Avenor Energy said the Westcombe plant would open in 2031, two years later than planned.", True),
 ("The cost of the Westcombe nuclear station has risen to £34bn, Avenor said.", True),
 ("Avenor blamed problems with its supply chain and a lack of skilled workers for the delay.", True),
 ("The plant's projected cost has increased by £8bn.", True),
 ("The Westcombe plant's opening has been delayed by three years to 2031.", False),
 ("The cost of the plant has fallen to £26bn from £34bn.", False),
 ("Avenor Energy blamed strikes by workers for the delay.", False),
 ("The government said the Westcombe plant would open in 2031.", False),
])
_add("Carrow Airport handled a record 3.2 million passengers in August, up 11% on a year earlier, with Spain and Greece the most popular destinations, the airport said.", [
 ("Carrow Airport had its busiest month on record in August, with 3.2 million passengers.", True),
 ("Passenger numbers at Carrow rose 11% compared with August last year.", True),
 ("Spain and Greece were the most popular destinations, according to the airport.", True),
 ("A record 3.2 million people flew through Carrow Airport in August.", True),
 ("Carrow Airport handled 3.2 million passengers in August, down 11% on a year earlier.", False),
 ("Italy and Greece were the most popular destinations.", False),
 ("Carrow Airport handled a record 2.3 million passengers in August.", False),
 ("Carrow Airport handled a record 3.2 million passengers in July.", False),
])
_add("Ofsted has rated Kingsmead Academy in Norbury as inadequate, down from good, after inspectors found pupils' behaviour was poor and leaders had failed to tackle bullying; the head teacher, Carl Dent, said the school was already making changes.", [
 ("Kingsmead Academy has been rated inadequate by Ofsted, having previously been judged good.", True),
 ("Inspectors found that pupils' behaviour at Kingsmead was poor.", True),
 ("Head teacher Carl Dent said changes were already being made.", True),
 ("Ofsted said leaders at the Norbury school had failed to deal with bullying.", True),
 ("Ofsted has rated Kingsmead Academy as good, up from inadequate.", False),
 ("Inspectors found that leaders had tackled bullying effectively.", False),
 ("Head teacher Carl Dent said the school would appeal against the rating.", False),
 ("Ofsted has rated Kingsmead Academy in Norbury as requiring improvement.", False),
])
_add("A planned 24-hour strike by bus drivers in Dunmore has been called off after they accepted an improved pay offer of 7.5%, the Unite union said, meaning services will run as normal on Friday.", [
 ("Bus drivers in Dunmore have called off a 24-hour strike after accepting a better pay offer.", True),
 ("The drivers accepted an improved offer of 7.5%, Unite said.", True),
 ("Bus services in Dunmore will run normally on Friday.", True),
 ("Unite said the walkout planned by Dunmore bus drivers would not go ahead.", True),
 ("Bus drivers in Dunmore will strike for 24 hours on Friday.", False),
 ("The drivers rejected an improved pay offer of 7.5%.", False),
 ("Bus drivers in Dunmore accepted a pay offer of 5.7%.", False),
 ("Unite said bus services would be disrupted on Friday.", False),
])
_add("Marta Lind will step down as chief executive of retailer Holloway's in March after eight years, the company said on Monday, and will be replaced by finance director Owen Tate; Holloway's shares rose 3% on the news.", [
 ("Holloway's chief executive Marta Lind is to leave the retailer in March after eight years in the job.", True),
 ("Finance director Owen Tate will succeed Marta Lind as chief executive.", True),
 ("Shares in Holloway's rose 3% after the announcement.", True),
 ("Lind, who has led Holloway's for eight years, will stand down in March, the company said.", True),
 ("Owen Tate will step down as chief executive of Holloway's in March.", False),
 ("Marta Lind will be replaced by operations director Owen Tate.", False),
 ("Holloway's shares fell 3% on the news.", False),
 ("Marta Lind was sacked as chief executive of Holloway's.", False),
])
_add("About 40,000 homes in north Wales were left without power on Saturday after Storm Elin brought gusts of up to 80mph, and the Met Office said a yellow wind warning would remain in place until Sunday evening.", [
 ("Storm Elin left around 40,000 homes in north Wales without electricity on Saturday.", True),
 ("Gusts reached up to 80mph during Storm Elin.", True),
 ("A yellow warning for wind stays in force until Sunday evening, according to the Met Office.", True),
 ("Tens of thousands of homes in north Wales lost power as Storm Elin hit.", True),
 ("About 40,000 homes in south Wales were left without power on Saturday.", False),
 ("Storm Elin brought gusts of up to 100mph.", False),
 ("The Met Office said an amber wind warning would remain in place until Sunday evening.", False),
 ("About 40,000 homes in north Wales were left without water after Storm Elin.", False),
])
_add("A landlord who let a damp and mouldy flat in Harbury to a family with two young children has been fined £15,000 by magistrates and ordered to pay £2,400 in costs after the council prosecuted him.", [
 ("A landlord has been fined £15,000 after renting out a damp, mouldy flat in Harbury to a family with two young children.", True),
 ("Magistrates also ordered the landlord to pay costs of £2,400.", True),
 ("The council brought the prosecution against the landlord.", True),
 ("The landlord was fined £15,000 and told to pay £2,400 costs.", True),
 ("A landlord has been fined £2,400 and ordered to pay £15,000 in costs.", False),
 ("A landlord has been jailed for renting out a damp and mouldy flat in Harbury.", False),
 ("The family prosecuted the landlord over the damp and mouldy flat.", False),
 ("A landlord who let a damp flat to a family with three young children has been fined £15,000.", False),
])
_add("The Kelso Gallery has bought a lost portrait by the 18th-century painter Anne Forbes for £620,000 after a public appeal raised £180,000, with the rest coming from the National Heritage Fund.", [
 ("A lost portrait by Anne Forbes has been acquired by the Kelso Gallery for £620,000.", True),
 ("A public appeal raised £180,000 towards the purchase.", True),
 ("The National Heritage Fund provided the rest of the money for the portrait.", True),
 ("The Kelso Gallery paid £620,000 for the 18th-century portrait.", True),
 ("The Kelso Gallery has sold a lost portrait by Anne Forbes for £620,000.", False),
 ("A public appeal raised £620,000 to buy the portrait.", False),
 ("The National Heritage Fund paid for the whole of the portrait.", False),
 ("The portrait is by the 19th-century painter Anne Forbes.", False),
])
_add("Carrow City were relegated from the Premier Division on Saturday after a 2-1 defeat at home to Dunmore Athletic, ending a six-year stay in the top flight; manager Paul Brody said he would stay on.", [
 ("Carrow City's six-year stay in the Premier Division ended with relegation on Saturday.", True),
 ("Dunmore Athletic won 2-1 at Carrow City.", True),
 ("Manager Paul Brody said he would remain in charge after the relegation.", True),
 ("A 2-1 home defeat by Dunmore Athletic sent Carrow City down.", True),
 ("Carrow City were promoted to the Premier Division on Saturday.", False),
 ("Carrow City beat Dunmore Athletic 2-1 at home.", False),
 ("Manager Paul Brody said he would resign after the relegation.", False),
 ("Carrow City's relegation ended a four-year stay in the top flight.", False),
])
_add("Scientists at the Marlow Natural History Museum have identified a new species of frog in the cloud forests of northern Peru, the museum said on Wednesday, naming it Pristimantis lunae after the moonlit nights on which it calls.", [
 ("A new frog species has been found in the cloud forests of northern Peru by scientists from the Marlow Natural History Museum.", True),
 ("The frog has been named Pristimantis lunae.", True),
 ("The museum said the name refers to the moonlit nights when the frog calls.", True),
 ("Researchers at a natural history museum have discovered a previously unknown frog in Peru.", True),
 ("Scientists have identified a new species of toad in northern Peru.", False),
 ("A new species of frog has been found in the cloud forests of southern Peru.", False),
 ("Scientists at the Marlow Natural History Museum have identified a new species of frog in Ecuador.", False),
 ("The frog was named after the scientist who found it.", False),
])
_add("A wildfire on the island of Kessa destroyed 42 homes and forced the evacuation of about 2,500 people on Thursday, but no one was hurt, the regional fire service said, adding that strong winds were hampering efforts to contain it.", [
 ("A wildfire on Kessa destroyed 42 homes, the regional fire service said.", True),
 ("About 2,500 people were evacuated because of the fire.", True),
 ("No one was injured in the wildfire on Kessa.", True),
 ("Efforts to contain the blaze were being hampered by strong winds.", True),
 ("A wildfire on Kessa destroyed 42 homes and killed two people.", False),
 ("The fire service said the blaze had been contained.", False),
 ("About 25,000 people were evacuated from Kessa.", False),
 ("A wildfire on Kessa damaged 42 homes.", False),
])
_add("Nurses in Scotland have accepted a two-year pay deal worth 11% in total, the RCN said on Monday, after 64% of members who voted backed it, ending the threat of strikes this winter.", [
 ("Scottish nurses have voted to accept an 11% pay deal over two years, the Royal College of Nursing said.", True),
 ("The deal was backed by 64% of RCN members who voted.", True),
 ("The agreement ends the threat of strike action by nurses in Scotland this winter.", True),
 ("Nurses in Scotland accepted a two-year deal worth 11%, according to the RCN.", True),
 ("Nurses in Scotland have rejected a two-year pay deal worth 11%.", False),
 ("Nurses in Wales have accepted a two-year pay deal worth 11%.", False),
 ("The pay deal is worth 11% a year for two years.", False),
 ("64% of RCN members voted against the deal.", False),
])
_add("Twelve people were treated for minor injuries after a rollercoaster at Brightwater Park stopped suddenly on Saturday, the park said; the ride will stay closed while engineers investigate.", [
 ("A rollercoaster at Brightwater Park came to a sudden stop on Saturday, leaving 12 people with minor injuries.", True),
 ("The ride will remain closed while engineers look into what happened.", True),
 ("Brightwater Park said twelve people were treated for minor injuries.", True),
 ("Engineers are investigating after the ride stopped suddenly.", True),
 ("Twelve people were seriously injured after a rollercoaster at Brightwater Park stopped suddenly.", False),
 ("The ride reopened on Sunday after engineers investigated.", False),
 ("Twenty people were treated for minor injuries after a rollercoaster stopped.", False),
 ("A rollercoaster at Brightwater Park derailed on Saturday.", False),
])
_add("The High Court has ruled that a ban on protests outside the Harlow abortion clinic was lawful, rejecting a challenge brought by campaign group Voice for Life, which said it would appeal.", [
 ("The High Court has upheld a ban on protests outside the Harlow abortion clinic.", True),
 ("Voice for Life's challenge to the protest ban was rejected by the High Court.", True),
 ("The campaign group said it would appeal against the ruling.", True),
 ("The court ruled the ban on protests outside the clinic was lawful.", True),
 ("The High Court has ruled that a ban on protests outside the Harlow abortion clinic was unlawful.", False),
 ("Voice for Life said it would not appeal against the ruling.", False),
 ("The High Court upheld a challenge brought by Voice for Life.", False),
 ("The Court of Appeal has ruled that the protest ban was lawful.", False),
])
_add("Northgate Bank will close 54 branches between May and October, affecting about 600 staff, most of whom will be offered other roles, the bank said, citing a 40% fall in counter transactions since 2019.", [
 ("Northgate Bank plans to shut 54 branches between May and October.", True),
 ("About 600 staff are affected, most of whom will be offered other jobs, the bank said.", True),
 ("The bank cited a 40% drop in counter transactions since 2019.", True),
 ("Northgate Bank said the closures would affect around 600 employees.", True),
 ("Northgate Bank will close 45 branches between May and October.", False),
 ("About 600 staff will lose their jobs, the bank said.", False),
 ("The bank cited a 40% rise in online banking since 2019.", False),
 ("All of the 600 affected staff will be offered other roles.", False),
])
_add("A red panda that escaped from Harlow Zoo on Tuesday was found safe in a garden two miles away the next morning and has been returned to its enclosure, keepers said.", [
 ("A red panda that got out of Harlow Zoo was found unharmed in a garden two miles away.", True),
 ("The panda was found the morning after it escaped, keepers said.", True),
 ("The escaped red panda has been returned to its enclosure at Harlow Zoo.", True),
 ("Keepers said the red panda, which escaped on Tuesday, was found on Wednesday morning.", True),
 ("A red panda that escaped from Harlow Zoo was found dead in a garden.", False),
 ("A red panda that escaped from Harlow Zoo was found in a garden 20 miles away.", False),
 ("The red panda escaped from Harlow Zoo on Monday.", False),
 ("The red panda is still missing, keepers said.", False),
])
_add("Universities in England will be allowed to raise tuition fees to £9,535 a year from September, the first increase since 2017, the education secretary announced, while maintenance loans will rise by 3.1%.", [
 ("Tuition fees in England can rise to £9,535 a year from September, the education secretary said.", True),
 ("It is the first rise in tuition fees since 2017.", True),
 ("Maintenance loans will increase by 3.1%.", True),
 ("The education secretary announced that English universities may charge up to £9,535 a year.", True),
 ("Tuition fees in England will fall to £9,535 a year from September.", False),
 ("It is the first increase in tuition fees since 2012.", False),
 ("Maintenance loans will be frozen, the education secretary said.", False),
 ("Universities in Scotland will be allowed to raise tuition fees to £9,535.", False),
])
_add("Up to 15cm of snow fell on high ground in the Pennines overnight, closing the A66 between Scotch Corner and Penrith, and the Met Office has issued an amber warning for ice until noon on Friday.", [
 ("As much as 15cm of snow fell on high ground in the Pennines overnight.", True),
 ("Snow closed the A66 between Scotch Corner and Penrith.", True),
 ("An amber ice warning is in place until midday on Friday, the Met Office said.", True),
 ("Overnight snow in the Pennines shut the A66.", True),
 ("At least 15cm of snow fell on high ground in the Pennines overnight.", False),
 ("The M6 was closed between Scotch Corner and Penrith.", False),
 ("The Met Office has issued a red warning for ice until noon on Friday.", False),
 ("Up to 15cm of snow fell in the Lake District overnight.", False),
])
_add("Rail operator Westline cancelled 1 in 8 trains last month because of a shortage of drivers, the worst figure in the country, according to data from the Office of Rail and Road published on Thursday.", [
 ("Westline cancelled one in eight of its trains last month because it did not have enough drivers.", True),
 ("Westline's cancellation rate was the worst in the country, figures from the Office of Rail and Road showed.", True),
 ("The data was published by the Office of Rail and Road on Thursday.", True),
 ("A driver shortage led Westline to cancel 12.5% of its trains last month.", True),
 ("Westline cancelled 1 in 8 trains last month because of strikes.", False),
 ("Westline had the best cancellation figure in the country last month.", False),
 ("Westline cancelled 1 in 5 trains last month.", False),
 ("Westline said it cancelled 1 in 8 trains last month.", False),
])
_add("A Skyra Airways flight from Dublin to Malaga made an emergency landing in Bordeaux on Sunday after a passenger fell seriously ill, the airline said; the passenger was taken to hospital and the flight continued two hours later.", [
 ("A Skyra Airways flight to Malaga was diverted to Bordeaux after a passenger became seriously ill.", True),
 ("The sick passenger was taken to hospital, the airline said.", True),
 ("The flight resumed its journey two hours later.", True),
 ("Skyra Airways said the Dublin to Malaga flight made an emergency landing in Bordeaux on Sunday.", True),
 ("A Skyra Airways flight from Malaga to Dublin made an emergency landing in Bordeaux.", False),
 ("A Skyra Airways flight made an emergency landing in Bordeaux after an engine failure.", False),
 ("The flight was cancelled after the emergency landing, the airline said.", False),
 ("The passenger died after the flight made an emergency landing.", False),
])
_add("The Environment Agency has declared a drought in East Anglia after the driest spring in the region for 50 years, and Anglian Water said a hosepipe ban was not planned for now.", [
 ("A drought has been declared in East Anglia by the Environment Agency.", True),
 ("East Anglia had its driest spring for 50 years.", True),
 ("Anglian Water said it had no plans for a hosepipe ban at present.", True),
 ("The drought declaration follows the region's driest spring in half a century.", True),
 ("The Environment Agency has declared a drought in East Anglia after the wettest spring in 50 years.", False),
 ("Anglian Water has announced a hosepipe ban in East Anglia.", False),
 ("East Anglia had its driest spring for 100 years.", False),
 ("Anglian Water has declared a drought in East Anglia.", False),
])
_add("Green candidate Mia Lowe has withdrawn from the Harbury by-election after old social media posts came to light, the party said, but her name will remain on the ballot paper because nominations have closed.", [
 ("Mia Lowe has pulled out of the Harbury by-election, the Green Party said.", True),
 ("Lowe's name will still appear on the ballot paper as nominations have closed.", True),
 ("The Green candidate withdrew after past social media posts emerged.", True),
 ("Mia Lowe stood down as the Greens' candidate in the Harbury by-election.", True),
 ("Mia Lowe has been selected as the Green candidate for the Harbury by-election.", False),
 ("Mia Lowe's name has been removed from the ballot paper.", False),
 ("Labour candidate Mia Lowe has withdrawn from the Harbury by-election.", False),
 ("Mia Lowe withdrew after she was charged with fraud.", False),
])
_add("About 12,000 homes in rural Tarnshire will get gigabit broadband by the end of 2026 under a £38 million contract awarded to Fibrenet, the government said on Monday.", [
 ("Fibrenet has been awarded a £38 million contract to bring gigabit broadband to rural Tarnshire.", True),
 ("Around 12,000 homes will be connected by the end of 2026, the government said.", True),
 ("The government said on Monday that 12,000 rural homes in Tarnshire would get gigabit broadband.", True),
 ("The contract is worth £38m.", True),
 ("About 12,000 homes in rural Tarnshire already have gigabit broadband.", False),
 ("About 12,000 homes will get gigabit broadband by the end of 2025.", False),
 ("Fibrenet has been awarded a £83 million contract.", False),
 ("Fibrenet said 12,000 homes in rural Tarnshire would get gigabit broadband.", False),
])
_add("Chef Nadia Cole will close her Michelin-starred restaurant Ember in Leeds in June after 11 years, blaming rising energy and food costs, but said she would open a smaller bistro in the city next year.", [
 ("Nadia Cole is to close Ember, her Michelin-starred Leeds restaurant, in June after 11 years.", True),
 ("Cole blamed the rising cost of energy and food for the closure.", True),
 ("She plans to open a smaller bistro in Leeds next year.", True),
 ("Ember, which has a Michelin star, will shut in June, chef Nadia Cole said.", True),
 ("Nadia Cole will close her Michelin-starred restaurant Ember in Leeds in July.", False),
 ("Cole blamed staff shortages for the closure of Ember.", False),
 ("Nadia Cole said she would open a larger restaurant in Leeds next year.", False),
 ("Ember has lost its Michelin star, chef Nadia Cole said.", False),
])
_add("Cyclist Tom Rhys has been banned for four years after testing positive for the steroid nandrolone at the national championships in June, UK Anti-Doping said; Rhys, 27, denies knowingly taking the drug and will appeal.", [
 ("Tom Rhys has received a four-year ban after a positive test for nandrolone.", True),
 ("Rhys tested positive at the national championships in June, according to UK Anti-Doping.", True),
 ("The 27-year-old cyclist denies knowingly taking nandrolone and plans to appeal.", True),
 ("UK Anti-Doping said Rhys had been suspended for four years.", True),
 ("Tom Rhys has been banned for two years after testing positive for nandrolone.", False),
 ("Tom Rhys admitted taking nandrolone.", False),
 ("Rhys tested positive for EPO at the national championships.", False),
 ("Rhys said he would not appeal against the ban.", False),
])
_add("The proportion of A-level entries in England awarded an A or A* fell to 27.8% this year from 28.5% last year, exams regulator Ofqual said, but remained above the 25.4% of 2019.", [
 ("27.8% of A-level entries in England got an A or A* this year, down from 28.5%.", True),
 ("The share of top A-level grades is still higher than in 2019, when it was 25.4%.", True),
 ("Ofqual said the proportion of A and A* grades had fallen.", True),
 ("Top A-level grades fell slightly this year, according to Ofqual.", True),
 ("The proportion of A-level entries awarded an A or A* rose to 27.8% this year.", False),
 ("27.8% of A-level entries got an A or A*, below the level of 2019.", False),
 ("The proportion of top grades fell to 28.5% this year from 27.8%.", False),
 ("The proportion of A-level entries in Wales awarded an A or A* fell to 27.8%.", False),
])
_add("Severn Vale Water paid its shareholders £48 million in dividends last year while its debt rose to £6.1 billion, accounts published on Friday showed; the company said no money had come from customers' bills.", [
 ("Severn Vale Water paid out £48 million in dividends to shareholders last year.", True),
 ("The water company's debt increased to £6.1bn, according to its accounts.", True),
 ("Severn Vale Water said the dividends were not funded from customers' bills.", True),
 ("Accounts published on Friday show Severn Vale's debts rose to £6.1 billion last year.", True),
 ("Severn Vale Water paid its shareholders £48 billion in dividends last year.", False),
 ("Severn Vale Water's debt fell to £6.1 billion last year.", False),
 ("Severn Vale Water said the dividends were paid for by customers' bills.", False),
 ("Severn Vale Water paid its shareholders £48 million in dividends last month.", False),
])
_add("A seven-year-old boy needed surgery after he was bitten by a neighbour's dog in a garden in Olby on Saturday, police said; the dog, an XL bully, has been seized and its owner, a 34-year-old woman, was arrested.", [
 ("A seven-year-old boy needed an operation after being bitten by a dog in Olby.", True),
 ("The dog, an XL bully, has been seized by police.", True),
 ("A 34-year-old woman who owned the dog was arrested, police said.", True),
 ("Police said the boy was attacked by a neighbour's dog in a garden on Saturday.", True),
 ("A seven-year-old girl needed surgery after she was bitten by a dog in Olby.", False),
 ("The dog has been put down, police said.", False),
 ("The dog's owner, a 43-year-old woman, was arrested.", False),
 ("The boy was bitten by his family's dog in a garden in Olby.", False),
])
_add("A new £25 million cancer wing at Tarn General Hospital opened on Monday, with 40 beds and two radiotherapy machines, and will treat about 5,000 patients a year, the trust said.", [
 ("Tarn General Hospital's new £25m cancer wing opened on Monday.", True),
 ("The wing has 40 beds and two radiotherapy machines.", True),
 ("About 5,000 patients a year will be treated in the new cancer wing, the trust said.", True),
 ("The trust said the £25 million unit would treat around 5,000 patients each year.", True),
 ("A new £25 million cancer wing at Tarn General Hospital will open next year.", False),
 ("The new wing has 40 beds and four radiotherapy machines.", False),
 ("The new cancer wing will treat about 5,000 patients a month.", False),
 ("A new £25 million maternity wing at Tarn General Hospital opened on Monday.", False),
])
_add("Harlow Council will move to fortnightly bin collections from 1 April to save £1.2 million a year, but food waste will still be collected weekly, the council said.", [
 ("Bins in Harlow will be emptied every two weeks from 1 April.", True),
 ("The council expects the change to save £1.2m a year.", True),
 ("Food waste will continue to be collected every week, according to the council.", True),
 ("Harlow Council said fortnightly collections would start in April.", True),
 ("Harlow Council will move to monthly bin collections from 1 April.", False),
 ("Food waste will also be collected fortnightly.", False),
 ("The change will save £1.2 million a month.", False),
 ("Harlow Council will move to weekly bin collections from 1 April.", False),
])
_add("Conservative MP Rachel Dunn has defected to Reform UK, saying her former party had 'lost its way', in a blow to leader Kemi Badenoch; Dunn will now sit as Reform's sixth MP.", [
 ("Rachel Dunn has left the Conservatives to join Reform UK.", True),
 ("Dunn said the Conservative Party had 'lost its way'.", True),
 ("Reform UK now has six MPs after Rachel Dunn's defection.", True),
 ("The defection is a blow to Conservative leader Kemi Badenoch.", True),
 ("Reform UK MP Rachel Dunn has defected to the Conservatives.", False),
 ("Rachel Dunn will sit as Reform's fifth MP.", False),
 ("Kemi Badenoch said the party had 'lost its way'.", False),
 ("Rachel Dunn has defected to Labour.", False),
])
_add("Part of a multi-storey car park in Tarnley collapsed early on Wednesday, crushing 14 cars, but no one was injured as the building was closed at the time, the fire service said.", [
 ("Part of a multi-storey car park in Tarnley collapsed on Wednesday morning.", True),
 ("Fourteen cars were crushed in the collapse, the fire service said.", True),
 ("No one was hurt because the car park was closed when it collapsed.", True),
 ("The fire service said there were no injuries when the car park partly collapsed.", True),
 ("A multi-storey car park in Tarnley collapsed on Wednesday evening.", False),
 ("Two people were injured when part of a car park in Tarnley collapsed.", False),
 ("Part of a multi-storey car park in Tarnley collapsed, crushing 41 cars.", False),
 ("The car park was busy with shoppers when it collapsed.", False),
])
_add("The chief executive of the charity Homes First was paid £245,000 last year, up from £198,000, its annual report shows, while the charity cut 60 jobs.", [
 ("Homes First's chief executive received £245,000 last year, up from £198,000.", True),
 ("The charity cut 60 jobs, according to its annual report.", True),
 ("The boss of Homes First got a pay rise of £47,000 last year.", True),
 ("Homes First's annual report shows its chief executive's pay rose to £245,000.", True),
 ("The chief executive of Homes First was paid £198,000 last year, up from £245,000.", False),
 ("The charity created 60 jobs last year.", False),
 ("The chief executive of Homes First took a pay cut last year.", False),
 ("The chair of Homes First was paid £245,000 last year.", False),
])
_add("A couple from Olby who won £7.5 million on the EuroMillions said they would keep working and buy a caravan, after their ticket was checked a week after the draw.", [
 ("An Olby couple have won £7.5m on the EuroMillions.", True),
 ("The couple plan to carry on working and buy a caravan.", True),
 ("Their ticket was checked a week after the draw.", True),
 ("The EuroMillions winners from Olby said they would not give up their jobs.", True),
 ("A couple from Olby who won £7.5 million on the EuroMillions said they would quit their jobs.", False),
 ("An Olby couple have won £5.7m on the EuroMillions.", False),
 ("The couple said they would buy a villa in Spain.", False),
 ("The couple checked their ticket on the night of the draw.", False),
])
_add("A 12-metre sperm whale that stranded on a beach near Tarnmouth on Thursday has died despite efforts by rescuers to refloat it, the coastguard said; experts will carry out a post-mortem to find out why it beached.", [
 ("A sperm whale that stranded near Tarnmouth has died, the coastguard said.", True),
 ("Rescuers had tried to refloat the 12-metre whale.", True),
 ("A post-mortem examination will be carried out to establish why the whale beached.", True),
 ("Despite rescue efforts, the stranded sperm whale died on a beach near Tarnmouth.", True),
 ("A sperm whale that stranded near Tarnmouth was successfully refloated by rescuers.", False),
 ("A 21-metre sperm whale stranded on a beach near Tarnmouth.", False),
 ("A post-mortem found the whale died of starvation.", False),
 ("A humpback whale stranded on a beach near Tarnmouth on Thursday.", False),
])
_add("Ministers have approved a 500-megawatt solar farm on 1,400 hectares of farmland near Dunford, overruling objections from the local council, which said it would take too much productive land.", [
 ("A 500MW solar farm near Dunford has been given the go-ahead by ministers.", True),
 ("The solar farm will cover 1,400 hectares of farmland.", True),
 ("Ministers overruled the local council, which had objected to the scheme.", True),
 ("The council said the solar farm would take up too much productive farmland.", True),
 ("Ministers have rejected a 500-megawatt solar farm near Dunford.", False),
 ("The local council backed the solar farm near Dunford.", False),
 ("The solar farm will cover 400 hectares of farmland.", False),
 ("Ministers have approved a 500-megawatt wind farm near Dunford.", False),
])
_add("A painting by Scottish artist Mary Heron sold for £2.3 million at auction in London on Tuesday, a record for a work by a female Scottish artist, more than double its estimate of £900,000.", [
 ("Mary Heron's painting fetched £2.3m at a London auction.", True),
 ("The sale set a record for a work by a female Scottish artist.", True),
 ("The painting sold for more than twice its £900,000 estimate.", True),
 ("A work by Mary Heron has sold for a record £2.3 million, the highest price paid for a female Scottish artist.", True),
 ("A painting by Mary Heron sold for £2.3 million, less than its estimate.", False),
 ("A painting by Mary Heron sold for £2.3 million at auction in Edinburgh.", False),
 ("The sale set a record for any Scottish artist.", False),
 ("The painting was estimated at £2.3 million and sold for £900,000.", False),
])
_add("A GP in Harbury has been suspended for six months by a medical tribunal after prescribing strong painkillers to relatives without proper checks, though the tribunal found he had not acted dishonestly.", [
 ("A Harbury GP has been suspended for six months for prescribing strong painkillers to family members without proper checks.", True),
 ("The tribunal found the doctor had not been dishonest.", True),
 ("A medical tribunal suspended the Harbury doctor for half a year.", True),
 ("The GP prescribed strong painkillers to relatives without carrying out proper checks, the tribunal found.", True),
 ("A GP in Harbury has been struck off after prescribing strong painkillers to relatives.", False),
 ("The tribunal found the GP had acted dishonestly.", False),
 ("A GP in Harbury has been suspended for six weeks.", False),
 ("A GP in Harbury prescribed strong painkillers to patients without proper checks.", False),
])
_add("Sewage was discharged into the River Lark for more than 2,000 hours last year, up from 1,200 hours the year before, according to Environment Agency data analysed by campaigners.", [
 ("Sewage was released into the River Lark for over 2,000 hours last year.", True),
 ("That was up from 1,200 hours the previous year, Environment Agency data shows.", True),
 ("Campaigners analysed Environment Agency figures on sewage discharges into the River Lark.", True),
 ("Discharges of sewage into the Lark rose last year, according to the data.", True),
 ("Sewage was discharged into the River Lark for more than 2,000 hours last year, down from 1,200 hours the year before.", False),
 ("Sewage was discharged into the River Lark for more than 2,000 days last year.", False),
 ("The Environment Agency analysed the data on sewage discharges into the River Lark.", False),
 ("Sewage was discharged into the River Lark for fewer than 2,000 hours last year.", False),
])
_add("Rail fares in England will rise by 4.6% from 2 March, the government said, below July's inflation figure of 5.2% on which fares are usually based; season tickets from Brisca to London will go up by about £260 a year.", [
 ("Rail fares in England are to go up by 4.6% from 2 March.", True),
 ("The rise is lower than July's inflation rate of 5.2%, which fares are normally linked to.", True),
 ("Season tickets from Brisca to London will cost about £260 more a year.", True),
 ("The government said fares in England would increase by 4.6% in March.", True),
 ("Rail fares in England will rise by 5.2% from 2 March.", False),
 ("The fare rise is above July's inflation figure, the government said.", False),
 ("Rail fares in England will fall by 4.6% from 2 March.", False),
 ("Season tickets from London to Brisca will go up by about £620 a year.", False),
])
_add("Forty-three people were rescued from a capsized tourist boat off Kessa on Sunday and two are still missing, the coastguard said, adding that the search would resume at first light.", [
 ("Forty-three people were rescued after a tourist boat capsized off Kessa.", True),
 ("Two people remain missing, according to the coastguard.", True),
 ("The coastguard said the search would start again at dawn.", True),
 ("The tourist boat capsized off Kessa on Sunday, the coastguard said.", True),
 ("Forty-three people died when a tourist boat capsized off Kessa.", False),
 ("Two people were rescued from a capsized tourist boat off Kessa.", False),
 ("The coastguard said the search for the missing had been called off.", False),
 ("Thirty-four people were rescued from a capsized tourist boat off Kessa.", False),
])
_add("Carmaker Velo will build its first electric car factory in Britain at Harbury, creating 2,000 jobs by 2028, after the government offered £300 million in support, the company said.", [
 ("Velo is to build an electric car factory in Harbury that will create 2,000 jobs by 2028.", True),
 ("The government offered Velo £300m in support for the factory, the company said.", True),
 ("It will be Velo's first electric car plant in Britain.", True),
 ("Velo said the Harbury factory would employ 2,000 people by 2028.", True),
 ("Velo will close its electric car factory at Harbury, cutting 2,000 jobs.", False),
 ("Velo offered the government £300 million to build the factory.", False),
 ("The Harbury factory will create 2,000 jobs by 2030.", False),
 ("Velo will build its first petrol car factory in Britain at Harbury.", False),
])
_add("The average price of a home in Wales fell 1.8% in the year to June to £214,000, while prices in Scotland rose 2.1%, according to the Office for National Statistics.", [
 ("House prices in Wales fell by 1.8% in the year to June, the ONS said.", True),
 ("The average Welsh home now costs £214,000.", True),
 ("Prices in Scotland went up 2.1% over the same period.", True),
 ("According to official figures, Welsh house prices dropped while Scottish prices rose.", True),
 ("The average price of a home in Wales rose 1.8% in the year to June.", False),
 ("Prices in Scotland fell 2.1% in the year to June.", False),
 ("The average price of a home in Scotland fell 1.8% to £214,000.", False),
 ("The average price of a home in Wales fell 8.1% in the year to June.", False),
])
_add("Striker Leo Marsh scored twice as Harlow United beat Kestrel City 3-1 on Saturday to move top of the league, a point ahead of Brenton, who drew 0-0 at Olby Town.", [
 ("Leo Marsh scored two goals in Harlow United's 3-1 win over Kestrel City.", True),
 ("Harlow United are now top of the league, one point clear of Brenton.", True),
 ("Brenton drew 0-0 away at Olby Town.", True),
 ("Harlow United went top after beating Kestrel City 3-1 on Saturday.", True),
 ("Leo Marsh scored a hat-trick as Harlow United beat Kestrel City 3-1.", False),
 ("Kestrel City beat Harlow United 3-1 on Saturday.", False),
 ("Harlow United are a point behind Brenton at the top of the league.", False),
 ("Brenton lost 1-0 at Olby Town.", False),
])
_add("Police in Harlow have charged a 19-year-old man with dangerous driving after a cyclist was seriously injured in a collision on the A414 on Friday night; he has been released on bail and will appear in court next month.", [
 ("A 19-year-old man has been charged with dangerous driving after a cyclist was seriously hurt in Harlow.", True),
 ("The collision happened on the A414 on Friday night.", True),
 ("The man has been bailed and is due in court next month.", True),
 ("Harlow police charged a teenager after a crash that left a cyclist seriously injured.", True),
 ("A 19-year-old man has been charged with causing death by dangerous driving after a cyclist died.", False),
 ("A 19-year-old cyclist has been charged with dangerous driving in Harlow.", False),
 ("The man has been remanded in custody and will appear in court next month.", False),
 ("A 91-year-old man has been charged with dangerous driving in Harlow.", False),
])
_add("The Brisca Symphony Orchestra will tour Japan for the first time next spring, playing eight concerts in five cities, after a grant of £400,000 from the Arts Council, its director Helen Voss said.", [
 ("The Brisca Symphony Orchestra is to make its first tour of Japan next spring.", True),
 ("The orchestra will play eight concerts in five Japanese cities.", True),
 ("The tour follows a £400,000 Arts Council grant, director Helen Voss said.", True),
 ("Helen Voss, the orchestra's director, said it would tour Japan for the first time.", True),
 ("The Brisca Symphony Orchestra will tour China for the first time next spring.", False),
 ("The orchestra will play five concerts in eight cities.", False),
 ("The tour is funded by a £400,000 loan from the Arts Council.", False),
 ("It will be the orchestra's third tour of Japan, Helen Voss said.", False),
])
_add("Unemployment in Northern Ireland fell to 2.4% in the three months to August, from 2.6% in the previous quarter, while the number of people in work rose by 8,000, the Department for the Economy said.", [
 ("Northern Ireland's jobless rate dropped to 2.4% in the three months to August.", True),
 ("Unemployment was 2.6% in the previous three months.", True),
 ("The number of people in employment went up by 8,000, according to the Department for the Economy.", True),
 ("Unemployment in Northern Ireland fell by 0.2 percentage points.", True),
 ("Unemployment in Northern Ireland rose to 2.4% in the three months to August.", False),
 ("The number of people in work fell by 8,000.", False),
 ("Unemployment in Northern Ireland fell to 2.6% from 2.4%.", False),
 ("Unemployment in Scotland fell to 2.4% in the three months to August.", False),
])
_add("A fire that broke out in the kitchen of the Swan Hotel in Olby on Tuesday morning forced 60 guests to leave, but no one was hurt, and the hotel is expected to reopen next week, its owner said.", [
 ("About 60 guests had to leave the Swan Hotel in Olby after a kitchen fire on Tuesday morning.", True),
 ("No one was injured in the fire.", True),
 ("The hotel's owner said it was expected to reopen next week.", True),
 ("A kitchen fire forced the evacuation of 60 guests from the Swan Hotel.", True),
 ("A fire broke out in a bedroom at the Swan Hotel in Olby.", False),
 ("Two guests were hurt in the fire at the Swan Hotel.", False),
 ("The Swan Hotel will reopen tomorrow, its owner said.", False),
 ("The Swan Hotel has closed for good after the fire, its owner said.", False),
])
_add("Harbury Town's new stadium will hold 12,000 fans, double the capacity of their current ground, and is due to open in August 2027 at a cost of £45 million, the club said on Thursday.", [
 ("Harbury Town's new ground will have a capacity of 12,000.", True),
 ("The new stadium will hold twice as many fans as the club's current ground.", True),
 ("The £45 million stadium is due to open in August 2027, the club said.", True),
 ("Harbury Town said on Thursday that the new stadium would cost £45m.", True),
 ("Harbury Town's new stadium will hold 21,000 fans.", False),
 ("The new stadium will hold half as many fans as the current ground.", False),
 ("The new stadium is due to open in August 2026.", False),
 ("Harbury Town's new stadium will cost £54 million.", False),
])
_add("Olby Zoo said on Monday that a male snow leopard that escaped from its enclosure on Sunday evening had been recaptured unharmed after about four hours, and that the public had not been at risk.", [
 ("A snow leopard that escaped from Olby Zoo on Sunday was recaptured about four hours later, the zoo said.", True),
 ("The zoo said the public had not been in danger.", True),
 ("The male snow leopard was caught unharmed after getting out of its enclosure.", True),
 ("Olby Zoo said on Monday that the escaped leopard had been recaptured.", True),
 ("A snow leopard that escaped from Olby Zoo on Sunday was shot dead by keepers.", False),
 ("The snow leopard was on the loose for about four days.", False),
 ("Olby Zoo said members of the public had been at risk during the escape.", False),
 ("A female snow leopard escaped from Olby Zoo on Sunday evening.", False),
])
_add("The Central Bank of Norland cut its main interest rate by a quarter of a percentage point to 3.5% on Thursday, its first cut in four years, but governor Anna Lind warned that further reductions were unlikely before the summer.", [
 ("Norland's central bank lowered its key rate to 3.5%, its first cut in four years.", True),
 ("The cut was 0.25 percentage points.", True),
 ("Governor Anna Lind said more cuts were unlikely before the summer.", True),
 ("The Central Bank of Norland reduced interest rates on Thursday.", True),
 ("The Central Bank of Norland raised its main interest rate to 3.5% on Thursday.", False),
 ("Governor Anna Lind said further cuts would come before the summer.", False),
 ("It was the bank's first rate cut in two years.", False),
 ("The Central Bank of Norland cut its main interest rate by half a percentage point to 3.5%.", False),
])
_add("Ferry workers at Port Kessa will strike for 48 hours from 6 June after 82% of RMT members who voted backed action in a dispute over rosters, the union said; the operator, Blue Isles Ferries, said it was disappointed and would run a reduced timetable.", [
 ("RMT members at Port Kessa have voted for a 48-hour strike starting on 6 June.", True),
 ("82% of those who voted backed strike action, according to the union.", True),
 ("Blue Isles Ferries said it would run a reduced timetable.", True),
 ("The dispute is over rosters.", True),
 ("Ferry workers at Port Kessa will strike for 48 hours from 6 July.", False),
 ("Blue Isles Ferries said it would cancel all sailings during the strike.", False),
 ("The union said it was disappointed by the vote.", False),
 ("Ferry workers at Port Kessa will strike for 48 hours in a dispute over pay.", False),
])
_add("Harlow Crown Court heard that Daniel Price, 34, stole £120,000 from the football club where he worked as treasurer over six years; he was jailed for three years and four months on Friday.", [
 ("A treasurer who stole £120,000 from a football club has been jailed for three years and four months.", True),
 ("Daniel Price, 34, took £120,000 from the club over six years, the court heard.", True),
 ("Price was sentenced on Friday at Harlow Crown Court.", True),
 ("The club's treasurer was jailed for more than three years.", True),
 ("Daniel Price stole £120,000 from the football club over six months.", False),
 ("Daniel Price was given a suspended sentence of three years and four months.", False),
 ("Daniel Price, 43, was jailed for stealing from the football club.", False),
 ("The football club stole £120,000 from its treasurer Daniel Price.", False),
])
_add("A study of 4,500 secondary school pupils by the University of Brisca found that those who slept fewer than seven hours a night scored on average 9% lower in maths tests, though the researchers said the link did not prove that lack of sleep caused the lower scores.", [
 ("Pupils who got less than seven hours of sleep a night did worse in maths tests, a University of Brisca study found.", True),
 ("The study looked at 4,500 secondary school pupils.", True),
 ("Researchers said the findings did not show that too little sleep caused lower scores.", True),
 ("Maths scores were on average 9% lower among pupils who slept under seven hours.", True),
 ("Lack of sleep causes pupils to score 9% lower in maths, a study found.", False),
 ("Pupils who slept fewer than seven hours a night scored 9% higher in maths tests.", False),
 ("A study of 4,500 primary school pupils found a link between sleep and maths scores.", False),
 ("Pupils who slept fewer than nine hours a night scored 7% lower in maths tests.", False),
])
_add("Independent candidate Maria Olsen won the Tarnley mayoral election with 18,240 votes, beating Labour's Tom Hale by 1,105 votes on a turnout of 31%, the returning officer announced early on Friday.", [
 ("Maria Olsen, an independent, was elected mayor of Tarnley with 18,240 votes.", True),
 ("Olsen beat Labour's Tom Hale by 1,105 votes.", True),
 ("Turnout in the Tarnley mayoral election was 31%.", True),
 ("The result was announced by the returning officer early on Friday.", True),
 ("Tom Hale won the Tarnley mayoral election with 18,240 votes.", False),
 ("Maria Olsen beat Tom Hale by 1,105 votes on a turnout of 13%.", False),
 ("Labour's Maria Olsen won the Tarnley mayoral election.", False),
 ("Maria Olsen won the Tarnley mayoral election by 18,240 votes.", False),
])
_add("'We simply cannot keep the wards open without more nurses,' said Dr Priya Shah, the hospital's medical director, after health minister Owen Baird announced that £12 million would be spent on recruitment across the region.", [
 ("Dr Priya Shah said the wards could not stay open without more nurses.", True),
 ("Owen Baird announced £12 million for recruitment across the region.", True),
 ("The hospital's medical director, Dr Priya Shah, warned that more nurses were needed to keep the wards open.", True),
 ("Health minister Owen Baird said £12 million would be spent on recruitment.", True),
 ("'We simply cannot keep the wards open without more nurses,' said health minister Owen Baird.", False),
 ("Dr Priya Shah announced that £12 million would be spent on recruitment.", False),
 ("Owen Baird announced that £12 million would be spent on recruiting nurses at the hospital.", False),
 ("Dr Priya Shah said the wards would stay open without more nurses.", False),
])
_add("The opening of the Kessa tram extension has been pushed back from December to next spring after engineers found faults in the signalling, the transport authority said, adding that the cost had risen by £14 million to £212 million.", [
 ("The Kessa tram extension will now open next spring rather than in December.", True),
 ("Faults in the signalling found by engineers have delayed the opening.", True),
 ("The cost of the tram extension has gone up by £14m to £212m, the transport authority said.", True),
 ("The transport authority said the opening had been delayed.", True),
 ("The opening of the Kessa tram extension has been brought forward from next spring to December.", False),
 ("The cost of the Kessa tram extension has risen to £226 million.", False),
 ("The opening has been delayed after engineers found faults in the tracks.", False),
 ("The cost of the tram extension has fallen by £14 million to £212 million.", False),
])
_add("Brenton have signed midfielder Jonas Eklund from Swedish side Malmo Rovers for an undisclosed fee, reported to be around £8m, on a four-year contract, the club announced on Tuesday.", [
 ("Brenton have signed Jonas Eklund from Malmo Rovers on a four-year deal.", True),
 ("The fee was not disclosed but is reported to be about £8m.", True),
 ("Midfielder Jonas Eklund has joined Brenton from a Swedish club.", True),
 ("Brenton announced the signing on Tuesday.", True),
 ("Brenton paid £8m to sign Jonas Eklund, the club announced.", False),
 ("Malmo Rovers have signed Jonas Eklund from Brenton.", False),
 ("Jonas Eklund has signed a three-year contract with Brenton.", False),
 ("Brenton have signed defender Jonas Eklund from Malmo Rovers.", False),
])
_add("Cases of whooping cough in Norland rose to 1,420 in the first six months of the year, more than three times as many as in the same period last year, and five babies have died, health officials said, urging pregnant women to get vaccinated.", [
 ("There were 1,420 cases of whooping cough in Norland in the first half of the year.", True),
 ("Five babies have died, according to health officials.", True),
 ("Health officials urged pregnant women to get vaccinated.", True),
 ("Whooping cough cases were more than triple the number a year earlier.", True),
 ("Cases of whooping cough in Norland fell to 1,420 in the first six months of the year.", False),
 ("Five pregnant women have died of whooping cough, health officials said.", False),
 ("Cases of whooping cough in Norland were three times lower than last year.", False),
 ("Health officials urged all adults to get vaccinated.", False),
])
_add("A jury at Brisca Crown Court cleared care home manager Linda Shaw, 58, of manslaughter on Wednesday but found her guilty of neglect over the death of a resident, Arthur Bell, 91, in 2022; she will be sentenced next month.", [
 ("Linda Shaw was found not guilty of manslaughter but convicted of neglect.", True),
 ("The care home manager will be sentenced next month.", True),
 ("Arthur Bell, a resident of the care home, died in 2022 aged 91.", True),
 ("A jury cleared Linda Shaw of manslaughter on Wednesday.", True),
 ("Linda Shaw was found guilty of manslaughter over the death of Arthur Bell.", False),
 ("Linda Shaw was sentenced on Wednesday for neglect.", False),
 ("Linda Shaw, 91, was found guilty of neglect.", False),
 ("A jury cleared Linda Shaw of neglect but found her guilty of manslaughter.", False),
])
_add("Vantor Energy reported a pre-tax profit of £1.2bn for the first half of the year, down 35% from £1.85bn a year earlier, as lower gas prices hit earnings, but it raised its dividend by 5%.", [
 ("Vantor Energy's half-year pre-tax profit fell 35% to £1.2bn.", True),
 ("Lower gas prices hurt Vantor's earnings.", True),
 ("Vantor increased its dividend by 5%.", True),
 ("Profit a year earlier had been £1.85bn.", True),
 ("Vantor Energy's pre-tax profit rose 35% to £1.2bn.", False),
 ("Vantor Energy cut its dividend by 5%.", False),
 ("Higher gas prices hit Vantor Energy's earnings.", False),
 ("Vantor Energy reported a pre-tax profit of £1.2bn for the full year.", False),
])
_add("Police are appealing for witnesses after a 15-year-old boy was stabbed in Olby town centre on Saturday evening; he is in a stable condition in hospital and two men, aged 18 and 20, have been arrested on suspicion of attempted murder.", [
 ("A 15-year-old boy was stabbed in Olby town centre on Saturday evening.", True),
 ("Two men aged 18 and 20 have been arrested on suspicion of attempted murder.", True),
 ("The boy is in hospital in a stable condition.", True),
 ("Police have appealed for witnesses to the stabbing.", True),
 ("A 15-year-old boy died after being stabbed in Olby town centre.", False),
 ("Two men have been charged with attempted murder.", False),
 ("Two men, aged 15 and 18, have been arrested on suspicion of attempted murder.", False),
 ("An 18-year-old boy was stabbed in Olby town centre on Saturday evening.", False),
])
_add("A survey of 2,000 adults by the charity Age Forward found that 42% of people over 65 felt lonely at least once a week, up from 35% in 2019, and that almost a third had not spoken to anyone for a whole day in the past month.", [
 ("42% of over-65s said they felt lonely at least once a week, according to an Age Forward survey.", True),
 ("The figure has risen from 35% in 2019.", True),
 ("Almost a third had gone a whole day without speaking to anyone in the past month.", True),
 ("Age Forward surveyed 2,000 adults.", True),
 ("42% of people over 65 felt lonely every day, a survey found.", False),
 ("The share of over-65s feeling lonely has fallen from 35% in 2019.", False),
 ("More than a third had not spoken to anyone for a whole day in the past month.", False),
 ("A survey of 2,000 people over 65 found that 42% felt lonely at least once a week.", False),
])
_add("Temperatures reached 36.4C at Kessa airport on Tuesday, the highest ever recorded in Norland in September, beating the previous record of 35.1C set in 2016, the national weather service said.", [
 ("Kessa airport recorded 36.4C on Tuesday, a September record for Norland.", True),
 ("The previous September record was 35.1C, set in 2016.", True),
 ("The national weather service said it was the hottest September temperature ever recorded in Norland.", True),
 ("Tuesday's temperature beat the 2016 record.", True),
 ("Temperatures reached 36.4C at Kessa airport, the highest ever recorded in Norland.", False),
 ("The previous record of 36.4C was set in 2016.", False),
 ("Temperatures reached 36.4C at Kessa airport on Tuesday, the highest ever recorded in Norland in August.", False),
 ("The previous September record of 35.1C was set in 2019.", False),
])
_add("Sam Kerr will replace Lena Ortiz as chief executive of Brisca Rail from 1 April, the company said on Monday. Ortiz, who has led the operator for seven years, is leaving to join a rival firm.", [
 ("Sam Kerr is to succeed Lena Ortiz as Brisca Rail's chief executive in April.", True),
 ("Lena Ortiz has run Brisca Rail for seven years.", True),
 ("Ortiz is leaving Brisca Rail to join a rival company.", True),
 ("Brisca Rail announced the change on Monday.", True),
 ("Lena Ortiz will replace Sam Kerr as chief executive of Brisca Rail.", False),
 ("Sam Kerr, who has led the operator for seven years, is leaving to join a rival firm.", False),
 ("Ortiz is retiring after seven years in charge of Brisca Rail.", False),
 ("Sam Kerr will become chief executive of Brisca Rail from 1 May.", False),
])
_add("The number of patients waiting more than 18 weeks for planned treatment in Norland fell to 212,000 in August, the lowest for two years, but remains well above the government's target of 90,000, health officials said.", [
 ("The number waiting over 18 weeks for planned treatment fell to 212,000 in August.", True),
 ("It was the lowest figure for two years, according to health officials.", True),
 ("The figure is still far higher than the government's target of 90,000.", True),
 ("Health officials said waits of more than 18 weeks had fallen.", True),
 ("The number of patients waiting more than 18 weeks fell to 212,000, meeting the government's target.", False),
 ("The number of patients waiting more than 18 weeks rose to 212,000 in August.", False),
 ("The number waiting more than 18 weeks fell to 90,000, the government's target.", False),
 ("It was the highest figure for two years.", False),
])
_add("Pilots at Skyrover will strike on 12 and 13 July, forcing the airline to cancel about 300 of its 1,100 flights on each day, though long-haul services will not be affected, the company said.", [
 ("Skyrover expects to cancel around 300 flights a day during the two-day pilots' strike.", True),
 ("Long-haul flights will not be hit by the strike, Skyrover said.", True),
 ("The pilots' walkout will take place on 12 and 13 July.", True),
 ("About 300 of Skyrover's 1,100 flights will be cancelled on each strike day.", True),
 ("Skyrover will cancel all of its 1,100 flights on 12 and 13 July.", False),
 ("Long-haul services will be the worst affected by the strike.", False),
 ("Cabin crew at Skyrover will strike on 12 and 13 July.", False),
 ("Skyrover will cancel about 300 flights over the two days.", False),
])
_add("Regulators approved the weight-loss drug Lumira for use in adults with a body mass index of 35 or more on Thursday, but rejected its use in teenagers, citing a lack of long-term safety data.", [
 ("Lumira has been approved for adults with a BMI of at least 35.", True),
 ("Regulators turned down the use of Lumira in teenagers.", True),
 ("The regulators cited a lack of long-term safety data in rejecting its use in teenagers.", True),
 ("The weight-loss drug was approved on Thursday.", True),
 ("Lumira has been approved for teenagers with a body mass index of 35 or more.", False),
 ("Lumira has been approved for adults with a body mass index of 30 or more.", False),
 ("Regulators rejected Lumira for adults, citing a lack of long-term safety data.", False),
 ("Regulators approved Lumira for teenagers despite a lack of long-term safety data.", False),
])
_add("Harlow Grammar came top of the county's GCSE tables for the third year running, with 91% of pupils achieving a grade 5 or above in English and maths, ahead of Olby High on 87%.", [
 ("Harlow Grammar topped the county's GCSE league table for a third consecutive year.", True),
 ("91% of Harlow Grammar pupils got at least a grade 5 in English and maths.", True),
 ("At Olby High, 87% of pupils achieved a grade 5 or above.", True),
 ("It was the third year in a row that Harlow Grammar came top.", True),
 ("Olby High came top of the county's GCSE tables with 91%.", False),
 ("Harlow Grammar came top of the county's GCSE tables for the first time.", False),
 ("91% of pupils at Harlow Grammar achieved a grade 7 or above in English and maths.", False),
 ("Harlow Grammar came second in the county's GCSE tables, behind Olby High.", False),
])
_add("The actor Margaret Lowe, best known for playing the headmistress in the long-running drama St Anne's, has died at the age of 84, her agent said on Friday, adding that she died peacefully at home in Brisca after a short illness.", [
 ("Margaret Lowe, who starred as the headmistress in St Anne's, has died aged 84.", True),
 ("Her agent said she died peacefully at home after a short illness.", True),
 ("The actor died at her home in Brisca.", True),
 ("Lowe's death was announced by her agent on Friday.", True),
 ("Margaret Lowe died in hospital in Brisca after a long illness.", False),
 ("Margaret Lowe, who played the headmistress in St Anne's, has died at the age of 48.", False),
 ("Margaret Lowe's family said she died peacefully at home.", False),
 ("Margaret Lowe, best known for playing a nurse in St Anne's, has died.", False),
])
_add("Kestrel City striker Dan Okoro has joined Harbury Town on a season-long loan, with an option to make the move permanent for £3m next summer, the clubs said.", [
 ("Dan Okoro has moved to Harbury Town on loan for the season.", True),
 ("Harbury Town have the option to sign Okoro permanently for £3m next summer.", True),
 ("The clubs announced Okoro's season-long loan.", True),
 ("The deal includes an option to make the Kestrel City striker's move permanent for £3m.", True),
 ("Harbury Town have signed Dan Okoro permanently for £3m.", False),
 ("Dan Okoro has joined Kestrel City on a season-long loan from Harbury Town.", False),
 ("Harbury Town are obliged to sign Okoro for £3m next summer.", False),
 ("Dan Okoro has joined Harbury Town on a six-month loan.", False),
])
_add("The Court of Appeal on Tuesday overturned the conviction of former police officer Mark Reed for misconduct in public office, ruling that the trial judge had misdirected the jury, and ordered a retrial.", [
 ("Mark Reed's conviction for misconduct in public office was quashed by the Court of Appeal.", True),
 ("The Court of Appeal ordered a retrial.", True),
 ("Judges ruled the trial judge had misdirected the jury.", True),
 ("The former police officer's conviction was overturned on Tuesday.", True),
 ("The Court of Appeal upheld Mark Reed's conviction for misconduct in public office.", False),
 ("Mark Reed was cleared of misconduct in public office and will not face a retrial.", False),
 ("The Court of Appeal ruled that the jury had misdirected the trial judge.", False),
 ("The Court of Appeal overturned Mark Reed's conviction for perverting the course of justice.", False),
])
_add("A software fault at Northnet left about 120,000 broadband customers in the north-east without internet for up to nine hours on Monday, the company said, apologising and promising compensation.", [
 ("Some 120,000 Northnet broadband customers in the north-east lost their internet connection on Monday.", True),
 ("The outage lasted up to nine hours, the company said.", True),
 ("Northnet apologised and said it would compensate customers.", True),
 ("A software fault was behind the outage, according to Northnet.", True),
 ("A cyber attack left about 120,000 Northnet customers without internet.", False),
 ("About 120,000 Northnet customers were without internet for up to nine days.", False),
 ("Northnet refused to pay compensation for the outage.", False),
 ("About 120,000 Northnet customers in the south-west lost their internet connection.", False),
])
_add("A planning inspector has allowed an appeal by developer Stonebrook to build 450 homes on farmland near Tarnley, overturning the council's refusal last year, despite more than 1,200 objections from residents.", [
 ("Stonebrook has won its appeal to build 450 homes near Tarnley.", True),
 ("The council had refused the plans last year.", True),
 ("More than 1,200 objections were lodged by residents.", True),
 ("A planning inspector overturned the council's decision to refuse the homes.", True),
 ("A planning inspector has dismissed Stonebrook's appeal to build 450 homes near Tarnley.", False),
 ("The council approved Stonebrook's plans for 450 homes last year.", False),
 ("Stonebrook plans to build 540 homes on farmland near Tarnley.", False),
 ("Residents lodged fewer than 1,200 objections to the plans.", False),
])
_add("A magnitude 6.1 earthquake struck off the coast of Kessa early on Sunday, killing at least 14 people and injuring more than 200, the civil protection agency said; the quake was followed by a tsunami warning that was lifted two hours later.", [
 ("At least 14 people were killed when a 6.1-magnitude earthquake struck off Kessa on Sunday.", True),
 ("More than 200 people were injured, the civil protection agency said.", True),
 ("A tsunami warning was issued after the quake and lifted two hours later.", True),
 ("The earthquake hit early on Sunday off the coast of Kessa.", True),
 ("A magnitude 6.1 earthquake struck off Kessa, killing at least 200 people.", False),
 ("A tsunami struck the coast of Kessa after the earthquake.", False),
 ("The tsunami warning remains in place, the agency said.", False),
 ("A magnitude 7.1 earthquake struck off the coast of Kessa on Sunday.", False),
])
_add("Carmaker Velo is recalling 84,000 cars in Europe because a faulty seatbelt sensor may fail to warn drivers, though it said it knew of no accidents linked to the problem.", [
 ("Velo is recalling 84,000 cars in Europe over a faulty seatbelt sensor.", True),
 ("Velo said it was not aware of any accidents linked to the fault.", True),
 ("The faulty sensor may fail to warn drivers, according to Velo.", True),
 ("Some 84,000 Velo cars in Europe are being recalled.", True),
 ("Velo is recalling 84,000 cars in Europe after a faulty seatbelt sensor caused several accidents.", False),
 ("Velo is recalling 84,000 cars in Asia because of a faulty seatbelt sensor.", False),
 ("Velo is recalling 48,000 cars in Europe.", False),
 ("Velo is recalling 84,000 cars because of faulty brakes.", False),
])
_add("The board of Harbor Foods has rejected a £2.1bn takeover offer from rival Kellmart, saying it undervalued the company, but said it was open to further talks.", [
 ("Harbor Foods rejected Kellmart's £2.1bn bid, saying it undervalued the business.", True),
 ("The Harbor Foods board said it remained open to more talks.", True),
 ("Kellmart's offer for Harbor Foods was worth £2.1bn.", True),
 ("The board of Harbor Foods turned down the takeover offer from its rival.", True),
 ("Harbor Foods accepted a £2.1bn takeover offer from Kellmart.", False),
 ("Kellmart rejected a £2.1bn takeover offer from Harbor Foods.", False),
 ("Harbor Foods said it would not hold further talks with Kellmart.", False),
 ("The board of Harbor Foods said the offer overvalued the company.", False),
])
_add("Organisers of the Brisca Folk Festival have cancelled Saturday's events because of forecast high winds, but Sunday's programme will go ahead as planned, they said.", [
 ("Saturday's events at the Brisca Folk Festival have been cancelled because high winds are forecast.", True),
 ("Sunday's programme will go ahead as planned, organisers said.", True),
 ("Organisers called off Saturday's events at the festival.", True),
 ("The festival's Sunday programme will go ahead.", True),
 ("The Brisca Folk Festival has been cancelled because of high winds.", False),
 ("Organisers have cancelled Sunday's events because of forecast high winds.", False),
 ("Saturday's events have been cancelled because of flooding.", False),
 ("Sunday's programme has been postponed, organisers said.", False),
])
_add("Transport minister Paul Grant resigned on Thursday after a report found he had breached the ministerial code, the prime minister's office said; Grant said he did not accept all of the report's findings.", [
 ("Paul Grant has quit as transport minister after a report found he breached the ministerial code.", True),
 ("Grant said he did not accept all of the findings.", True),
 ("The prime minister's office announced Grant's resignation on Thursday.", True),
 ("A report found the transport minister had broken the ministerial code.", True),
 ("Paul Grant was sacked as transport minister on Thursday.", False),
 ("Grant said he accepted the report's findings in full.", False),
 ("A report cleared Paul Grant of breaching the ministerial code.", False),
 ("Grant said he did not accept any of the report's findings.", False),
])
_add("A charity walk along the Tarn valley has raised £86,000 for the children's hospice in Olby, organisers said, short of their £100,000 target but more than double last year's total.", [
 ("The Tarn valley charity walk raised £86,000 for Olby's children's hospice.", True),
 ("The total fell short of the organisers' £100,000 target.", True),
 ("This year's walk raised more than twice as much as last year's.", True),
 ("Organisers said the walk had raised £86,000.", True),
 ("The charity walk raised £100,000 for the children's hospice in Olby.", False),
 ("The walk beat its £100,000 target, organisers said.", False),
 ("The total was less than half of last year's.", False),
 ("The charity walk aims to raise £86,000 for the hospice.", False),
])
_add("Brisca Buses will withdraw the number 12 route between Harlow and Olby from 1 September because too few passengers use it, the company said, adding that the number 14 will run more often to make up for it.", [
 ("The number 12 bus between Harlow and Olby will stop running from 1 September.", True),
 ("Brisca Buses said the route was being withdrawn because of low passenger numbers.", True),
 ("The number 14 will run more frequently, according to the company.", True),
 ("The number 12 route is to be withdrawn from September.", True),
 ("Brisca Buses will withdraw the number 14 route between Harlow and Olby.", False),
 ("The number 12 route will run less often from 1 September.", False),
 ("The number 14 will also be withdrawn, the company said.", False),
 ("Brisca Buses is withdrawing the number 12 route because of driver shortages.", False),
])
_add("Harbor Bank has been fined £12.4m by the Financial Conduct Authority for failing to treat customers in financial difficulty fairly, after the regulator found that it had charged 30,000 of them excessive fees between 2019 and 2022.", [
 ("The Financial Conduct Authority fined Harbor Bank £12.4m.", True),
 ("Harbor Bank failed to treat customers in financial difficulty fairly, the regulator found.", True),
 ("The bank charged 30,000 struggling customers excessive fees between 2019 and 2022.", True),
 ("The fine follows a finding that Harbor Bank overcharged customers in financial difficulty.", True),
 ("Harbor Bank has been fined £12.4m for charging 300,000 customers excessive fees.", False),
 ("The Financial Conduct Authority has been fined £12.4m by Harbor Bank.", False),
 ("Harbor Bank charged customers excessive fees between 2019 and 2024.", False),
 ("Harbor Bank has been fined £12.4m by the Prudential Regulation Authority.", False),
])
_add("Labour's lead over the Conservatives has narrowed to four points, from nine a month ago, according to a poll of 2,000 voters by Olby Research, with Reform UK unchanged on 16%.", [
 ("Labour's lead over the Conservatives has shrunk to four points, a poll suggests.", True),
 ("A month ago Labour were nine points ahead.", True),
 ("Reform UK's support was unchanged at 16%.", True),
 ("Olby Research polled 2,000 voters.", True),
 ("Labour's lead over the Conservatives has widened to four points.", False),
 ("The Conservatives now lead Labour by four points.", False),
 ("Reform UK rose to 16% in the poll.", False),
 ("Labour's lead has narrowed to nine points from four a month ago.", False),
])
_add("A 23-year-old man died when the car he was driving crashed into a tree in Tarnley early on Saturday while being followed by police, and the police watchdog has begun an independent investigation.", [
 ("A 23-year-old driver was killed when his car hit a tree in Tarnley while police were following it.", True),
 ("The police watchdog has opened an independent investigation.", True),
 ("The crash happened early on Saturday in Tarnley.", True),
 ("The man, 23, died after crashing into a tree.", True),
 ("A 23-year-old man died when a police car crashed into a tree in Tarnley.", False),
 ("The police watchdog has ruled out an investigation into the crash.", False),
 ("A 32-year-old man died when his car crashed into a tree in Tarnley.", False),
 ("A 23-year-old man was seriously injured when his car crashed into a tree.", False),
])
_add("The Olby Museum reopened on Saturday after a two-year, £18m refurbishment, and expects to welcome 250,000 visitors in its first year, up from 180,000 before it closed, its director Rosa Quinn said.", [
 ("The Olby Museum has reopened after a £18m refurbishment that took two years.", True),
 ("The museum expects 250,000 visitors in its first year back, director Rosa Quinn said.", True),
 ("Before it closed, the museum had 180,000 visitors a year.", True),
 ("The museum reopened its doors on Saturday.", True),
 ("The Olby Museum welcomed 250,000 visitors in its first year after reopening.", False),
 ("The Olby Museum reopened after a two-year, £81m refurbishment.", False),
 ("The museum expects fewer visitors than before it closed.", False),
 ("The Olby Museum closed on Saturday for a two-year refurbishment.", False),
])
_add("Councillors at Tarnley Borough Council voted by 28 to 19 on Monday night to remove council leader Joan Pryce after a row over the closure of three libraries; her deputy, Amir Shah, will lead the council until a new leader is chosen in June.", [
 ("Tarnley councillors voted 28-19 to remove leader Joan Pryce.", True),
 ("Amir Shah will lead the council until a new leader is chosen in June.", True),
 ("The vote followed a row over the closure of three libraries.", True),
 ("Joan Pryce's deputy will take over as council leader for now.", True),
 ("Councillors voted by 28 to 19 to keep Joan Pryce as council leader.", False),
 ("Amir Shah has been chosen as the new permanent leader of Tarnley Borough Council.", False),
 ("Councillors voted by 19 to 28 to remove Joan Pryce.", False),
 ("The vote followed a row over the closure of three schools.", False),
])
_add("More than 40 shipping containers fell from the cargo ship Aster Bay in rough seas off Kessa on Wednesday, and the coastguard has warned the public not to approach any that wash ashore, as some contain hazardous chemicals.", [
 ("More than 40 containers were lost from the Aster Bay in rough seas off Kessa.", True),
 ("The coastguard has told people not to go near containers that wash up.", True),
 ("Some of the containers hold hazardous chemicals.", True),
 ("The containers fell from the ship on Wednesday.", True),
 ("More than 40 shipping containers fell from the Aster Bay in calm seas off Kessa.", False),
 ("All of the containers contain hazardous chemicals, the coastguard said.", False),
 ("The coastguard has asked the public to collect any containers that wash ashore.", False),
 ("Fewer than 40 containers fell from the Aster Bay.", False),
])
_add("Health officials issued an amber heat-health alert for the south-east from Thursday to Sunday, with temperatures forecast to reach 33C, and urged people to check on elderly neighbours.", [
 ("An amber heat-health alert has been issued for the south-east from Thursday until Sunday.", True),
 ("Temperatures are forecast to reach 33C.", True),
 ("Officials urged people to check on older neighbours.", True),
 ("Health officials issued an amber alert as temperatures were forecast to hit 33C.", True),
 ("Health officials issued a red heat-health alert for the south-east.", False),
 ("Temperatures reached 33C in the south-east on Thursday.", False),
 ("The heat-health alert runs from Thursday to Monday.", False),
 ("Officials told elderly people to stay indoors.", False),
])
_add("The overnight emergency department at Harlow Community Hospital will close from 1 March for at least six months because of a shortage of doctors, the health board said, with patients sent to Olby General, 15 miles away.", [
 ("Harlow Community Hospital's emergency department will shut overnight from 1 March for at least six months.", True),
 ("A shortage of doctors is behind the closure, the health board said.", True),
 ("Patients will be sent to Olby General, 15 miles away, at night.", True),
 ("The overnight closure will last at least six months.", True),
 ("Harlow Community Hospital's emergency department will close permanently from 1 March.", False),
 ("The emergency department will close for six months because of a shortage of nurses.", False),
 ("Patients will be sent to Olby General, 50 miles away.", False),
 ("The overnight emergency department will close for up to six months.", False),
])
_add("Average rents for new tenancies in Olby rose 9% in the year to March to £1,150 a month, the fastest rise of any city in Norland, according to the property website Homefind, while rents in Tarnley fell 1%.", [
 ("Rents for new tenancies in Olby went up 9% in the year to March, Homefind said.", True),
 ("The average new rent in Olby is now £1,150 a month.", True),
 ("Olby saw the fastest rent rise of any city in Norland.", True),
 ("Rents in Tarnley dropped by 1% over the same period.", True),
 ("Average rents for new tenancies in Olby rose 9% to £1,150 a year.", False),
 ("Rents in Tarnley rose 9% in the year to March.", False),
 ("Olby saw the slowest rent rise of any city in Norland.", False),
 ("Average rents in Olby rose 1% in the year to March.", False),
])
_add("A survey by the Kessa Wildlife Trust counted 212 pairs of puffins on Skarra island this summer, down from 340 pairs in 2019, which the trust blamed on a shortage of sand eels, the birds' main food.", [
 ("The number of puffin pairs on Skarra fell to 212 this summer from 340 in 2019.", True),
 ("The Kessa Wildlife Trust blamed the decline on a lack of sand eels.", True),
 ("Sand eels are the puffins' main food, according to the trust.", True),
 ("The trust's survey counted 212 pairs of puffins on Skarra island.", True),
 ("The number of puffin pairs on Skarra rose to 340 this summer.", False),
 ("The trust blamed the decline on warmer seas.", False),
 ("The survey counted 212 puffins on Skarra island this summer.", False),
 ("There were 212 pairs of puffins on Skarra in 2019.", False),
])
_add("\"We will not be bullied into closing the library,\" council leader Maya Ross said.", [
 ("Maya Ross said the council would not be bullied into closing the library.", True),
 ("The council leader said she would not be pressured into shutting the library.", True),
 ("Maya Ross said the council would close the library.", False),
 ("Tom Reid said the council would not be bullied into closing the library.", False),
], body="Campaigners led by Tom Reid marched to the town hall on Saturday to oppose plans to close Olby library.\n\n\"We will not be bullied into closing the library,\" council leader Maya Ross said.\n\nReid said the campaign would continue.")
_add("Two inmates escaped from Harlow prison on Sunday night by climbing over a perimeter fence; one was recaptured in a nearby village on Monday morning, while the other, 29-year-old Dean Carter, remains at large, police said.", [
 ("Two prisoners escaped from Harlow prison on Sunday night by climbing a perimeter fence.", True),
 ("One of the escaped inmates was caught in a nearby village on Monday morning.", True),
 ("Dean Carter, 29, is still on the run, police said.", True),
 ("Police said one escaped prisoner remained at large.", True),
 ("Both inmates who escaped from Harlow prison have been recaptured.", False),
 ("Dean Carter was recaptured in a nearby village on Monday morning.", False),
 ("Two inmates escaped from Harlow prison by tunnelling under a perimeter fence.", False),
 ("Three inmates escaped from Harlow prison on Sunday night.", False),
])
_add("A local businessman has donated £1.5m towards a new MRI scanner at Olby General Hospital, which will cut waiting times for scans from ten weeks to three, the hospital trust said.", [
 ("A businessman has given £1.5m for a new MRI scanner at Olby General.", True),
 ("The scanner will reduce waits for scans from ten weeks to three, the trust said.", True),
 ("The hospital trust said the donation was towards a new MRI scanner.", True),
 ("Waiting times for scans at Olby General will fall to three weeks.", True),
 ("The hospital trust has donated £1.5m towards a new MRI scanner.", False),
 ("The new scanner will cut waiting times from three weeks to ten.", False),
 ("A local businessman has donated £15m towards a new MRI scanner.", False),
 ("The new scanner will cut waiting times for scans to three days.", False),
])
_add("A freight train derailed near Carrow on Tuesday night, spilling about 20 tonnes of grain; no one was hurt, but the line between Carrow and Harlow will stay closed until at least Friday, Network Rail said.", [
 ("A freight train came off the tracks near Carrow on Tuesday night.", True),
 ("No one was injured in the derailment.", True),
 ("The Carrow to Harlow line will remain shut until at least Friday, Network Rail said.", True),
 ("About 20 tonnes of grain were spilled.", True),
 ("A passenger train derailed near Carrow on Tuesday night.", False),
 ("The line between Carrow and Harlow will reopen on Friday, Network Rail said.", False),
 ("Two people were hurt when a freight train derailed near Carrow.", False),
 ("The derailed train spilled about 20 tonnes of coal.", False),
])
_add("Kenyan runner Ruth Wanjiru won the Olby Marathon on Sunday in 2 hours 21 minutes, a course record, finishing more than a minute ahead of last year's winner, Sara Lind of Sweden.", [
 ("Ruth Wanjiru won the Olby Marathon in a course record of 2:21.", True),
 ("Wanjiru finished more than a minute ahead of Sara Lind.", True),
 ("Sara Lind, of Sweden, won last year's race.", True),
 ("The Kenyan won the race on Sunday.", True),
 ("Sara Lind won the Olby Marathon on Sunday in a course record.", False),
 ("Ruth Wanjiru won the Olby Marathon in 2 hours 12 minutes.", False),
 ("Ruth Wanjiru finished more than a minute behind Sara Lind.", False),
 ("Ruth Wanjiru set a world record in winning the Olby Marathon.", False),
])
_add("The Environment Agency declared a drought in the east of Norland on Monday after the driest spring for 50 years, but said there were no plans for a hosepipe ban for now.", [
 ("A drought has been declared in the east of Norland after the driest spring in 50 years.", True),
 ("The Environment Agency said no hosepipe ban was planned for now.", True),
 ("The drought was declared on Monday.", True),
 ("It was the driest spring for half a century, according to the agency.", True),
 ("The Environment Agency declared a drought and announced a hosepipe ban.", False),
 ("A drought has been declared in the west of Norland.", False),
 ("It was the wettest spring for 50 years.", False),
 ("The drought followed the driest spring for 15 years.", False),
])
_add("Some 35,000 homes in Olby were left without power for up to five hours on Saturday after a fault at a substation, the network operator said, adding that compensation would be paid to those cut off for more than 12 hours.", [
 ("About 35,000 homes in Olby lost power for up to five hours on Saturday.", True),
 ("A substation fault caused the power cut, the network operator said.", True),
 ("Compensation is paid to customers without power for more than 12 hours.", True),
 ("The network operator said the outage was caused by a substation fault.", True),
 ("All 35,000 homes will receive compensation for the power cut.", False),
 ("Some 35,000 homes in Olby were left without power for up to 12 hours.", False),
 ("A storm left 35,000 homes in Olby without power.", False),
 ("Some 53,000 homes in Olby were left without power on Saturday.", False),
])
_add("The chief executive of the charity Homes First, Ruth Okafor, was paid £168,000 last year, up from £150,000, the charity's annual report shows; the charity said her pay had been frozen for four years before the rise.", [
 ("Ruth Okafor, chief executive of Homes First, was paid £168,000 last year.", True),
 ("Her pay rose from £150,000, according to the annual report.", True),
 ("The charity said her pay had been frozen for four years before the increase.", True),
 ("Okafor's pay went up by £18,000 last year.", True),
 ("Ruth Okafor was paid £150,000 last year, down from £168,000.", False),
 ("Ruth Okafor's pay had been frozen for five years.", False),
 ("The chairman of Homes First was paid £168,000 last year.", False),
 ("Ruth Okafor's pay rose by £18,000 a year for four years.", False),
])
_add("The national minimum wage for workers aged 21 and over will rise by 6.7% to £12.21 an hour from April, the government announced on Wednesday, though business groups warned the increase could cost jobs in hospitality.", [
 ("The minimum wage for over-21s will go up to £12.21 an hour in April.", True),
 ("Business groups warned the rise could lead to job losses in hospitality.", True),
 ("The government announced the 6.7% increase on Wednesday.", True),
 ("The rise to £12.21 an hour takes effect from April.", True),
 ("The minimum wage for workers aged 18 and over will rise to £12.21 an hour.", False),
 ("Business groups said the increase would cost jobs in hospitality.", False),
 ("The minimum wage will rise by 6.7% to £12.21 a day from April.", False),
 ("Unions warned the increase could cost jobs in hospitality.", False),
])
_add("Border officers at Felsham port seized 1.2 tonnes of cocaine hidden in a shipment of bananas from Ecuador last week, the largest haul at the port this year, the National Crime Agency said on Friday. No arrests have been made.", [
 ("About 1.2 tonnes of cocaine were found in a banana shipment at Felsham port.", True),
 ("The National Crime Agency said it was the biggest seizure at the port this year.", True),
 ("No one has been arrested over the cocaine haul.", True),
 ("The shipment of bananas came from Ecuador.", True),
 ("Two people have been arrested over the cocaine seizure.", False),
 ("Border officers seized 1.2 tonnes of heroin hidden in bananas.", False),
 ("It was the largest cocaine haul ever at Felsham port.", False),
 ("The cocaine was hidden in a shipment of bananas from Colombia.", False),
])
_add("The Olby Food Bank handed out 14,200 emergency parcels in the six months to September, a third more than in the same period last year, with more than 5,000 going to children, its manager Grace Obi said.", [
 ("Olby Food Bank gave out 14,200 emergency food parcels in six months.", True),
 ("Demand was up by a third on the same period a year earlier.", True),
 ("More than 5,000 of the parcels went to children, Grace Obi said.", True),
 ("The food bank's manager is Grace Obi.", True),
 ("The food bank handed out a third fewer parcels than last year.", False),
 ("Olby Food Bank handed out 14,200 emergency parcels in the year to September.", False),
 ("More than 5,000 parcels went to pensioners.", False),
 ("The number of parcels tripled compared with the same period last year.", False),
])
_add("A Harlow police constable who sent offensive messages about colleagues has been dismissed without notice after a misconduct hearing found he had committed gross misconduct; a second officer was given a final written warning.", [
 ("A police constable in Harlow was sacked for gross misconduct over offensive messages.", True),
 ("Another officer received a final written warning.", True),
 ("The constable was dismissed without notice after a misconduct hearing.", True),
 ("The constable had sent offensive messages about his colleagues.", True),
 ("Both officers were dismissed after the misconduct hearing.", False),
 ("The constable was given a final written warning for sending offensive messages.", False),
 ("The hearing found the constable had not committed gross misconduct.", False),
 ("A police sergeant was dismissed for sending offensive messages.", False),
])
_add("The Playhouse in Carrow will close in January after 60 years because of rising energy bills and falling audiences, its board said on Thursday.", [
 ("The Carrow Playhouse will shut in January after 60 years.", True),
 ("The board blamed rising energy costs and falling audiences.", True),
 ("The board said the theatre would close because of higher energy bills.", True),
 ("The theatre's board announced the closure on Thursday.", True),
 ("The Playhouse in Carrow will close in January after 16 years.", False),
 ("The Playhouse will close because of rising rents and falling audiences.", False),
 ("The Playhouse will close in January despite growing audiences.", False),
 ("The council said the Playhouse would close in January.", False),
], body="The Playhouse in Carrow will close in January after 60 years because of rising energy bills and falling audiences, its board said on Thursday.\n\n\"It is a sad day for the town, but we simply cannot keep the doors open,\" said board chairman Alan Price.\n\nLocal MP Helen Ward said she would ask the council to find a way to save the theatre.")
_add("\"It is a sad day for the town, but we simply cannot keep the doors open,\" said board chairman Alan Price.", [
 ("Alan Price said the closure was a sad day for the town.", True),
 ("The board chairman said the theatre could not stay open.", True),
 ("Helen Ward said it was a sad day for the town.", False),
 ("Alan Price said the theatre could keep its doors open.", False),
], body="The Playhouse in Carrow will close in January after 60 years because of rising energy bills and falling audiences, its board said on Thursday.\n\n\"It is a sad day for the town, but we simply cannot keep the doors open,\" said board chairman Alan Price.\n\nLocal MP Helen Ward said she would ask the council to find a way to save the theatre.")
_add("Bin collections in Olby will be disrupted for two weeks from Monday after refuse workers voted to strike over pay, the GMB union said, rejecting the council's offer of a 4% rise; the council said it would try to keep collecting food waste.", [
 ("Refuse workers in Olby will strike for two weeks from Monday in a pay dispute.", True),
 ("The workers rejected a 4% pay offer from the council, the union said.", True),
 ("The council said it would try to maintain food waste collections.", True),
 ("Bin collections will be disrupted from Monday, according to the GMB union.", True),
 ("Refuse workers in Olby accepted the council's offer of a 4% rise.", False),
 ("The council said food waste collections would stop during the strike.", False),
 ("Bin collections in Olby will be disrupted for two months.", False),
 ("The council rejected the union's demand for a 4% rise.", False),
])
_add("A female Asian elephant calf was born at Carrow Zoo on Tuesday, the first elephant birth in the zoo's 90-year history; the calf weighed 110kg and was standing within an hour, keepers said.", [
 ("Carrow Zoo's first ever elephant calf was born on Tuesday.", True),
 ("The newborn elephant weighed 110kg, keepers said.", True),
 ("The calf, a female, was on its feet within an hour of birth.", True),
 ("The zoo has a 90-year history.", True),
 ("A male Asian elephant calf was born at Carrow Zoo on Tuesday.", False),
 ("It was the zoo's third elephant birth.", False),
 ("The calf weighed 110kg and was standing within a day.", False),
 ("An African elephant calf was born at Carrow Zoo.", False),
])
_add("Norbank will raise its standard variable mortgage rate by 0.25 percentage points to 7.24% from 1 March, affecting about 90,000 borrowers, after the central bank raised interest rates last week.", [
 ("Norbank's standard variable rate will go up to 7.24% from 1 March.", True),
 ("Around 90,000 borrowers will be affected by the rise.", True),
 ("The increase follows a rise in interest rates by the central bank last week.", True),
 ("Norbank is raising its standard variable rate by a quarter of a percentage point.", True),
 ("Norbank will cut its standard variable mortgage rate to 7.24%.", False),
 ("Norbank will raise its standard variable rate by 0.25 percentage points to 7.49%.", False),
 ("About 9,000 borrowers will be affected by the rise.", False),
 ("Norbank will raise its fixed mortgage rates from 1 March.", False),
])
_add("Harlow General and Carrow Royal hospitals will merge into a single trust next April, saving an estimated £12m a year, but no jobs will be lost on the front line, the health board said; unions have said they are not convinced.", [
 ("The two hospitals will become one trust next April.", True),
 ("The merger is expected to save about £12m a year.", True),
 ("The health board said no front-line jobs would go.", True),
 ("Unions said they were not convinced.", True),
 ("The merger will save £12m in total.", False),
 ("The health board said 200 front-line jobs would be lost.", False),
 ("Unions have welcomed the merger of the two hospitals.", False),
 ("Harlow General and Carrow Royal hospitals merged into a single trust last April.", False),
])
_add("The Harlow to Tarnley railway line reopened on Monday, three weeks later than planned, after a £40m upgrade that will cut journey times by up to 10 minutes, Network Rail said.", [
 ("The Harlow-Tarnley line reopened on Monday after a £40m upgrade.", True),
 ("The reopening came three weeks behind schedule.", True),
 ("Journey times will be cut by as much as 10 minutes, Network Rail said.", True),
 ("The upgrade cost £40m.", True),
 ("The line reopened on Monday, three weeks earlier than planned.", False),
 ("Journey times will be cut by 10 minutes.", False),
 ("The line reopened after a £14m upgrade.", False),
 ("The Harlow to Tarnley line closed on Monday for a £40m upgrade.", False),
])
_add("A 23-year-old man who punched a bus driver in Olby was jailed for 18 months on Thursday; the driver, who suffered a broken jaw, has not returned to work, the court heard.", [
 ("A man, 23, was jailed for 18 months for punching a bus driver in Olby.", True),
 ("The bus driver suffered a broken jaw.", True),
 ("The driver has not gone back to work, the court heard.", True),
 ("The sentence was handed down on Thursday.", True),
 ("A 23-year-old man was given an 18-month suspended sentence for punching a bus driver.", False),
 ("The driver, who suffered a broken jaw, has returned to work.", False),
 ("A 32-year-old man was jailed for punching a bus driver in Olby.", False),
 ("The bus driver punched a 23-year-old man in Olby.", False),
])
_add("Olby University has climbed 12 places to 48th in the national league table, its highest position since 2015, largely thanks to improved student satisfaction scores, the compilers said.", [
 ("Olby University rose 12 places to 48th in the national league table.", True),
 ("It is the university's highest position since 2015.", True),
 ("Better student satisfaction scores were the main reason for the rise, according to the compilers.", True),
 ("Olby University is now 48th in the national rankings.", True),
 ("Olby University fell 12 places to 48th in the national league table.", False),
 ("Olby University is in its highest ever position.", False),
 ("Olby University climbed 12 places to 36th.", False),
 ("The rise was largely due to improved research scores.", False),
])
_add("Ministers have approved an offshore wind farm off the Kessa coast that could power up to 800,000 homes, though the developer, Norwind, said construction would not begin before 2027 and fishing groups plan to challenge the decision in court.", [
 ("An offshore wind farm off the Kessa coast has been given the go-ahead by ministers.", True),
 ("The wind farm could power as many as 800,000 homes.", True),
 ("Norwind said building work would not start before 2027.", True),
 ("Fishing groups intend to challenge the approval in court.", True),
 ("Construction of the wind farm will begin in 2027, Norwind said.", False),
 ("The wind farm will power 800,000 homes.", False),
 ("Fishing groups have challenged the decision in court.", False),
 ("Ministers have rejected an offshore wind farm off the Kessa coast.", False),
])
_add("The Met Office has issued an amber warning for snow across the Pennines from Tuesday evening, with up to 20cm expected on higher ground.", [
 ("An amber snow warning covers the Pennines from Tuesday evening.", True),
 ("Up to 20cm of snow is expected on higher ground.", True),
 ("The Met Office has issued an amber warning for snow.", True),
 ("As much as 20cm of snow could fall on high ground.", True),
 ("The Met Office has issued a red warning for snow across the Pennines.", False),
 ("Up to 20cm of snow is expected on lower ground.", False),
 ("The AA has issued an amber warning for snow across the Pennines.", False),
 ("Up to 20cm of snow fell across the Pennines on Tuesday evening.", False),
], body="The Met Office has issued an amber warning for snow across the Pennines from Tuesday evening, with up to 20cm expected on higher ground.\n\n\"Some rural communities could be cut off,\" said Met Office forecaster Jo Hart.\n\nThe AA advised drivers to avoid travelling unless necessary.")
_add("Drinking two to three cups of coffee a day was linked to a 15% lower risk of heart disease in a study of 40,000 adults, though the researchers said the findings did not prove that coffee itself was the cause.", [
 ("A study of 40,000 adults linked drinking two to three cups of coffee a day to a 15% lower risk of heart disease.", True),
 ("The researchers said the study did not show that coffee caused the lower risk.", True),
 ("The study involved 40,000 adults.", True),
 ("Two to three cups of coffee a day was associated with a lower risk of heart disease.", True),
 ("Drinking two to three cups of coffee a day cuts the risk of heart disease by 15%.", False),
 ("The study found coffee drinkers had a 15% higher risk of heart disease.", False),
 ("Drinking five cups of coffee a day was linked to a lower risk of heart disease.", False),
 ("The researchers said the findings proved coffee was the cause.", False),
])
_add("A four-day working week will be trialled at Olby council for six months from January, with 300 staff taking part, the council said, adding that it would decide next summer whether to make the change permanent.", [
 ("Olby council will trial a four-day week for six months from January.", True),
 ("About 300 staff will take part in the trial.", True),
 ("The council will decide next summer whether to keep the four-day week.", True),
 ("The six-month trial begins in January, the council said.", True),
 ("Olby council has adopted a permanent four-day working week.", False),
 ("All council staff will move to a four-day week from January.", False),
 ("The trial will run for a year from January.", False),
 ("The council has decided to make the four-day week permanent.", False),
])
_add("Kestrel City have signed striker Leon Ade from Harlow United for an initial £18m, which could rise to £25m with add-ons, on a five-year contract.", [
 ("Leon Ade has joined Kestrel City from Harlow United on a five-year deal.", True),
 ("The fee could reach £25m including add-ons.", True),
 ("Kestrel City paid an initial £18m for the striker.", True),
 ("Ade signed a five-year contract with Kestrel City.", True),
 ("Kestrel City have signed Leon Ade for £25m.", False),
 ("Harlow United have signed Leon Ade from Kestrel City.", False),
 ("Leon Ade signed a three-year contract with Kestrel City.", False),
 ("The fee could fall to £18m with add-ons.", False),
])
_add("Three workers were taken to hospital with smoke inhalation after a fire broke out at a plastics factory in Tarnley on Wednesday night; about 60 firefighters tackled the blaze, which was brought under control by Thursday morning.", [
 ("A fire broke out at a plastics factory in Tarnley on Wednesday night.", True),
 ("Three workers were treated in hospital for smoke inhalation.", True),
 ("Around 60 firefighters fought the blaze.", True),
 ("The fire was under control by Thursday morning.", True),
 ("Three workers died after a fire at a plastics factory in Tarnley.", False),
 ("About 60 workers were taken to hospital with smoke inhalation.", False),
 ("The fire was brought under control on Wednesday night.", False),
 ("A fire broke out at a chemical factory in Tarnley.", False),
])
_add("Council leader Sam Price has denied claims that he misled councillors over the cost of the new leisure centre, which has risen from £20m to £32m.", [
 ("Sam Price has denied misleading councillors about the cost of the leisure centre.", True),
 ("The cost of the new leisure centre has gone up from £20m to £32m.", True),
 ("The council leader rejected claims he had misled councillors.", True),
 ("The leisure centre's cost has risen by £12m.", True),
 ("Sam Price has admitted misleading councillors over the cost of the leisure centre.", False),
 ("Kate Moss has denied claims that she misled councillors.", False),
 ("The cost of the new leisure centre has fallen from £32m to £20m.", False),
 ("The cost of the leisure centre has risen to £23m.", False),
], body="Council leader Sam Price has denied claims that he misled councillors over the cost of the new leisure centre, which has risen from £20m to £32m.\n\n\"I have always been open about the costs,\" he said.\n\nOpposition leader Kate Moss said an independent inquiry was needed.")
_add("Storm Elin caused an estimated £150m of insured damage, mostly to homes in the south-west, the Association of Insurers said on Tuesday, though it warned the final bill could be higher.", [
 ("The Association of Insurers estimated Storm Elin's insured damage at £150m.", True),
 ("Most of the damage was to homes in the south-west.", True),
 ("The insurers' body warned the final cost could be higher.", True),
 ("The estimate was published on Tuesday.", True),
 ("Storm Elin caused £150m of damage, mostly to businesses in the south-west.", False),
 ("The Association of Insurers said the final bill would be lower.", False),
 ("The final bill for Storm Elin will be higher than £150m.", False),
 ("Storm Elin caused an estimated £150m of insured damage, mostly in the north-east.", False),
])
_add("The proportion of A-level entries awarded A or A* fell to 27.2% this year from 27.7% in 2024, but remains above the 25.4% of 2019, the last year before the pandemic, figures showed.", [
 ("The share of A-level entries given an A or A* dropped to 27.2% from 27.7%.", True),
 ("The proportion is still higher than in 2019, when it was 25.4%.", True),
 ("2019 was the last year before the pandemic.", True),
 ("Top A-level grades fell this year.", True),
 ("The proportion of A-level entries awarded A or A* rose to 27.2% this year.", False),
 ("The proportion is now below the 2019 level of 25.4%.", False),
 ("The proportion of top grades fell to 25.4% this year.", False),
 ("The proportion of A-level entries awarded A or A* fell to 27.2% from 27.7% in 2019.", False),
])
_add("Olby General will scrap parking charges for staff from April, but visitors will still pay £3 an hour, the hospital trust said.", [
 ("Staff at Olby General will no longer pay to park from April.", True),
 ("Visitors will continue to be charged £3 an hour.", True),
 ("The hospital trust said parking charges for staff would end in April.", True),
 ("Parking will remain £3 an hour for visitors, the trust said.", True),
 ("Olby General will scrap parking charges for staff and visitors from April.", False),
 ("Visitors will no longer pay to park at Olby General.", False),
 ("Staff will pay £3 an hour to park from April.", False),
 ("Visitors will pay £3 a day to park at Olby General.", False),
])
_add("The club's chairman, Neil Ward, said: \"This was a difficult decision, but results have not been good enough.\"", [
 ("Neil Ward said results had not been good enough.", True),
 ("The chairman called it a difficult decision.", True),
 ("Dan Cole said results had not been good enough.", False),
 ("Neil Ward said results had been good enough.", False),
], body="Harlow Rovers manager Dan Cole has been sacked after eight defeats in ten games.\n\nThe club's chairman, Neil Ward, said: \"This was a difficult decision, but results have not been good enough.\"\n\nCole, who joined in 2023, said he was \"hugely disappointed\".")
_add("Two men arrested on suspicion of murder after a man was found dead in a flat in Carrow have been released on bail, while a woman, 34, remains in custody, police said.", [
 ("Two men arrested on suspicion of murder have been bailed.", True),
 ("A 34-year-old woman is still in custody, police said.", True),
 ("A man was found dead in a flat in Carrow.", True),
 ("Police said the two men had been released on bail.", True),
 ("Two men have been charged with murder after a man was found dead in Carrow.", False),
 ("A 34-year-old woman has been released on bail.", False),
 ("Three men arrested on suspicion of murder have been released.", False),
 ("Two women arrested on suspicion of murder have been released on bail.", False),
])
_add("HSBank reported a pre-tax profit of £4.1bn for the first half, up 8% on a year earlier, and announced a £1bn share buyback, but warned that falling interest rates would squeeze its income next year.", [
 ("HSBank's first-half pre-tax profit rose 8% to £4.1bn.", True),
 ("The bank announced a £1bn share buyback.", True),
 ("HSBank warned lower interest rates would squeeze income next year.", True),
 ("Profit before tax for the first six months was £4.1bn.", True),
 ("HSBank's first-half pre-tax profit fell 8% to £4.1bn.", False),
 ("HSBank reported a full-year pre-tax profit of £4.1bn.", False),
 ("HSBank warned that rising interest rates would squeeze its income.", False),
 ("The bank announced a £4.1bn share buyback.", False),
])
_add("At least 37 people were killed and more than 200 injured when a magnitude 6.1 earthquake struck the north of Kessa early on Sunday, officials said, warning that the toll was likely to rise.", [
 ("At least 37 people died in the earthquake, officials said.", True),
 ("More than 200 people were injured.", True),
 ("The quake had a magnitude of 6.1.", True),
 ("Officials said the death toll was likely to rise.", True),
 ("Fewer than 37 people were killed in the earthquake.", False),
 ("The death toll is expected to fall, officials said.", False),
 ("A magnitude 7.1 earthquake struck the north of Kessa.", False),
 ("The earthquake struck the south of Kessa early on Sunday.", False),
])
_add("The prison population in Norland reached a record 88,000 last week, leaving fewer than 1,000 spaces free, and ministers said 2,000 inmates would be released early in September to ease overcrowding.", [
 ("Norland's prison population hit a record 88,000 last week.", True),
 ("Fewer than 1,000 prison places were left free.", True),
 ("Ministers said 2,000 prisoners would be freed early in September.", True),
 ("The early releases are intended to ease overcrowding.", True),
 ("Ministers said 20,000 inmates would be released early.", False),
 ("The prison population fell to 88,000 last week.", False),
 ("More than 1,000 prison spaces were left free.", False),
 ("Ministers said 2,000 inmates were released early in August.", False),
])
_add("The centre-left Union party won 38% of the vote in Sunday's election, short of a majority, and its leader Eva Lind said she would begin talks with the Greens, who took 9%.", [
 ("The Union party won 38% of the vote but fell short of a majority.", True),
 ("Eva Lind said she would open talks with the Greens.", True),
 ("The Greens won 9% of the vote.", True),
 ("The election was held on Sunday.", True),
 ("The Union party won a majority with 38% of the vote.", False),
 ("The Greens' leader said she would begin talks with the Union party.", False),
 ("The Greens won 38% of the vote.", False),
 ("The centre-right Union party won 38% of the vote.", False),
])
_add("Drugmaker Verapharm will cut the list price of its asthma inhaler by 70% to $35 a month in the US from January, following pressure from lawmakers, the company said.", [
 ("Verapharm will reduce the price of its asthma inhaler to $35 a month in the US.", True),
 ("The 70% price cut takes effect in January.", True),
 ("The company said the cut followed pressure from lawmakers.", True),
 ("Verapharm's inhaler will cost $35 a month from January.", True),
 ("Verapharm will cut the price of its asthma inhaler by 70% to $35 a year.", False),
 ("Verapharm will raise the list price of its asthma inhaler.", False),
 ("Verapharm will cut the price of its asthma inhaler by 35%.", False),
 ("Verapharm will cut the price of its diabetes drug by 70%.", False),
])
_add("An estimated 1,300 more people than usual died in England during last month's heatwave, according to provisional figures from the health agency, which said most of the excess deaths were among people aged over 75.", [
 ("Around 1,300 excess deaths occurred in England during last month's heatwave, provisional figures suggest.", True),
 ("Most of the excess deaths were among over-75s, the health agency said.", True),
 ("The figures from the health agency are provisional.", True),
 ("About 1,300 more people died than usual during the heatwave.", True),
 ("Most of the excess deaths were among people aged under 75.", False),
 ("The health agency's final figures show 1,300 excess deaths.", False),
 ("An estimated 3,100 more people than usual died during the heatwave.", False),
 ("An estimated 1,300 more people than usual died in Scotland during last month's heatwave.", False),
])
_add("Campaigners have lost a High Court challenge against the expansion of Tarnley Airport, which will allow it to handle 12 million passengers a year, up from 7 million, but they said they would appeal.", [
 ("Campaigners lost their legal challenge to Tarnley Airport's expansion at the High Court.", True),
 ("The expansion will let the airport handle 12 million passengers a year.", True),
 ("The campaigners said they would appeal against the ruling.", True),
 ("The airport currently handles 7 million passengers a year.", True),
 ("Campaigners have won a High Court challenge against the expansion of Tarnley Airport.", False),
 ("The campaigners said they would not appeal.", False),
 ("The expansion will allow the airport to handle 7 million more passengers a year.", False),
 ("The Court of Appeal rejected the campaigners' challenge.", False),
])
_add("Shopwell will cut the price of 500 everyday products by an average of 10% from Monday, the supermarket said, in the latest move in a price war with rival Greenbag, which cut prices on 300 items last month.", [
 ("Shopwell is reducing prices on 500 everyday items by 10% on average.", True),
 ("Greenbag cut prices on 300 items last month.", True),
 ("The price cuts start on Monday, Shopwell said.", True),
 ("The two supermarkets are in a price war.", True),
 ("Shopwell will cut the price of 500 everyday products by 10% each.", False),
 ("Greenbag will cut prices on 500 items from Monday.", False),
 ("Shopwell cut prices on 300 items last month.", False),
 ("Shopwell will raise the price of 500 everyday products.", False),
])
_add("Researchers at Olby University say a new blood test could detect bowel cancer up to two years earlier than current methods.", [
 ("A new blood test could spot bowel cancer as much as two years sooner, researchers say.", True),
 ("The researchers are based at Olby University.", True),
 ("The test might detect bowel cancer earlier than current methods.", True),
 ("According to researchers at Olby University, the test could find bowel cancer up to two years earlier.", True),
 ("A new blood test detects bowel cancer two years earlier than current methods.", False),
 ("A new blood test could detect bowel cancer up to two years later than current methods.", False),
 ("A new blood test could detect breast cancer up to two years earlier.", False),
 ("Bowel Cancer Norland says a new blood test could detect bowel cancer earlier.", False),
], body="Researchers at Olby University say a new blood test could detect bowel cancer up to two years earlier than current methods.\n\n\"The results are promising, but we need larger trials before it can be used in hospitals,\" said lead researcher Dr Amy Chen.\n\nThe charity Bowel Cancer Norland, which funded the work, welcomed the findings.")
_add("A train that derailed near Harlow in March was travelling at 72mph on a stretch with a 50mph limit, an interim report by the rail accident investigators found, though it said the cause had not yet been established.", [
 ("The derailed train was going at 72mph where the speed limit was 50mph, investigators found.", True),
 ("The interim report said the cause of the derailment had not yet been established.", True),
 ("The train derailed near Harlow in March.", True),
 ("An interim report found the train was travelling above the speed limit.", True),
 ("Speeding caused the train to derail near Harlow, investigators found.", False),
 ("The train was travelling at 50mph on a stretch with a 72mph limit.", False),
 ("The final report found the train was travelling at 72mph.", False),
 ("The train derailed near Harlow in May.", False),
])
_add("Councillors voted 31 to 24 to raise council tax by 4.99% from April, the maximum allowed without a referendum, after a four-hour debate.", [
 ("Council tax will rise by 4.99% from April after councillors voted 31 to 24.", True),
 ("The 4.99% rise is the most allowed without holding a referendum.", True),
 ("The vote followed a four-hour debate.", True),
 ("A majority of councillors backed the council tax rise.", True),
 ("Councillors voted unanimously to raise council tax by 4.99%.", False),
 ("Councillors voted 24 to 31 against raising council tax.", False),
 ("The rise is above the maximum allowed without a referendum.", False),
 ("Councillors voted to raise council tax by 4.99% after a four-day debate.", False),
])
_add("Ambulances took an average of 42 minutes to reach heart attack and stroke patients in October, more than double the 18-minute target, NHS figures show.", [
 ("The average response time for heart attacks and strokes was 42 minutes in October.", True),
 ("That is more than twice the 18-minute target.", True),
 ("NHS figures show ambulances missed the 18-minute target for heart attacks and strokes.", True),
 ("Ambulances took an average of 42 minutes to reach stroke patients in October.", True),
 ("Ambulances took an average of 18 minutes to reach heart attack patients in October.", False),
 ("The average response time was within the 18-minute target.", False),
 ("Ambulances took an average of 42 minutes to reach all patients in October.", False),
 ("Ambulances took more than three times the target time.", False),
])
_add("Tarnley library will be run by volunteers from next month after the council withdrew funding, saving £80,000 a year.", [
 ("Volunteers will run Tarnley library from next month.", True),
 ("The council withdrew funding for the library, saving £80,000 a year.", True),
 ("The council's decision saves £80,000 a year.", True),
 ("Tarnley library will be volunteer-run from next month.", True),
 ("The council will run Tarnley library from next month after volunteers withdrew.", False),
 ("The council increased funding for Tarnley library.", False),
 ("Jean Parr said Tarnley library would be run by volunteers from next month.", False),
 ("Withdrawing funding will save £8,000 a year.", False),
], body="Tarnley library will be run by volunteers from next month after the council withdrew funding, saving £80,000 a year.\n\n\"We are determined to keep the doors open,\" said Friends of Tarnley Library chair Jean Parr.\n\nThe council said it had no choice given its budget gap.")
_add("Average pay rose 5.2% in the year to August, outpacing inflation of 3.8%, so that wages rose in real terms for the 14th month in a row, the statistics office said.", [
 ("Wages grew faster than prices in the year to August.", True),
 ("Pay rose in real terms for a 14th consecutive month.", True),
 ("Average pay went up 5.2%, while inflation was 3.8%.", True),
 ("Average pay rose 5.2% in the year to August, the statistics office said.", True),
 ("Average pay rose 3.8% in the year to August, outpacing inflation of 5.2%.", False),
 ("Inflation outpaced wage growth in the year to August.", False),
 ("Pay rose in real terms for the first time in 14 months.", False),
 ("Wages fell in real terms for the 14th month in a row.", False),
])
_add("Mountain rescue teams found two walkers who had been missing overnight on Scafell, cold but unhurt, after a search involving 40 volunteers and a coastguard helicopter.", [
 ("Two walkers missing overnight on Scafell were found unhurt.", True),
 ("About 40 volunteers took part in the search.", True),
 ("A coastguard helicopter joined the search.", True),
 ("The walkers were cold but uninjured when found.", True),
 ("Two walkers missing overnight on Scafell were found dead.", False),
 ("Two walkers were found with serious injuries on Scafell.", False),
 ("Rescuers found two walkers after a search involving 14 volunteers.", False),
 ("An RAF helicopter found two missing walkers on Scafell.", False),
])
_add("Little Oaks nursery in Olby will close at the end of July because it cannot recruit enough qualified staff, its owner said, leaving 45 families to find other childcare.", [
 ("Little Oaks nursery will shut at the end of July.", True),
 ("The owner blamed a shortage of qualified staff.", True),
 ("About 45 families will need to find new childcare.", True),
 ("The nursery cannot recruit enough qualified staff, its owner said.", True),
 ("Little Oaks nursery will close at the end of June.", False),
 ("The nursery will close because of rising rents, its owner said.", False),
 ("Little Oaks nursery will close, leaving 54 families without childcare.", False),
 ("The council said Little Oaks nursery would close.", False),
])
_add("Harlow Rovers came from two goals down to draw 2-2 with Kestrel City, with substitute Sam Okafor scoring an equaliser in stoppage time.", [
 ("Harlow Rovers fought back from 2-0 down to draw with Kestrel City.", True),
 ("Sam Okafor came off the bench to score a late equaliser.", True),
 ("The match between Harlow Rovers and Kestrel City ended 2-2.", True),
 ("Okafor's equaliser came in stoppage time.", True),
 ("Harlow Rovers beat Kestrel City 3-2 after coming from two goals down.", False),
 ("Kestrel City came from two goals down to draw 2-2 with Harlow Rovers.", False),
 ("Sam Okafor scored an equaliser in the first half.", False),
 ("Sam Okafor, who started the match, scored the equaliser.", False),
])
_add("Hackers stole the personal details of about 2.1 million customers of Norwire, including names and email addresses but not bank details, the broadband provider said on Wednesday.", [
 ("The personal data of around 2.1 million Norwire customers was stolen by hackers.", True),
 ("Bank details were not taken, Norwire said.", True),
 ("Names and email addresses were among the stolen details.", True),
 ("Norwire disclosed the breach on Wednesday.", True),
 ("Hackers stole the bank details of about 2.1 million Norwire customers.", False),
 ("Hackers stole the personal details of about 1.2 million Norwire customers.", False),
 ("Hackers stole names, email addresses and bank details.", False),
 ("Norwire said no customer details were stolen.", False),
])
_add("The number of people waiting for hospital treatment in Norland fell for the third month in a row to 7.4 million in June, though it remains well above the 4.6 million before the pandemic.", [
 ("The hospital waiting list fell to 7.4 million in June.", True),
 ("It was the third monthly fall in a row.", True),
 ("The waiting list is still far higher than the pre-pandemic level of 4.6 million.", True),
 ("About 7.4 million people were waiting for hospital treatment in June.", True),
 ("The hospital waiting list rose to 7.4 million in June.", False),
 ("The waiting list fell for the first time in three months.", False),
 ("The waiting list has returned to its pre-pandemic level.", False),
 ("The waiting list fell to 4.6 million in June.", False),
])
_add("He said the road would \"cut journey times and save lives\".", [
 ("Paul Reed said the bypass would cut journey times and save lives.", True),
 ("The transport minister said the road would save lives.", True),
 ("Friends of the Earth said the road would cut journey times and save lives.", False),
 ("Paul Reed said the road would cut journey times but cost lives.", False),
], body="The transport minister, Paul Reed, has approved a £2bn bypass around Carrow, despite objections from environmental groups.\n\nHe said the road would \"cut journey times and save lives\".\n\nFriends of the Earth said it would challenge the decision.")
_add("Police have charged a 45-year-old man with dangerous driving after a cyclist was seriously injured in a collision on the A40 near Tarnley on Friday evening; he will appear at Olby Magistrates' Court on Monday.", [
 ("A man, 45, has been charged with dangerous driving after a cyclist was badly hurt.", True),
 ("The collision happened on the A40 near Tarnley on Friday evening.", True),
 ("The man is due before Olby Magistrates' Court on Monday.", True),
 ("The cyclist suffered serious injuries in the collision.", True),
 ("A 45-year-old man has been charged with causing death by dangerous driving.", False),
 ("A cyclist was killed in a collision on the A40 near Tarnley.", False),
 ("The man appeared at Olby Magistrates' Court on Friday.", False),
 ("Police have charged a 45-year-old cyclist with dangerous driving.", False),
])
_add("The Bank of Norland left interest rates unchanged at 4.5% on Thursday, but two of the nine members of its rate-setting committee voted for a cut, and the governor said rates were likely to fall later this year.", [
 ("The Bank of Norland held rates at 4.5%.", True),
 ("Two of the nine committee members wanted a cut.", True),
 ("The governor said rates would probably come down later this year.", True),
 ("The decision was announced on Thursday.", True),
 ("The Bank of Norland cut interest rates to 4.5% on Thursday.", False),
 ("The committee voted unanimously to hold rates.", False),
 ("The governor said rates would fall later this year.", False),
 ("Seven of the nine members voted for a cut.", False),
])
_add("More than 3,000 homes in Olby were without water for up to two days after a burst main, and the water company, Norwater, said it would pay £75 compensation to each affected household.", [
 ("Over 3,000 homes in Olby lost their water supply for as long as two days.", True),
 ("A burst main caused the outage.", True),
 ("Norwater will pay each affected household £75.", True),
 ("The water company is Norwater.", True),
 ("More than 3,000 homes in Olby were without water for two weeks.", False),
 ("Norwater said it would pay £57 compensation to each household.", False),
 ("Norwater said it would not pay compensation.", False),
 ("More than 3,000 homes in Olby were without power after a burst main.", False),
])
_add("The Olby Players' production of Hamlet has been cancelled after the lead actor broke his leg during a rehearsal, the company said, adding that ticket holders would get a full refund.", [
 ("The Olby Players have cancelled Hamlet after their lead actor broke his leg.", True),
 ("The injury happened during a rehearsal.", True),
 ("Ticket holders will be fully refunded, the company said.", True),
 ("The production of Hamlet will not go ahead.", True),
 ("The Olby Players' production of Hamlet has been postponed.", False),
 ("The lead actor broke his arm during a rehearsal.", False),
 ("Ticket holders will get a partial refund.", False),
 ("The lead actor broke his leg during a performance.", False),
])
_add("The developer, Greystone Homes, said it would consider an appeal.", [
 ("Greystone Homes said it would consider appealing.", True),
 ("The developer said it would think about an appeal.", True),
 ("Greystone Homes said it would appeal.", False),
 ("Ruth Dale said the developer would consider an appeal.", False),
], body="Plans for 400 homes on farmland at Carrow have been rejected by councillors.\n\n\"This is the wrong site for so many houses,\" said councillor Ruth Dale.\n\nThe developer, Greystone Homes, said it would consider an appeal.")
_add("A 7.5-tonne weight limit will be imposed on the Marden Bridge from 3 March after an inspection found corrosion in two of its steel supports, Norland County Council said; buses and emergency vehicles will be exempt.", [
 ("Heavy vehicles over 7.5 tonnes will be banned from the Marden Bridge from 3 March.", True),
 ("An inspection found corrosion in two of the bridge's steel supports.", True),
 ("Buses and emergency vehicles will not be covered by the limit.", True),
 ("The restriction was announced by Norland County Council.", True),
 ("A 7.5-tonne weight limit was imposed on the Marden Bridge on 3 March after it partially collapsed.", False),
 ("An inspection found corrosion in all of the bridge's steel supports.", False),
 ("Buses will be banned from the Marden Bridge from 3 March.", False),
 ("A 5-tonne weight limit will be imposed on the Marden Bridge.", False),
])
_add("Twin western lowland gorillas have been born at Olby Zoo, the first twins in the zoo's 60-year history, keepers said on Tuesday. The mother, Kali, is 14 and the father, Jabari, arrived from a Dutch zoo in 2019.", [
 ("Olby Zoo has welcomed twin gorillas for the first time in its 60-year history.", True),
 ("The twins' mother, Kali, is 14 years old.", True),
 ("Jabari came to Olby from a zoo in the Netherlands in 2019.", True),
 ("Keepers announced the births on Tuesday.", True),
 ("Twin mountain gorillas have been born at Olby Zoo.", False),
 ("The father, Kali, arrived from a Dutch zoo in 2019.", False),
 ("Jabari, the mother, is 14.", False),
 ("They are the zoo's second set of twins in its 60-year history.", False),
])
_add("Freshway was fined £240,000 at Olby Crown Court on Wednesday after mice droppings were found at two of its stores in 2023. The supermarket chain admitted four food hygiene offences. Judge Alan Price said the failures were \"serious and long-standing\".", [
 ("The supermarket chain Freshway was fined £240,000 over mice droppings at two stores.", True),
 ("Freshway pleaded guilty to four food hygiene offences.", True),
 ("The judge described the failures as serious and long-standing.", True),
 ("Freshway was fined £420,000 at Olby Crown Court.", False),
 ("Freshway denied four food hygiene offences.", False),
 ("Mice droppings were found at four Freshway stores.", False),
 ("Judge Alan Price said the failures were \"serious but short-lived\".", False),
 ("Freshway was fined after cockroaches were found at two of its stores.", False),
])
_add("Teachers in Norland have voted to strike over pay, with 78% of those who took part backing action on a turnout of 54%, the National Teachers' Association said. The union has not yet set dates.", [
 ("Norland teachers have voted in favour of strike action over pay.", True),
 ("More than three-quarters of those voting supported a strike.", True),
 ("Turnout in the ballot was 54%.", True),
 ("No strike dates have been set yet.", True),
 ("Teachers in Norland have voted to strike, with 54% backing action on a turnout of 78%.", False),
 ("The union has announced strike dates.", False),
 ("Teachers in Norland have voted against strike action over pay.", False),
 ("78% of Norland's teachers backed a strike.", False),
])
_add("The launch of the Skylark-2 weather satellite has been postponed until at least June because of a fault in its rocket's second stage, the Norland Space Agency said. It had been due to lift off next week.", [
 ("The Skylark-2 launch has been delayed until June at the earliest.", True),
 ("A fault in the rocket's second stage caused the delay.", True),
 ("The satellite had been scheduled to launch next week.", True),
 ("The Skylark-2 launch has been postponed until June because of a fault in the satellite.", False),
 ("The Skylark-2 launch has been cancelled.", False),
 ("The launch of the Skylark-2 weather satellite will take place in June.", False),
 ("A fault in the rocket's first stage caused the delay.", False),
])
_add("Norail will cut 120 services a day from its timetable from 19 May because of a shortage of drivers, the operator said, with most of the reductions on routes into Olby.", [
 ("Norail is reducing its timetable by 120 services a day from 19 May.", True),
 ("The operator blamed a shortage of drivers.", True),
 ("Most of the cuts affect routes into Olby.", True),
 ("Norail will cut 120 services a week from its timetable from 19 May.", False),
 ("Norail will cut 120 services a day because of a shortage of trains.", False),
 ("All of the reductions are on routes into Olby.", False),
 ("Norail will add 120 services a day to its timetable from 19 May.", False),
])
_add("Olby General Hospital postponed 340 operations last week after a cyber attack took its computer systems offline, the trust said. Emergency care was not affected, but patients were urged to attend only if it was urgent.", [
 ("A cyber attack forced Olby General Hospital to postpone 340 operations last week.", True),
 ("Emergency care continued as normal, the trust said.", True),
 ("Patients were asked to come in only if their need was urgent.", True),
 ("Olby General Hospital cancelled 340 operations last week after a power cut.", False),
 ("Emergency care was suspended after a cyber attack.", False),
 ("Olby General Hospital postponed 430 operations last week.", False),
 ("Patients were urged to stay away from the hospital.", False),
])
_add("Police said the 19-year-old driver, who had passed his test three weeks earlier, was more than twice the drink-drive limit when his car hit a wall in Carrow on Saturday. His two passengers were treated in hospital for minor injuries.", [
 ("The driver, 19, was over twice the legal alcohol limit.", True),
 ("He had passed his driving test three weeks before the crash.", True),
 ("His two passengers suffered minor injuries.", True),
 ("The crash happened in Carrow on Saturday.", True),
 ("The 19-year-old driver was just over the drink-drive limit.", False),
 ("His two passengers were seriously injured.", False),
 ("The driver had passed his test three years earlier.", False),
 ("The car hit a wall in Carrow on Sunday.", False),
])
_add("\"We are not going to let a few bad years define this club,\" said the manager, Tom Reyes.", [
 ("Tom Reyes said the club would not be defined by a few bad years.", True),
 ("The manager said a few bad years would not define the club.", True),
 ("Club chairman Leon Hart said the club would not be defined by a few bad years.", False),
 ("Tom Reyes said a few bad years had defined the club.", False),
], body="Olby Town have been relegated for the second time in three seasons after a 2-0 defeat at Marden.\n\nThe club's chairman, Leon Hart, apologised to supporters and promised investment in the squad.\n\n\"We are not going to let a few bad years define this club,\" said the manager, Tom Reyes.")
_add("The mayor, Priya Nand, said the new cycle lanes on Harbour Road would be kept after a six-month trial in which cycling rose by 40% and car journeys fell by 12%. Businesses on the road had called for them to be removed.", [
 ("The cycle lanes on Harbour Road will stay, the mayor said.", True),
 ("During the trial, cycling went up 40% and car journeys dropped 12%.", True),
 ("Businesses on Harbour Road had wanted the lanes taken out.", True),
 ("The mayor said the new cycle lanes on Harbour Road would be removed.", False),
 ("Cycling fell by 12% and car journeys rose by 40% during the trial.", False),
 ("Businesses on the road had called for the cycle lanes to be kept.", False),
 ("Cycling rose by 40% during a 12-month trial.", False),
])
_add("Aldmoor Water has been told to return £38m to customers after missing targets on leaks and pollution, the regulator Ofwat-N said on Thursday. The company said it was \"disappointed\" and was considering whether to appeal.", [
 ("The regulator ordered Aldmoor Water to hand back £38m to customers.", True),
 ("Aldmoor Water missed targets on leaks and pollution.", True),
 ("The company said it was disappointed.", True),
 ("Aldmoor Water is weighing an appeal.", True),
 ("Aldmoor Water said it would appeal against the decision.", False),
 ("Aldmoor Water has been told to return £38m to the government.", False),
 ("Aldmoor Water met its targets on leaks but missed those on pollution.", False),
 ("The regulator said it was disappointed with the company.", False),
])
_add("A man has been jailed for six years for setting fire to a mosque in Carrow in August. Daniel Voss, 34, admitted arson at an earlier hearing. No one was hurt in the blaze, which caused £200,000 of damage.", [
 ("Daniel Voss, 34, was sentenced to six years for an arson attack on a mosque in Carrow.", True),
 ("Voss had pleaded guilty to arson.", True),
 ("Nobody was injured in the fire.", True),
 ("The fire caused £200,000 worth of damage.", True),
 ("Daniel Voss was jailed for six months for setting fire to a mosque.", False),
 ("Daniel Voss denied arson.", False),
 ("Two people were hurt in the blaze.", False),
 ("Daniel Voss, 43, was jailed for setting fire to a mosque in Carrow.", False),
])
_add("Unemployment in Norland rose to 4.9% in the three months to October, from 4.7% in the previous quarter, the highest rate for three years, official figures showed.", [
 ("Norland's jobless rate increased to 4.9% in the three months to October.", True),
 ("It was 4.7% in the quarter before.", True),
 ("The rate is at its highest level in three years.", True),
 ("Unemployment in Norland fell to 4.9% in the three months to October.", False),
 ("Unemployment rose to 4.9%, the highest rate for a decade.", False),
 ("Unemployment in Norland rose to 4.7% from 4.9%.", False),
 ("Unemployment rose to 4.9% in the three months to September.", False),
])
_add("Marden Rovers have sacked their head coach, Ivan Petrov, after a run of seven games without a win left them bottom of the league. His assistant, Sam Okafor, will take charge of the team for Saturday's game against Olby.", [
 ("Ivan Petrov has been dismissed as Marden Rovers head coach.", True),
 ("Marden Rovers had gone seven games without winning.", True),
 ("Sam Okafor will lead the side against Olby on Saturday.", True),
 ("Marden Rovers are bottom of the league.", True),
 ("Ivan Petrov has resigned as head coach of Marden Rovers.", False),
 ("Sam Okafor has been sacked after seven games without a win.", False),
 ("Ivan Petrov will take charge of the team for Saturday's game against Olby.", False),
 ("Marden Rovers have gone seven games without a defeat.", False),
])
_add("The council said the decision to close the Kestrel Road library was \"heartbreaking but unavoidable\".", [
 ("The council described closing the library as heartbreaking but unavoidable.", True),
 ("The council said closing the Kestrel Road library could not be avoided.", True),
 ("Campaigner Ann Lowe said the closure was \"heartbreaking but unavoidable\".", False),
 ("The council said the decision to close the library was avoidable.", False),
], body="Campaigners have lost their fight to save the Kestrel Road library in Olby, which will close in April.\n\nAnn Lowe, who led the campaign, said: \"This is a sad day for the whole community.\"\n\nThe council said the decision to close the Kestrel Road library was \"heartbreaking but unavoidable\".")
_add("Norland's biggest bank, First Norland, reported a pre-tax profit of £2.1bn for the first half of the year, down 8% on a year earlier, as lower interest rates squeezed its lending margins.", [
 ("First Norland's half-year pre-tax profit was £2.1bn.", True),
 ("Profit fell 8% compared with the same period last year.", True),
 ("Lower interest rates squeezed the bank's lending margins.", True),
 ("First Norland reported a pre-tax profit of £2.1bn for the full year.", False),
 ("First Norland's first-half profit rose 8%.", False),
 ("Higher interest rates squeezed First Norland's lending margins.", False),
 ("First Norland reported a pre-tax profit of £2.1m for the first half of the year.", False),
])
_add("Around 2,000 people were evacuated from the village of Serra on the island of Calma on Monday as a wildfire driven by strong winds came within a kilometre of homes, the island's civil protection agency said.", [
 ("About 2,000 people had to leave Serra because of a wildfire.", True),
 ("The fire came within a kilometre of homes.", True),
 ("Strong winds drove the wildfire.", True),
 ("Around 2,000 homes were destroyed by a wildfire in Serra.", False),
 ("Around 2,000 people were evacuated from Serra on Tuesday.", False),
 ("The wildfire came within ten kilometres of homes.", False),
 ("Around 200 people were evacuated from the village of Serra.", False),
])
_add("Pupils at Carrow Academy will no longer have to wear blazers from September after parents complained about the cost, the head teacher, Rachel Amis, said in a letter to families.", [
 ("Blazers will not be compulsory at Carrow Academy from September.", True),
 ("Parents had complained about how much the blazers cost.", True),
 ("Rachel Amis told families in a letter.", True),
 ("Pupils at Carrow Academy will have to wear blazers from September.", False),
 ("Parents complained about the design of the blazers.", False),
 ("Rachel Amis said pupils would no longer have to wear ties.", False),
 ("Pupils complained about the cost of blazers.", False),
])
_add("Norlink Telecom will cut 1,800 jobs over the next two years, about a tenth of its workforce, as it moves more customer service to online chat, the company said. It did not say where the cuts would fall.", [
 ("Norlink Telecom plans to cut 1,800 jobs within two years.", True),
 ("The cuts amount to roughly 10% of Norlink's staff.", True),
 ("The company did not say which sites would be affected.", True),
 ("Norlink Telecom will cut 1,800 jobs, about a quarter of its workforce.", False),
 ("Norlink Telecom will create 1,800 jobs over the next two years.", False),
 ("Norlink Telecom said most of the cuts would fall in Olby.", False),
 ("Norlink Telecom will cut 1,800 jobs over the next five years.", False),
])
_add("\"It was the scariest moment of my life,\" she said.", [
 ("Megan Shaw said it was the scariest moment of her life.", True),
 ("The swimmer described the experience as the scariest moment of her life.", True),
 ("Lifeguard Owen Pike said it was the scariest moment of his life.", False),
 ("Megan Shaw said it was not a frightening moment.", False),
], body="A swimmer who was swept out to sea off Marden beach has been rescued by a lifeguard on a paddleboard.\n\nMegan Shaw, 27, was pulled 300 metres from the shore by a rip current. Lifeguard Owen Pike reached her within four minutes.\n\n\"It was the scariest moment of my life,\" she said.")
_add("The port of Olby will be expanded to handle twice as many containers under a £600m plan approved by ministers on Friday, creating an estimated 1,500 jobs. Environmental groups had opposed the scheme because it involves dredging a protected estuary.", [
 ("Ministers approved a £600m expansion of the port of Olby on Friday.", True),
 ("The expansion will double the port's container capacity.", True),
 ("The plan is expected to create around 1,500 jobs.", True),
 ("Environmental groups objected because of dredging in a protected estuary.", True),
 ("Ministers rejected a £600m plan to expand the port of Olby.", False),
 ("The port of Olby will be expanded to handle three times as many containers.", False),
 ("The plan will create exactly 1,500 jobs.", False),
 ("Environmental groups supported the scheme.", False),
])
_add("A 3.2-metre python that escaped from a house in Marden has been found in a neighbour's garden shed two days later, the RSPCA-N said. The snake, called Monty, was unharmed and has been returned to its owner.", [
 ("A python that escaped in Marden turned up in a neighbour's shed two days later.", True),
 ("The snake was not hurt.", True),
 ("Monty has gone back to its owner.", True),
 ("A 3.2-metre python was found in a neighbour's garden shed two weeks later.", False),
 ("The snake, called Monty, was injured.", False),
 ("A 2.3-metre python escaped from a house in Marden.", False),
 ("The python has been rehomed at a sanctuary.", False),
])
_add("Norland's inflation rate fell to 2.3% in October from 2.8% in September, lower than the 2.5% economists had expected, driven by cheaper petrol and air fares.", [
 ("Inflation in Norland dropped to 2.3% in October.", True),
 ("The rate had been 2.8% in September.", True),
 ("Economists had forecast 2.5%.", True),
 ("Cheaper petrol and air fares pushed the rate down.", True),
 ("Norland's inflation rate rose to 2.3% in October.", False),
 ("Inflation fell to 2.3%, higher than economists had expected.", False),
 ("Inflation fell, driven by cheaper food and energy.", False),
 ("Norland's inflation rate fell to 2.5% in October.", False),
])
_add("Olby councillors voted 31 to 18 to approve a 400-home development on green belt land at Harlow Farm, against the advice of their own planning officers.", [
 ("Councillors approved 400 homes at Harlow Farm by 31 votes to 18.", True),
 ("Planning officers had advised against the development.", True),
 ("The site is green belt land.", True),
 ("Olby councillors voted 31 to 18 to reject a 400-home development.", False),
 ("Planning officers recommended approving the development.", False),
 ("Olby councillors voted 18 to 31 to approve a 400-home development at Harlow Farm.", False),
 ("Councillors unanimously approved a 400-home development at Harlow Farm.", False),
])
_add("The chief constable, Mark Ellis, said: \"We got this wrong, and I apologise to the family.\"", [
 ("Mark Ellis apologised to the family.", True),
 ("The chief constable admitted the force had got it wrong.", True),
 ("Ruth Carney said the force had got it wrong.", False),
 ("Mark Ellis said the force had done nothing wrong.", False),
], body="An inquest has found that police missed chances to protect Julie Carney, who was killed by her former partner in 2022.\n\nHer mother, Ruth Carney, said the family had been \"let down at every turn\".\n\nThe chief constable, Mark Ellis, said: \"We got this wrong, and I apologise to the family.\"")
_add("Two men armed with a hammer robbed the Northbank branch in Tarnley on Monday morning and escaped with about £18,000, police said. A member of staff was treated for shock but no one was injured.", [
 ("Two men with a hammer robbed a Northbank branch in Tarnley on Monday.", True),
 ("The robbers got away with roughly £18,000.", True),
 ("Nobody was hurt in the robbery, police said.", True),
 ("A staff member was treated for shock.", True),
 ("Two men armed with a knife robbed the Northbank branch in Tarnley.", False),
 ("A member of staff was injured in the robbery.", False),
 ("The robbers escaped with about £80,000.", False),
 ("Two men were arrested after robbing the Northbank branch in Tarnley.", False),
])
_add("Olby council will spend an extra £4m on repairing potholes this year, taking its road maintenance budget to £21m, after complaints rose by a third in 2024, the council's highways chief, Maria Lopez, said.", [
 ("Olby council is putting an additional £4m into pothole repairs this year.", True),
 ("The road maintenance budget will rise to £21m.", True),
 ("Complaints went up by a third in 2024.", True),
 ("Maria Lopez is the council's highways chief.", True),
 ("Olby council will cut its pothole budget by £4m this year.", False),
 ("The road maintenance budget will rise to £25m.", False),
 ("Complaints rose by a half in 2024.", False),
 ("Complaints fell by a third in 2024, Maria Lopez said.", False),
])
_add("A hosepipe ban covering 1.2 million customers in the Norland region will be lifted on Friday after weeks of heavy rain refilled reservoirs, Anglewater said. The ban had been in place since July.", [
 ("Anglewater is lifting its hosepipe ban on Friday.", True),
 ("The ban affects 1.2 million customers.", True),
 ("Heavy rain refilled the reservoirs.", True),
 ("The ban had been in force since July.", True),
 ("A hosepipe ban covering 1.2 million customers will be introduced on Friday.", False),
 ("The hosepipe ban had been in place since June.", False),
 ("The ban will be lifted after reservoirs were refilled by a new pipeline.", False),
 ("A hosepipe ban covering 2.1 million customers will be lifted.", False),
])
_add("The drama \"Low Water\", directed by Ines Varga, won the top prize at the Olby Film Festival on Saturday, beating nine other films. Its lead actor, Tom Field, was named best actor.", [
 ("Ines Varga's \"Low Water\" took the festival's top prize.", True),
 ("Tom Field won the best actor award.", True),
 ("The film beat nine others to the prize.", True),
 ("Tom Field directed the drama \"Low Water\".", False),
 ("Ines Varga was named best actor.", False),
 ("\"Low Water\" won the top prize, beating 19 other films.", False),
 ("\"Low Water\" was named runner-up at the Olby Film Festival.", False),
])
_add("Only 61% of two-year-olds in Tarnley had received the MMR vaccine by March, well below the national target of 95%, according to figures from the health agency. Dr Leah Moss, the area's public health director, said uptake had been falling for five years.", [
 ("Just 61% of two-year-olds in Tarnley had had the MMR jab by March.", True),
 ("The national target is 95%.", True),
 ("Dr Leah Moss said uptake had been declining for five years.", True),
 ("61% of two-year-olds in Tarnley had received the MMR vaccine, meeting the national target.", False),
 ("Dr Leah Moss said uptake had been rising for five years.", False),
 ("The national target is 90%.", False),
 ("Uptake had been falling for five months, Dr Leah Moss said.", False),
])
_add("An inquest has heard that a 16-year-old boy who drowned in Carrow reservoir in July had been swimming with friends on the hottest day of the year. The coroner, Helen Ward, recorded a conclusion of accidental death.", [
 ("The boy, 16, drowned while swimming with friends in Carrow reservoir.", True),
 ("The coroner recorded that the death was accidental.", True),
 ("It was the hottest day of the year.", True),
 ("The coroner, Helen Ward, recorded a conclusion of unlawful killing.", False),
 ("A 15-year-old boy drowned in Carrow reservoir in July.", False),
 ("The boy drowned in Carrow reservoir in June.", False),
 ("The boy had been swimming alone.", False),
])
_add("Skyway will launch a daily flight from Olby to Lisbon from 1 May, the airline said, the first direct link between the two cities. Fares will start at £49 one way.", [
 ("Skyway is starting daily flights between Olby and Lisbon on 1 May.", True),
 ("It will be the first direct route between Olby and Lisbon.", True),
 ("One-way fares start at £49.", True),
 ("Skyway will launch a weekly flight from Olby to Lisbon.", False),
 ("Skyway will launch a daily flight from Olby to Madrid from 1 May.", False),
 ("Return fares will start at £49.", False),
 ("Skyway already runs a direct link between Olby and Lisbon.", False),
])
_add("Fire crews spent six hours tackling a blaze in the roof of St Mary's Cathedral in Marden on Sunday night. The cause is not yet known, but the dean, Revd Paul Akers, said the building's medieval stained glass had been saved.", [
 ("Firefighters fought a fire in the cathedral roof for six hours.", True),
 ("The cause of the blaze has not been established.", True),
 ("The dean said the medieval stained glass was saved.", True),
 ("The fire broke out on Sunday night.", True),
 ("The fire was caused by an electrical fault.", False),
 ("The dean said the medieval stained glass had been destroyed.", False),
 ("Fire crews spent 16 hours tackling the blaze.", False),
 ("Revd Paul Akers said the roof had been saved.", False),
])
_add("More than 400 students at Olby University are refusing to pay rent for their halls of residence in protest at a 12% rise, the students' union said. The university said the increase reflected higher energy costs.", [
 ("Over 400 students at Olby University have joined a rent strike.", True),
 ("They are protesting against a 12% rent rise.", True),
 ("The university blamed higher energy costs for the increase.", True),
 ("More than 4,000 students are refusing to pay rent.", False),
 ("The students' union said the increase reflected higher energy costs.", False),
 ("Students are protesting against a 21% rise.", False),
 ("More than 400 students are refusing to pay their tuition fees.", False),
])
_add("Olby Town striker Jake Dunn will miss at least six weeks with a hamstring injury, manager Sara Kent said on Thursday, adding that he was \"devastated\".", [
 ("Jake Dunn is out for a minimum of six weeks.", True),
 ("The striker has injured his hamstring.", True),
 ("Sara Kent said Dunn was devastated.", True),
 ("Jake Dunn will miss six months with a hamstring injury.", False),
 ("Jake Dunn will miss exactly six weeks.", False),
 ("Jake Dunn said he was devastated.", False),
 ("Jake Dunn has a knee injury.", False),
])
_add("Councillors have approved plans for a £300m data centre on the site of a former car plant in Carrow, which the developer, Nimbus Park, says will create 250 permanent jobs. Residents had objected to the noise.", [
 ("A £300m data centre has been approved for a former car plant site in Carrow.", True),
 ("Nimbus Park says the scheme will create 250 permanent jobs.", True),
 ("Residents had raised objections about noise.", True),
 ("Councillors have approved plans for a £300m car plant in Carrow.", False),
 ("The data centre will create 250 permanent jobs, the council said.", False),
 ("Residents had objected to the traffic.", False),
 ("Councillors have rejected plans for a £300m data centre in Carrow.", False),
])
_add("A seal pup found tangled in fishing net on Marden beach has been released back into the sea after three weeks of care at a rescue centre, volunteers said. The pup, nicknamed Pebble, had deep cuts to its neck.", [
 ("A seal pup rescued from fishing net on Marden beach has been returned to the sea.", True),
 ("Pebble spent three weeks at a rescue centre.", True),
 ("The pup had deep cuts to its neck.", True),
 ("A seal pup found tangled in fishing line has been put to sleep.", False),
 ("The pup was cared for at a rescue centre for three months.", False),
 ("The pup had minor cuts to its neck.", False),
 ("The pup was found tangled in fishing net on Olby beach.", False),
])
_add("The bakery chain Crumbs has gone into administration, putting 900 jobs at risk, the administrators, Fenwick Hart, said. All 80 shops will keep trading while a buyer is sought.", [
 ("Crumbs has entered administration with 900 jobs at risk.", True),
 ("Its 80 shops will stay open while buyers are sought.", True),
 ("Fenwick Hart are the administrators.", True),
 ("Crumbs has gone into administration with the loss of 900 jobs.", False),
 ("All 80 Crumbs shops will close.", False),
 ("Fenwick Hart has bought the bakery chain Crumbs.", False),
 ("Crumbs has gone into administration, putting 90 jobs at risk.", False),
])
_add("Norwater was fined £3.3m on Tuesday for pumping raw sewage into the River Esk for 10 days in 2022, killing more than 2,000 fish. The judge said the company had been \"reckless\". Norwater said it had invested in new pumps since.", [
 ("Norwater received a £3.3m fine over raw sewage discharged into the River Esk.", True),
 ("The pollution killed over 2,000 fish.", True),
 ("The discharges lasted for ten days in 2022.", True),
 ("Norwater said it had since invested in new pumps.", True),
 ("Norwater was fined £3.3m for pumping raw sewage into the River Esk for 10 weeks.", False),
 ("Norwater said it had been reckless.", False),
 ("The sewage killed more than 200 fish.", False),
 ("Norwater was fined £3.3bn for pumping raw sewage into the River Esk.", False),
])
_add("The Green candidate, Amy Cole, won the Harbour ward by-election by four votes after a recount, beating Labour's Dev Shah. Turnout was 23%.", [
 ("Amy Cole won the Harbour ward by-election by four votes.", True),
 ("A recount was held.", True),
 ("Dev Shah was the Labour candidate.", True),
 ("Turnout was just under a quarter.", True),
 ("Dev Shah won the Harbour ward by-election by four votes.", False),
 ("Amy Cole won the Harbour ward by-election by 40 votes.", False),
 ("Amy Cole, the Labour candidate, won the by-election.", False),
 ("Turnout was 32%.", False),
])
_add("Teachers in Norland have been offered a 4% pay rise for next year, below the 6% the unions had asked for, the education minister, Karen Blake, said. The National Teachers' Association said it would put the offer to its members.", [
 ("Norland's teachers have been offered a 4% pay increase.", True),
 ("The unions had wanted 6%.", True),
 ("The union will ask its members about the offer.", True),
 ("Teachers have been offered a 6% pay rise.", False),
 ("The National Teachers' Association has accepted the offer.", False),
 ("Karen Blake said the unions had asked for 4%.", False),
 ("The National Teachers' Association said it would reject the offer.", False),
])
_add("The A591 between Ambleby and Carrow will stay closed for at least a month after a landslide on Tuesday night, the highways agency said. No vehicles were caught in the slip, but a 40-mile diversion is in place.", [
 ("The A591 will remain shut for a month or more after a landslide.", True),
 ("No vehicles were caught up in the landslide.", True),
 ("Drivers face a 40-mile diversion.", True),
 ("The A591 will reopen within a month after a landslide.", False),
 ("Two vehicles were caught in the landslide on the A591.", False),
 ("A 14-mile diversion is in place.", False),
 ("The landslide happened on Tuesday morning.", False),
])
_add("The Revd Canon Ruth Amadi will become the first woman to serve as Bishop of Olby when she is consecrated in March, the church said. She is currently vicar of St Luke's in Marden.", [
 ("Ruth Amadi will be the first female Bishop of Olby.", True),
 ("She will be consecrated in March.", True),
 ("She is vicar of St Luke's in Marden.", True),
 ("Ruth Amadi was consecrated as Bishop of Olby in March.", False),
 ("Ruth Amadi will become the second woman to serve as Bishop of Olby.", False),
 ("Ruth Amadi is currently vicar of St Luke's in Olby.", False),
 ("Ruth Amadi will be consecrated in May.", False),
])
_add("Olby will ban hired e-scooters from the city centre from June after a rise in accidents, the council said, though privately owned scooters are not covered by the ban.", [
 ("Rental e-scooters will be banned in Olby city centre from June.", True),
 ("The council pointed to a rise in accidents.", True),
 ("Privately owned scooters will not be affected by the ban.", True),
 ("Olby will ban all e-scooters from the city centre from June.", False),
 ("Privately owned scooters will be banned from the city centre.", False),
 ("Olby has banned hired e-scooters after a fall in accidents.", False),
 ("Olby will ban hired e-scooters from the city centre from July.", False),
])
_add("A study of 12,000 children by Carrow University suggests that a tax on sugary drinks may have cut obesity among 10-year-old girls by 8%, but found no effect among boys.", [
 ("Research by Carrow University suggests the sugar tax may have reduced obesity in 10-year-old girls.", True),
 ("The study found no effect on boys.", True),
 ("The study involved 12,000 children.", True),
 ("A tax on sugary drinks cut obesity among 10-year-old girls by 8%, a study found.", False),
 ("The sugar tax may have cut obesity among boys and girls by 8%.", False),
 ("A study of 1,200 children suggests a tax on sugary drinks may have cut obesity.", False),
 ("The study suggests the tax may have cut obesity among 10-year-old girls by 18%.", False),
])
_add("Harbour Power's coal-fired plant at Eskmouth, which has supplied electricity for 58 years, will close in September, the company said, with the loss of 150 jobs. Most staff will be offered work at its new battery site.", [
 ("The Eskmouth coal plant will shut in September after 58 years.", True),
 ("The closure will cost 150 jobs.", True),
 ("Most workers will be offered jobs at the battery site.", True),
 ("Harbour Power's gas-fired plant at Eskmouth will close in September.", False),
 ("All staff will be offered work at the new battery site.", False),
 ("The Eskmouth plant will close in September with the loss of 1,500 jobs.", False),
 ("The Eskmouth plant has supplied electricity for 85 years.", False),
])
_add("The jury in the trial of a former Olby councillor accused of fraud has been discharged after failing to reach a verdict, and a retrial will take place in the autumn, the judge said.", [
 ("The jury was discharged because it could not agree a verdict.", True),
 ("The former councillor will face a retrial in the autumn.", True),
 ("The judge said a retrial would be held.", True),
 ("The former Olby councillor was cleared of fraud.", False),
 ("The jury found the former Olby councillor guilty of fraud.", False),
 ("A retrial will take place in the spring.", False),
 ("The jury was discharged after a juror fell ill.", False),
])
_add("Pupils at Marden High will have to hand in their mobile phones at the start of each school day from September, the head teacher, Owen Price, said in a letter to parents. He said the move had the support of most parents.", [
 ("Marden High pupils must hand over their phones each morning from September.", True),
 ("Owen Price said most parents supported the change.", True),
 ("The head teacher wrote to parents about it.", True),
 ("Pupils at Marden High will be banned from bringing phones to school.", False),
 ("Owen Price said all parents supported the move.", False),
 ("Pupils at Marden High will have to hand in their phones from January.", False),
 ("Owen Price said the move was opposed by most parents.", False),
])
_add("Thieves broke into the Olby Museum overnight on Saturday and stole a gold Roman brooch worth an estimated £40,000, police said. The museum, which reopened last year, said its alarm had been faulty.", [
 ("A Roman gold brooch was stolen from the Olby Museum on Saturday night.", True),
 ("The brooch is thought to be worth about £40,000.", True),
 ("The museum said its alarm was faulty.", True),
 ("Thieves stole a silver Roman brooch from the Olby Museum.", False),
 ("Police said the museum's alarm had been faulty.", False),
 ("The brooch is worth exactly £40,000.", False),
 ("Thieves stole a gold Roman brooch worth an estimated £400,000.", False),
])
_add("\"We have let down the people we were meant to protect,\" said the agency's chief executive, Nadia Rahman.", [
 ("Nadia Rahman said the agency had let down the people it was meant to protect.", True),
 ("The chief executive admitted the agency had failed those it was meant to protect.", True),
 ("Minister Colin Hayes said the agency had let down the people it was meant to protect.", False),
 ("Nadia Rahman said the agency had not let anyone down.", False),
], body="A review has found that the Norland Child Protection Agency missed warning signs in 14 cases.\n\nThe children's minister, Colin Hayes, said he was \"shocked\" by the findings.\n\n\"We have let down the people we were meant to protect,\" said the agency's chief executive, Nadia Rahman.")
_add("Northsea Ferries will take delivery of a new £90m ship in April that will carry up to 1,200 passengers between Olby and Kirkwall, replacing a 35-year-old vessel, the company said.", [
 ("A £90m ferry will join Northsea Ferries' Olby to Kirkwall route in April.", True),
 ("The new ship can carry as many as 1,200 passengers.", True),
 ("It replaces a vessel that is 35 years old.", True),
 ("The new ship will carry 1,200 passengers on every crossing.", False),
 ("Northsea Ferries will take delivery of a new £19m ship in April.", False),
 ("The new ship replaces a 53-year-old vessel.", False),
 ("Northsea Ferries has sold its £90m ship.", False),
])
_add("An art dealer from Marden, Simon Kray, 61, was jailed for four years on Friday for selling forged paintings he claimed were by the Norland painter Ada Voss. The court heard that buyers lost more than £700,000.", [
 ("Simon Kray, 61, received a four-year prison sentence for selling fake Ada Voss paintings.", True),
 ("Buyers lost over £700,000, the court heard.", True),
 ("Kray is an art dealer from Marden.", True),
 ("Simon Kray was jailed for four years for painting forgeries of Ada Voss's work.", False),
 ("Ada Voss was jailed for selling forged paintings.", False),
 ("Simon Kray was given a suspended sentence for selling forged paintings.", False),
 ("Buyers lost more than £7m, the court heard.", False),
])
_add("The number of households on Olby's council housing waiting list has risen to 8,400, up from 6,900 two years ago, with families waiting an average of five years for a three-bedroom home, the council said.", [
 ("Olby's council housing waiting list now has 8,400 households.", True),
 ("Two years ago the list had 6,900 households.", True),
 ("Families wait five years on average for a three-bedroom home.", True),
 ("The waiting list has fallen to 6,900 households.", False),
 ("Families wait an average of five years for a two-bedroom home.", False),
 ("Families wait at least five years for a three-bedroom home.", False),
 ("The waiting list has risen to 8,400, up from 6,900 last year.", False),
])
_add("The Carrow Hospice has received a record £2.5m donation from the estate of a former nurse, Margaret Lyle, who died last year aged 97, the charity said. The money will pay for six new beds.", [
 ("The hospice was left a record £2.5m by former nurse Margaret Lyle.", True),
 ("Margaret Lyle died last year at the age of 97.", True),
 ("The donation will fund six new beds.", True),
 ("Margaret Lyle left £2.5m to the hospice where she had been a patient.", False),
 ("The money will pay for 16 new beds.", False),
 ("Margaret Lyle, a former doctor, left the hospice £2.5m.", False),
 ("The Carrow Hospice has received a £2.5m grant from the government.", False),
])
_add("\"I was not told the reasons, and I intend to challenge it,\" he said.", [
 ("Professor Ian Hale said he had not been told the reasons for his dismissal.", True),
 ("Hale said he intends to challenge the decision.", True),
 ("The vice-chancellor said Hale had not been told the reasons.", False),
 ("Professor Ian Hale said he accepted the decision.", False),
], body="Olby University has dismissed a senior professor after an investigation into bullying complaints from staff.\n\nProfessor Ian Hale, who led the engineering department for 12 years, was told of the decision on Monday. The vice-chancellor, Dr Ruth Ames, said the process had been \"thorough and fair\".\n\n\"I was not told the reasons, and I intend to challenge it,\" he said.")
_add("Three climbers were rescued from Ben Tarn on Sunday after one of them fell and broke his ankle in poor visibility, Tarn Mountain Rescue said. The team spent nine hours on the mountain.", [
 ("A mountain rescue team brought three climbers off Ben Tarn on Sunday.", True),
 ("One of the climbers broke his ankle in a fall.", True),
 ("Rescuers spent nine hours on the mountain.", True),
 ("Three climbers were rescued from Ben Tarn after one of them broke his leg.", False),
 ("All three climbers were injured in a fall on Ben Tarn.", False),
 ("The rescue took 19 hours.", False),
 ("Three climbers were rescued from Ben Tarn in clear weather.", False),
])
_add("Surgeons at Olby General have carried out the region's first robot-assisted kidney transplant, the hospital said. The patient, a 52-year-old man, is recovering well and is expected to go home next week.", [
 ("Olby General has performed the region's first kidney transplant using a robot.", True),
 ("The patient is a 52-year-old man.", True),
 ("He is due to be discharged next week.", True),
 ("Olby General has carried out the country's first robot-assisted kidney transplant.", False),
 ("The patient has gone home.", False),
 ("Surgeons at Olby General carried out the region's first robot-assisted liver transplant.", False),
 ("The patient, a 25-year-old woman, is recovering well.", False),
])
_add("A farmer has been fined £18,000 after slurry from his farm near Carrow polluted two miles of the River Lune and killed about 500 fish, the Environment Agency said. John Bryce admitted the offence.", [
 ("John Bryce was fined £18,000 after slurry polluted the River Lune.", True),
 ("Around 500 fish were killed.", True),
 ("Two miles of the river were polluted.", True),
 ("Bryce pleaded guilty.", True),
 ("John Bryce was fined £18,000 after slurry polluted twenty miles of the River Lune.", False),
 ("John Bryce denied polluting the river.", False),
 ("The Environment Agency was fined £18,000.", False),
 ("About 5,000 fish were killed.", False),
])
_add("Tram drivers in Olby have voted to accept a 5% pay offer, ending a dispute that led to 12 days of strikes this year, the Unite union said. Services will run normally from Monday.", [
 ("Olby's tram drivers have accepted a 5% pay deal.", True),
 ("The dispute led to 12 days of strikes this year.", True),
 ("Trams will run as normal from Monday.", True),
 ("Tram drivers in Olby have voted to reject a 5% pay offer.", False),
 ("The dispute led to 21 days of strikes this year.", False),
 ("Tram drivers will strike again on Monday.", False),
 ("Bus drivers in Olby have voted to accept a 5% pay offer.", False),
])
_add("Harlow Brewery, which has brewed beer in Marden since 1842, has been bought by the drinks group Castellan for an undisclosed sum. Castellan said the brewery would keep its name and its 85 staff.", [
 ("Castellan has bought Harlow Brewery for an undisclosed amount.", True),
 ("The brewery has been in Marden since 1842.", True),
 ("Castellan said the 85 staff would be kept.", True),
 ("Harlow Brewery has bought the drinks group Castellan.", False),
 ("Castellan bought Harlow Brewery for £85m.", False),
 ("Castellan said the brewery would be renamed.", False),
 ("Harlow Brewery has brewed beer in Marden since 1824.", False),
])
_add("Norland cricket captain Sam Burke, 34, has announced his retirement from Test cricket after 96 matches, but will continue to play one-day internationals, the board said.", [
 ("Sam Burke is retiring from Test cricket after 96 Tests.", True),
 ("He will keep playing one-day internationals.", True),
 ("Burke is 34.", True),
 ("Sam Burke has retired from all international cricket.", False),
 ("Sam Burke has announced his retirement after 69 Test matches.", False),
 ("Sam Burke will stop playing one-day internationals but continue in Test cricket.", False),
 ("Sam Burke, 43, has announced his retirement from Test cricket.", False),
])
_add("A new £4m park on the site of the former Carrow gasworks will open in June, funded mainly by a £3m lottery grant, the council said. It will include a skate park and a wildlife pond.", [
 ("A park costing £4m will open on the old Carrow gasworks site in June.", True),
 ("Most of the money comes from a £3m lottery grant.", True),
 ("The park will have a skate park and a wildlife pond.", True),
 ("The new park was funded entirely by a lottery grant.", False),
 ("A new £3m park will open on the former Carrow gasworks site.", False),
 ("The park will include a swimming pool.", False),
 ("The park opened in June on the site of a former power station.", False),
])
_add("Drivers will pay a £2 toll to cross the new Esk Bridge when it opens next year, but local residents will be able to apply for free passes, Norland Highways said.", [
 ("Crossing the new Esk Bridge will cost drivers £2.", True),
 ("Local residents can apply for free passes.", True),
 ("The bridge is due to open next year.", True),
 ("All drivers will pay a £2 toll, including local residents.", False),
 ("Drivers will pay a £2 toll to cross the Esk Bridge from this year.", False),
 ("Local residents will get free passes automatically.", False),
 ("Drivers will pay a £3 toll to cross the new Esk Bridge.", False),
])
_add("Hundreds of people across Norland reported seeing a bright fireball in the sky on Tuesday night, which astronomers at Olby Observatory said was probably a small meteor burning up in the atmosphere.", [
 ("Hundreds of people saw a fireball over Norland on Tuesday night.", True),
 ("Astronomers said it was probably a small meteor.", True),
 ("Astronomers at Olby Observatory confirmed the fireball was a small meteor.", False),
 ("A meteor crashed in Norland on Tuesday night.", False),
 ("Thousands of people reported seeing a fireball on Tuesday night.", False),
 ("Hundreds of people reported seeing a fireball on Wednesday night.", False),
])
_add("Part of the roof at Fenwick Primary School collapsed overnight on Wednesday, days after inspectors had declared it safe. No one was in the building. The school will be closed for the rest of the week, the head teacher, Lucy Grant, said.", [
 ("Part of Fenwick Primary's roof fell in overnight on Wednesday.", True),
 ("The building was empty when it happened.", True),
 ("The school will stay shut for the rest of the week.", True),
 ("Inspectors had declared the roof safe days earlier.", True),
 ("Part of the roof at Fenwick Primary School collapsed during lessons.", False),
 ("Inspectors had warned that the roof was unsafe.", False),
 ("The school will be closed for the rest of the month.", False),
 ("Two pupils were hurt when part of the roof collapsed.", False),
])
_add("Norland's biggest supermarket, Freshway, will freeze the price of 500 everyday items until the end of June, the company said, after inflation on food rose to 6%.", [
 ("Freshway is holding prices on 500 everyday products until the end of June.", True),
 ("Food inflation has risen to 6%.", True),
 ("Freshway is Norland's largest supermarket.", True),
 ("Freshway will cut the price of 500 everyday items until the end of June.", False),
 ("Freshway will freeze the price of 5,000 everyday items.", False),
 ("Freshway will freeze prices until the end of July.", False),
 ("Freshway will freeze the price of 500 items after food inflation fell to 6%.", False),
])
_add("A prison officer at HMP Carrow suffered a broken jaw after being attacked by an inmate on Saturday, the Prison Officers' Association said. It was the third serious assault on staff at the jail this year.", [
 ("A prison officer at HMP Carrow had his jaw broken in an attack by an inmate.", True),
 ("It was the third serious assault on staff at the prison this year.", True),
 ("The Prison Officers' Association reported the attack.", True),
 ("A prison officer at HMP Carrow attacked an inmate on Saturday.", False),
 ("It was the first serious assault on staff at the jail this year.", False),
 ("A prison officer suffered a broken arm after being attacked.", False),
 ("An inmate at HMP Carrow suffered a broken jaw after being attacked by an officer.", False),
])
_add("Electrification of the Olby to Marden railway line, due to be completed in 2026, has been delayed by at least two years and will cost £400m more than planned, Norail said.", [
 ("Electrification of the Olby to Marden line is running at least two years late.", True),
 ("It will cost £400m more than planned.", True),
 ("The work had been due to finish in 2026.", True),
 ("Electrification of the Olby to Marden railway line has been completed.", False),
 ("The work has been delayed by two months.", False),
 ("The project will cost £400m less than planned.", False),
 ("The project has been delayed by exactly two years.", False),
])
_add("Olby Zoo's new giant panda, Bao, arrived from China on Thursday on a ten-year loan, and will go on show to visitors next month after a period of quarantine, the zoo said.", [
 ("A giant panda called Bao has arrived at Olby Zoo from China.", True),
 ("Bao is on a ten-year loan.", True),
 ("Visitors will be able to see Bao next month.", True),
 ("Olby Zoo has bought a giant panda from China.", False),
 ("Bao went on show to visitors on Thursday.", False),
 ("Bao is on a two-year loan from China.", False),
 ("Bao arrived from Japan on Thursday.", False),
])
_add("\"The system failed, and we are sorry,\" the council's chief executive said.", [
 ("The council's chief executive apologised.", True),
 ("The chief executive said the system had failed.", True),
 ("The hackers said the system had failed.", False),
 ("The council's chief executive said the system had not failed.", False),
], body="Marden Council's computer systems have been down for a week after a ransomware attack, leaving residents unable to pay bills online.\n\nThe hackers have demanded a payment in cryptocurrency, which the council has refused.\n\n\"The system failed, and we are sorry,\" the council's chief executive said.")
_add("A candidate in the Marden mayoral election has been disqualified after officials found that 12 of the signatures on his nomination papers were not valid, the returning officer said. Tom Voss had needed 100.", [
 ("Tom Voss has been disqualified from the Marden mayoral election.", True),
 ("Officials found 12 invalid signatures on his nomination papers.", True),
 ("He had needed 100 signatures.", True),
 ("Tom Voss has withdrawn from the Marden mayoral election.", False),
 ("Officials found that 21 of the signatures were not valid.", False),
 ("The returning officer said all of Tom Voss's signatures were invalid.", False),
 ("Tom Voss had needed 1,000 signatures.", False),
])
_add("The Carrow lead mine, closed in 1982, could reopen by 2028 if a £60m plan by Westmoor Mining wins approval, creating up to 200 jobs, the company said.", [
 ("Westmoor Mining hopes to reopen the Carrow lead mine by 2028.", True),
 ("The plan could create as many as 200 jobs.", True),
 ("The mine closed in 1982.", True),
 ("The Carrow lead mine will reopen in 2028.", False),
 ("The plan has been approved and will create 200 jobs.", False),
 ("The Carrow copper mine could reopen by 2028.", False),
 ("The mine closed in 1992.", False),
])
_add("Olby Airport will be allowed no more than 4,000 night flights a year under new rules from April, down from 5,500, the transport department said. Campaigners had called for a complete ban.", [
 ("Night flights at Olby Airport will be capped at 4,000 a year from April.", True),
 ("The current limit is 5,500.", True),
 ("Campaigners wanted night flights banned completely.", True),
 ("Olby Airport will be allowed at least 4,000 night flights a year.", False),
 ("Night flights will rise to 5,500 a year under the new rules.", False),
 ("Campaigners welcomed the complete ban on night flights.", False),
 ("The new rules will apply from August.", False),
])
_add("About 2,000 people gathered on Olby's seafront on Monday morning to watch a partial solar eclipse, which covered around 40% of the sun at its peak, though cloud hid it for some.", [
 ("Roughly 2,000 people watched the partial eclipse from Olby seafront.", True),
 ("At its peak, the eclipse covered about 40% of the sun.", True),
 ("Cloud blocked the view for some people.", True),
 ("A total solar eclipse was watched by about 2,000 people in Olby.", False),
 ("The eclipse covered around 60% of the sun at its peak.", False),
 ("About 2,000 people gathered on Olby's seafront on Monday evening.", False),
 ("Clear skies gave everyone a perfect view.", False),
])
_add("Greyfield Council has approved a 4.99% rise in council tax for April, the most it can raise without a local referendum, after warning that it faced a £12m shortfall.", [
 ("Greyfield Council will raise council tax by 4.99% in April.", True),
 ("That is the biggest rise allowed without a referendum.", True),
 ("The council said it faced a £12m funding gap.", True),
 ("Greyfield Council has approved a 4.99% cut in council tax.", False),
 ("Greyfield Council will hold a referendum on a 4.99% rise.", False),
 ("The council faces a £21m shortfall.", False),
 ("Greyfield Council approved a 9.99% rise in council tax.", False),
])
_add("Tarnley Rovers have signed striker Leo Mensah from Olby Town on a three-year contract for an undisclosed fee, the club said. Mensah, 24, scored 18 goals last season.", [
 ("Leo Mensah has joined Tarnley Rovers from Olby Town on a three-year deal.", True),
 ("The fee was not disclosed.", True),
 ("Mensah scored 18 goals last season.", True),
 ("Olby Town have signed Leo Mensah from Tarnley Rovers.", False),
 ("Leo Mensah has signed a two-year contract with Tarnley Rovers.", False),
 ("Tarnley Rovers paid £3m for Leo Mensah.", False),
 ("Mensah, 24, scored 18 goals in the last two seasons.", False),
])
_add("Olby's first cat café has been told to close by the council after failing a hygiene inspection, but the owner, Lily Park, said she would appeal and hoped to reopen within a month.", [
 ("The council has ordered Olby's first cat café to close after a failed hygiene inspection.", True),
 ("Lily Park said she would appeal against the decision.", True),
 ("She hopes to reopen within a month.", True),
 ("Olby's first cat café has closed after its owner retired.", False),
 ("Lily Park said she would not appeal.", False),
 ("The café passed its hygiene inspection.", False),
 ("Lily Park said the café would reopen next week.", False),
])
_add("Ambulance response times for the most serious calls in Norland averaged 9 minutes 40 seconds in March, against a target of 7 minutes, the health service said.", [
 ("The average response time for the most serious calls was 9 minutes 40 seconds in March.", True),
 ("The target is 7 minutes.", True),
 ("Ambulances missed the target for the most serious calls in March.", True),
 ("Ambulances met the 7-minute target in March.", False),
 ("Response times averaged 7 minutes 40 seconds in March.", False),
 ("The target for the most serious calls is 9 minutes.", False),
 ("Response times averaged 9 minutes 40 seconds in April.", False),
])
_add("A 14-year-old boy has been arrested on suspicion of starting a fire that destroyed a sports hall at Marden High School on Sunday, police said. He has been released on bail.", [
 ("Police arrested a 14-year-old boy over the fire at Marden High School.", True),
 ("The fire destroyed a sports hall.", True),
 ("The boy has been bailed.", True),
 ("A 14-year-old boy has been charged with starting the fire.", False),
 ("A 16-year-old boy has been arrested on suspicion of starting the fire.", False),
 ("The boy remains in custody.", False),
 ("The fire damaged the school's library.", False),
])
_add("\"This is the proudest day of my life,\" said Kofi Boateng, who was one of 40 people from 18 countries to become British citizens at the ceremony.", [
 ("Kofi Boateng said it was the proudest day of his life.", True),
 ("Forty people from 18 countries became citizens at the ceremony.", True),
 ("The mayor said it was the proudest day of her life.", False),
 ("Kofi Boateng was one of 18 people to become British citizens.", False),
], body="Forty people took part in a citizenship ceremony at Olby Town Hall on Friday, led by the mayor, Joan Pike.\n\n\"This is the proudest day of my life,\" said Kofi Boateng, who was one of 40 people from 18 countries to become British citizens at the ceremony.")
_add("Heavy rain caused the River Wend to burst its banks in Ashby on Thursday, flooding 60 homes, the Environment Agency said. A severe flood warning, meaning danger to life, remains in place.", [
 ("The River Wend burst its banks in Ashby on Thursday after heavy rain.", True),
 ("Sixty homes were flooded.", True),
 ("A severe flood warning is still in force.", True),
 ("The River Wend burst its banks in Ashby, flooding 160 homes.", False),
 ("The severe flood warning has been lifted.", False),
 ("The River Wend burst its banks in Ashby on Tuesday.", False),
 ("A burst water main caused the River Wend to flood 60 homes.", False),
])
_add("The Regal cinema in Carrow, which opened in 1936, will close in January after its owners said it was no longer making money. The building has been sold to a developer who plans to turn it into flats.", [
 ("Carrow's Regal cinema, opened in 1936, will shut in January.", True),
 ("Its owners said it was no longer profitable.", True),
 ("The building will be converted into flats.", True),
 ("The Regal cinema in Carrow opened in 1963.", False),
 ("The Regal cinema has been sold to a developer who plans to restore it as a cinema.", False),
 ("The Regal cinema in Carrow closed in January.", False),
 ("The owners said the cinema was still making money.", False),
])
_add("The number of people sleeping rough in Olby fell to 48 this autumn from 71 a year earlier, the council's annual count found, though charities said the true figure was likely to be higher.", [
 ("Rough sleeping in Olby dropped to 48 from 71 a year before.", True),
 ("Charities said the real number was probably higher.", True),
 ("The figures come from the council's annual count.", True),
 ("The number of people sleeping rough in Olby rose to 71.", False),
 ("Charities said the true figure was 48.", False),
 ("The number of people sleeping rough fell to 48, the lowest ever recorded.", False),
 ("The number of people sleeping rough in Olby fell to 84.", False),
])
_add("Fenwick Motors will recall 14,000 of its Aria cars because a fault in the airbag sensor could stop the airbags working in a crash, the company said. No injuries have been reported.", [
 ("Fenwick Motors is recalling 14,000 Aria cars over an airbag sensor fault.", True),
 ("The fault could prevent the airbags from working in a crash.", True),
 ("No injuries have been linked to the fault.", True),
 ("Fenwick Motors will recall 40,000 Aria cars.", False),
 ("The fault has caused several injuries.", False),
 ("A fault in the brakes could stop the cars stopping.", False),
 ("Fenwick Motors will recall 14,000 Aria cars because of a seatbelt fault.", False),
])
_add("Carrow's new library opened on Saturday with 40,000 books, a café and a maker space, replacing three smaller branches that closed last year. It cost £11m, of which the council paid £7m.", [
 ("The new library in Carrow opened on Saturday with 40,000 books.", True),
 ("It replaces three smaller branches that shut last year.", True),
 ("The council paid £7m of the £11m cost.", True),
 ("The council paid the full £11m cost of the library.", False),
 ("Carrow's new library replaced five smaller branches.", False),
 ("The library opened with 4,000 books.", False),
 ("Three smaller branches will close next year.", False),
])
_add("A judge has ruled that Olby council acted unlawfully when it cut funding for home care without consulting residents, and ordered it to reconsider the decision.", [
 ("A judge found that Olby council acted unlawfully in cutting home care funding without consultation.", True),
 ("The council has been ordered to look at the decision again.", True),
 ("A judge ruled that Olby council acted lawfully when it cut funding for home care.", False),
 ("The judge ordered the council to restore the funding.", False),
 ("A judge ruled that the council had consulted residents properly.", False),
])
_add("The price of a pint of milk at Norland supermarkets has risen by 20p to £1.15 in a year, according to the price comparison site Shopcheck. Butter rose by 30p over the same period.", [
 ("A pint of milk now costs £1.15 in Norland supermarkets, 20p more than a year ago.", True),
 ("Butter went up by 30p over the year.", True),
 ("Shopcheck compiled the figures.", True),
 ("The price of a pint of milk has risen by 30p to £1.15.", False),
 ("The price of a pint of milk has fallen by 20p.", False),
 ("Butter rose by 20p over the same period.", False),
 ("The price of a pint of milk has risen by 20p to £1.51.", False),
])
_add("Norland's Supreme Court will hear in May the government's appeal against a ruling that blocked its deportation flights, the court said on Wednesday.", [
 ("The Supreme Court will hear the government's appeal in May.", True),
 ("An earlier ruling blocked the government's deportation flights.", True),
 ("The Supreme Court has rejected the government's appeal.", False),
 ("The Supreme Court will hear the appeal in March.", False),
 ("A ruling allowed the government's deportation flights to go ahead.", False),
])
_add("A woman who won £2m on the lottery has given half of it to her village, paying for a new playground and a minibus for elderly residents, the parish council said.", [
 ("A £2m lottery winner has given £1m to her village.", True),
 ("The money paid for a new playground and a minibus.", True),
 ("A woman who won £2m on the lottery has given all of it to her village.", False),
 ("A woman who won £1m on the lottery has given half of it to her village.", False),
 ("The money will pay for a new school.", False),
])
_add("\"We did everything we could,\" said the charity's director, Maya Singh, after it emerged that the appeal had raised only £40,000 of its £250,000 target.", [
 ("Maya Singh said the charity had done everything it could.", True),
 ("The appeal raised £40,000 against a target of £250,000.", True),
 ("Maya Singh said the charity could have done more.", False),
 ("The appeal raised £250,000, meeting its target.", False),
 ("The appeal raised £40,000 of its £25,000 target.", False),
])
_add("Doctors at Carrow Royal Infirmary will strike for 48 hours from 7am on Tuesday after talks over rotas broke down, the British Medical Association said. The hospital said planned operations would be cancelled but emergency care would continue.", [
 ("Doctors at Carrow Royal Infirmary will walk out for two days from Tuesday.", True),
 ("Talks over rotas broke down.", True),
 ("Emergency care will carry on during the strike.", True),
 ("Doctors at Carrow Royal Infirmary will strike for 24 hours.", False),
 ("The strike was called after talks over pay broke down.", False),
 ("Emergency care will be suspended during the strike.", False),
 ("The hospital said planned operations would go ahead.", False),
])
_add("A 300-year-old oak tree in Harlow Park will be felled next month after experts found it was rotten inside and could fall, the council said, despite a petition signed by 2,500 people.", [
 ("The 300-year-old oak in Harlow Park will be cut down next month.", True),
 ("Experts found the tree was rotten inside.", True),
 ("A petition against the felling was signed by 2,500 people.", True),
 ("The council has agreed to save the 300-year-old oak after a petition.", False),
 ("The tree is 200 years old.", False),
 ("A petition to fell the oak was signed by 2,500 people.", False),
 ("The oak fell in a storm last month.", False),
])
_add("Norland's exports rose by 3.4% in the first quarter, driven by car and whisky sales, while imports fell by 1.2%, official figures showed.", [
 ("Exports grew 3.4% in the first quarter.", True),
 ("Imports fell by 1.2%.", True),
 ("Car and whisky sales drove the rise in exports.", True),
 ("Imports rose by 3.4% in the first quarter.", False),
 ("Exports fell by 1.2% in the first quarter.", False),
 ("Exports rose by 3.4%, driven by car and gin sales.", False),
 ("Exports rose by 3.4% in the second quarter.", False),
])
_add("The Olby marathon will move from April to October next year to avoid clashing with the Carrow half marathon, organisers said, and the number of places will rise from 8,000 to 10,000.", [
 ("Next year's Olby marathon will be held in October instead of April.", True),
 ("Places will increase to 10,000.", True),
 ("The change avoids a clash with the Carrow half marathon.", True),
 ("The Olby marathon will move from October to April.", False),
 ("The number of places will fall from 10,000 to 8,000.", False),
 ("The Olby marathon has been cancelled next year.", False),
 ("The move avoids a clash with the Carrow marathon.", False),
])
_add("Speaking after the verdict, the victim's sister, Amy Wood, said: \"Nothing will bring him back.\"", [
 ("Amy Wood said nothing would bring her brother back.", True),
 ("The victim's sister said nothing would bring him back.", True),
 ("The judge said nothing would bring him back.", False),
 ("Amy Wood said the verdict had brought the family peace.", False),
], body="A man has been found guilty of murdering Ben Wood outside a pub in Marden last year.\n\nThe judge, Sir Alan Grey, said the attack had been \"senseless\".\n\nSpeaking after the verdict, the victim's sister, Amy Wood, said: \"Nothing will bring him back.\"")
_add("The Carrow Players have been awarded a £250,000 lottery grant to repair the roof of their 19th-century theatre, which has been closed since March because of leaks.", [
 ("The Carrow Players received a £250,000 lottery grant to fix their theatre roof.", True),
 ("The theatre has been shut since March because of leaks.", True),
 ("The theatre dates from the 19th century.", True),
 ("The Carrow Players have been awarded a £250,000 grant to build a new theatre.", False),
 ("The theatre has been closed since May.", False),
 ("The Carrow Players have been refused a lottery grant.", False),
 ("The theatre was built in the 18th century.", False),
])
_add("Wind farms supplied 41% of Norland's electricity last year, more than any other source for the first time, the grid operator said. Gas supplied 29%.", [
 ("Wind was Norland's largest source of electricity last year for the first time.", True),
 ("Wind supplied 41% of the country's electricity.", True),
 ("Gas supplied 29%.", True),
 ("Gas supplied 41% of Norland's electricity last year.", False),
 ("Wind farms supplied 29% of Norland's electricity.", False),
 ("Wind has been Norland's biggest source of electricity for several years.", False),
 ("Wind farms supplied 14% of Norland's electricity last year.", False),
])
_add("Olby's mayor, Priya Nand, has said she will not stand for a third term at next year's election, ending weeks of speculation.", [
 ("Priya Nand will not seek a third term as mayor.", True),
 ("The next election is next year.", True),
 ("Priya Nand said she would stand for a third term.", False),
 ("Priya Nand will not stand for a second term.", False),
 ("Priya Nand has resigned as mayor.", False),
])
_add("About 120 jobs are at risk at Greyford's packaging plant, which its owner, Boxline, plans to close by the end of the year, moving production to Poland, the GMB union said.", [
 ("Around 120 jobs are under threat at the Greyford packaging plant.", True),
 ("Boxline plans to move production to Poland.", True),
 ("The GMB union gave the figures.", True),
 ("Boxline plans to move production from Poland to Greyford.", False),
 ("About 210 jobs are at risk at the Greyford plant.", False),
 ("Boxline has already closed the Greyford plant.", False),
 ("Boxline said about 120 jobs were at risk.", False),
])
_add("Police are investigating after graffiti was sprayed on a war memorial in Tarnley overnight on Sunday. A 19-year-old man has been arrested.", [
 ("Police are investigating graffiti sprayed on Tarnley's war memorial.", True),
 ("A man aged 19 has been arrested.", True),
 ("The memorial was vandalised overnight on Sunday.", True),
 ("A 19-year-old man has been charged over graffiti on the war memorial.", False),
 ("A 19-year-old woman has been arrested.", False),
 ("Graffiti was sprayed on a church in Tarnley.", False),
])
_add("Midwife-led births at Stourby Community Hospital will be moved to Carrow General from June because of a shortage of staff, the health board said, adding that the change would be reviewed after six months.", [
 ("Births at Stourby Community Hospital will move to Carrow General from June.", True),
 ("A staff shortage is behind the move.", True),
 ("The health board will review the change after six months.", True),
 ("Births at Carrow General will be moved to Stourby Community Hospital from June.", False),
 ("The change will be reviewed after three months.", False),
 ("The health board said the change was permanent.", False),
 ("Births will move to Carrow General because of a lack of funding.", False),
])
_add("A rocket carrying a weather satellite for the Norland Met Office lifted off from Kestra Island on Tuesday after two earlier attempts were scrubbed because of high winds.", [
 ("The rocket launched from Kestra Island on Tuesday.", True),
 ("Two earlier launch attempts were called off because of high winds.", True),
 ("The rocket carried a weather satellite for the Met Office.", True),
 ("The launch was scrubbed on Tuesday because of high winds.", False),
 ("Three earlier attempts were scrubbed.", False),
 ("The rocket carried a communications satellite.", False),
 ("The launch failed after lift-off.", False),
])
_add("Two Sumatran tiger cubs have been born at Harlow Zoo, the first of the endangered species to be born there in 20 years, keepers said. The cubs, a male and a female, are being cared for by their mother, Kira.", [
 ("Harlow Zoo has welcomed two Sumatran tiger cubs.", True),
 ("They are the first Sumatran tigers born at the zoo in 20 years.", True),
 ("The cubs are a male and a female.", True),
 ("Kira is the cubs' mother.", True),
 ("Three Sumatran tiger cubs have been born at Harlow Zoo.", False),
 ("The cubs are being hand-reared by keepers.", False),
 ("They are the first tiger cubs born at the zoo in 10 years.", False),
 ("Both cubs are female.", False),
])
_add("A judge at Marden Crown Court has ordered Felton Chemicals to pay £1.2m after the company admitted breaching safety rules when a worker was badly burned at its Olby plant in 2022.", [
 ("Felton Chemicals has been ordered to pay £1.2m.", True),
 ("The company admitted breaching safety rules.", True),
 ("A worker was badly burned at the Olby plant in 2022.", True),
 ("Felton Chemicals denied breaching safety rules.", False),
 ("A worker was killed at the Olby plant in 2022.", False),
 ("Felton Chemicals was ordered to pay £2.1m.", False),
 ("The worker was ordered to pay £1.2m.", False),
])
_add("Archaeologists digging before a housing development near Tarnley have found the remains of a Roman villa, including a mosaic floor, the county council said. The site will be covered over again once it has been recorded, and the homes will still be built.", [
 ("The remains of a Roman villa have been found near Tarnley.", True),
 ("A mosaic floor was among the finds.", True),
 ("The homes will still go ahead.", True),
 ("The site will be reburied once recorded.", True),
 ("The housing development has been cancelled because of the find.", False),
 ("Archaeologists found the remains of a Saxon villa.", False),
 ("The mosaic floor will be put on display.", False),
 ("The villa was found during building work on the homes.", False),
])
_add("The Carrow Evening Star will stop printing a daily edition from April and publish in print only on Thursdays, its owner, Northline Media, said, blaming rising paper costs. Twelve jobs will go.", [
 ("The Carrow Evening Star will become a weekly print paper from April.", True),
 ("Northline Media blamed rising paper costs.", True),
 ("Twelve jobs will be lost.", True),
 ("The Carrow Evening Star will close from April.", False),
 ("The paper will print only on Fridays.", False),
 ("Twenty jobs will go.", False),
 ("Northline Media blamed falling advertising revenue.", False),
])
_add("Olby's new swimming pool, which cost £14m, opened on Saturday, three years after the old pool was shut because its roof was unsafe.", [
 ("Olby's £14m swimming pool opened on Saturday.", True),
 ("The old pool closed three years ago because of an unsafe roof.", True),
 ("Olby's new pool cost £40m.", False),
 ("The new pool opened three years late.", False),
 ("The old pool was shut because of a leak.", False),
 ("The new pool will open on Saturday.", False),
])
_add("Police in Greyford have seized 300 fake designer handbags and 1,000 counterfeit watches in a raid on a warehouse. Two men, aged 34 and 41, have been arrested on suspicion of selling counterfeit goods.", [
 ("Police seized 1,000 fake watches in Greyford.", True),
 ("Two men have been arrested.", True),
 ("The men are aged 34 and 41.", True),
 ("Police seized 1,000 fake handbags.", False),
 ("Two men have been charged with selling counterfeit goods.", False),
 ("Three men have been arrested.", False),
 ("Police seized 300 counterfeit watches in a raid on a shop.", False),
])
_add("Hopes of a deal to end the bus strike in Marden rose on Friday after the company made a new offer, but the union said it would put it to its members before deciding whether to call off next week's walkouts.", [
 ("The bus company has made a new offer.", True),
 ("The union will ask its members about the offer.", True),
 ("Next week's walkouts may still go ahead.", True),
 ("The union has called off next week's walkouts.", False),
 ("The union rejected the company's new offer.", False),
 ("The union made a new offer to the bus company.", False),
 ("Members have accepted the offer.", False),
], body="Hopes of a deal to end the bus strike in Marden rose on Friday after the company made a new offer, but the union said it would put it to its members before deciding whether to call off next week's walkouts.\n\nDrivers have walked out on six days since October in a row over pay.")
_add("The number of red squirrels counted in Kestra Forest rose to 460 this year from 310 five years ago, after a programme to control grey squirrels, the wildlife trust said.", [
 ("Red squirrel numbers in Kestra Forest have risen to 460.", True),
 ("There were 310 red squirrels five years ago.", True),
 ("The wildlife trust credited a programme to control grey squirrels.", True),
 ("Red squirrel numbers fell to 310 this year.", False),
 ("Grey squirrel numbers rose to 460.", False),
 ("There were 310 red squirrels ten years ago.", False),
 ("The rise followed a programme to control pine martens.", False),
])
_add("\"We will not let this town die,\" said Carla Mendes, who runs a bakery on Tarnley's high street, where 14 shops have closed in two years.", [
 ("Carla Mendes runs a bakery on Tarnley's high street.", True),
 ("Fourteen shops on the high street have closed in two years.", True),
 ("Carla Mendes said she would not let the town die.", True),
 ("Carla Mendes is closing her bakery.", False),
 ("Forty shops have closed in two years.", False),
 ("Fourteen shops have opened on the high street in two years.", False),
], body="Traders in Tarnley have launched a campaign to bring shoppers back to the town centre.\n\n\"We will not let this town die,\" said Carla Mendes, who runs a bakery on Tarnley's high street, where 14 shops have closed in two years.\n\nThe council's leader, Tom Reed, said it was \"listening\" and would cut parking charges.")
_add("The council's leader, Tom Reed, said it was \"listening\" and would cut parking charges.", [
 ("Tom Reed said the council would cut parking charges.", True),
 ("The council's leader said it was listening.", True),
 ("Carla Mendes said the council would cut parking charges.", False),
 ("Tom Reed said the council would scrap parking charges.", False),
 ("Tom Reed said the council would raise parking charges.", False),
], body="Traders in Tarnley have launched a campaign to bring shoppers back to the town centre.\n\n\"We will not let this town die,\" said Carla Mendes, who runs a bakery on Tarnley's high street, where 14 shops have closed in two years.\n\nThe council's leader, Tom Reed, said it was \"listening\" and would cut parking charges.")
_add("Norland's central bank kept interest rates at 4% on Thursday but said it expected to cut them later in the year if inflation kept falling.", [
 ("The central bank held rates at 4%.", True),
 ("The bank expects to cut rates later in the year if inflation keeps falling.", True),
 ("The central bank cut interest rates to 4% on Thursday.", False),
 ("The central bank will cut rates later in the year.", False),
 ("The bank said it expected to raise rates later in the year.", False),
 ("Interest rates were kept at 4.5%.", False),
])
_add("A 72-year-old woman has died after being hit by a van in Felton High Street on Monday morning. The driver, a man in his 30s, stopped at the scene and is helping police.", [
 ("A woman aged 72 died after being struck by a van in Felton.", True),
 ("The van driver stopped at the scene.", True),
 ("The driver is a man in his 30s.", True),
 ("The driver has been arrested.", False),
 ("The driver failed to stop at the scene.", False),
 ("A 27-year-old woman has died.", False),
 ("The woman was hit by a bus.", False),
])
_add("Ticket sales for the Stourby Music Festival fell by a quarter this year, to about 9,000, which organisers blamed on the cost of living and poor weather forecasts.", [
 ("Festival ticket sales dropped by 25% this year.", True),
 ("About 9,000 tickets were sold.", True),
 ("Organisers blamed the cost of living.", True),
 ("Ticket sales rose by a quarter this year.", False),
 ("Ticket sales fell by a third.", False),
 ("About 90,000 tickets were sold.", False),
 ("Organisers blamed a clash with another festival.", False),
])
_add("Greyford Rovers have sacked their manager, Luis Ortega, after a run of eight games without a win left them bottom of League Two. His assistant, Dean Fry, will take charge for Saturday's game.", [
 ("Luis Ortega has been sacked as Greyford Rovers manager.", True),
 ("Rovers are bottom of League Two.", True),
 ("Dean Fry will take charge on Saturday.", True),
 ("Dean Fry has been sacked as manager.", False),
 ("Luis Ortega has resigned as manager.", False),
 ("Rovers had gone six games without a win.", False),
 ("Dean Fry has been appointed permanent manager.", False),
])
_add("More than 4,000 homes in Harlow were without water on Wednesday after a main burst, and bottled water was handed out at two stations, Norland Water said. Supplies are expected to be back by the evening.", [
 ("Over 4,000 homes in Harlow lost their water supply.", True),
 ("Bottled water was given out at two stations.", True),
 ("Norland Water expects supplies to return by the evening.", True),
 ("Supplies were back by the evening.", False),
 ("More than 40,000 homes were without water.", False),
 ("Bottled water was handed out at four stations.", False),
 ("The homes lost power after a main burst.", False),
])
_add("An inquiry into the collapse of a car park in Olby has found that the builder used cheaper steel than the design required, but said there was no evidence that the council knew.", [
 ("The inquiry found the builder used cheaper steel than the design required.", True),
 ("There was no evidence that the council knew, the inquiry said.", True),
 ("The inquiry found the council knew the builder used cheaper steel.", False),
 ("The inquiry found the council used cheaper steel than the design required.", False),
 ("The inquiry found the builder used stronger steel than required.", False),
], body="An inquiry into the collapse of a car park in Olby has found that the builder used cheaper steel than the design required, but said there was no evidence that the council knew.\n\nNo one was hurt when part of the car park fell in 2023.")
_add("Stourby Council has voted to rename Slavers Lane, after a campaign by residents, by 31 votes to 12. The street will be called Harbour Lane from next year.", [
 ("Slavers Lane will be renamed Harbour Lane.", True),
 ("Councillors voted 31 to 12 to rename the street.", True),
 ("The new name will apply from next year.", True),
 ("The council voted against renaming Slavers Lane.", False),
 ("The vote was 31 to 21.", False),
 ("Harbour Lane will be renamed Slavers Lane.", False),
 ("The street will be renamed this year.", False),
])
_add("Almost half of adults in Norland say they have cut back on heating this winter, and one in five have skipped meals, a survey for the charity Warm Homes found.", [
 ("Nearly half of adults have cut back on heating this winter, a survey found.", True),
 ("One in five adults have skipped meals.", True),
 ("Warm Homes commissioned the survey.", True),
 ("More than half of adults have cut back on heating.", False),
 ("One in five adults have cut back on heating.", False),
 ("One in ten adults have skipped meals.", False),
 ("Almost half of adults have skipped meals.", False),
])
_add("A lorry driver who fell asleep at the wheel and killed two people on the A12 has been jailed for six years. Mark Dyer, 51, had been driving for 14 hours without a proper break, Carrow Crown Court heard.", [
 ("Mark Dyer has been jailed for six years.", True),
 ("Dyer had driven for 14 hours without a proper break.", True),
 ("Two people were killed on the A12.", True),
 ("Mark Dyer was jailed for 16 years.", False),
 ("Dyer had been drinking before the crash.", False),
 ("Three people were killed on the A12.", False),
 ("Mark Dyer was cleared of causing the deaths.", False),
])
_add("The price of a pint of milk in Norland's supermarkets has risen by 10p to 95p in a year, the consumer group Which Way said, while farmers are paid 3p less per litre than a year ago.", [
 ("A pint of milk now costs 95p in Norland's supermarkets.", True),
 ("Milk prices have gone up by 10p in a year.", True),
 ("Farmers are paid less per litre than a year ago.", True),
 ("Farmers are paid 3p more per litre than a year ago.", False),
 ("A pint of milk has risen by 10p to 85p.", False),
 ("Farmers are paid 10p more per litre.", False),
 ("The price of a pint of milk has fallen by 10p.", False),
])
_add("The head teacher of Marden Academy, Sarah Lowe, has been suspended while the trust that runs the school investigates complaints about exam entries, the trust said. She denies wrongdoing.", [
 ("Sarah Lowe has been suspended as head teacher of Marden Academy.", True),
 ("The trust is investigating complaints about exam entries.", True),
 ("Sarah Lowe denies any wrongdoing.", True),
 ("Sarah Lowe has been sacked.", False),
 ("Sarah Lowe admitted wrongdoing.", False),
 ("The trust has been suspended while Sarah Lowe investigates.", False),
 ("The council is investigating complaints about exam entries.", False),
])
_add("Flights at Kestra Airport were halted for two hours on Sunday after a drone was seen near the runway, and 18 flights were diverted to Olby, the airport said.", [
 ("A drone sighting stopped flights at Kestra Airport for two hours.", True),
 ("Eighteen flights were diverted to Olby.", True),
 ("Flights at Kestra Airport were halted for 12 hours.", False),
 ("Eighteen flights were cancelled.", False),
 ("Flights at Olby Airport were diverted to Kestra.", False),
 ("A drone hit a plane near the runway.", False),
])
_add("The author Helen Marsh, whose novels about a Norland fishing village sold more than two million copies, has died aged 88, her publisher said.", [
 ("Helen Marsh has died at the age of 88.", True),
 ("Her novels sold over two million copies.", True),
 ("Her publisher announced her death.", True),
 ("Helen Marsh has died aged 78.", False),
 ("Her novels sold more than 20 million copies.", False),
 ("Helen Marsh's novels were about a mining town.", False),
 ("Helen Marsh has retired aged 88.", False),
])
_add("A gas leak forced the evacuation of 200 people from a shopping centre in Marden on Thursday afternoon. No one was hurt and the centre reopened two hours later, the fire service said.", [
 ("About 200 people were evacuated from a Marden shopping centre because of a gas leak.", True),
 ("Nobody was injured.", True),
 ("The shopping centre reopened after two hours.", True),
 ("Two people were hurt in the gas leak.", False),
 ("The centre stayed closed for the rest of the day.", False),
 ("A fire forced the evacuation of 200 people.", False),
 ("2,000 people were evacuated.", False),
])
_add("Kestra Water has been fined £3.4m for letting untreated sewage into the River Esk on 42 days in 2023, the Environment Agency said.", [
 ("Kestra Water was fined £3.4m over sewage spills into the River Esk.", True),
 ("The spills happened on 42 days in 2023.", True),
 ("Kestra Water was fined £4.3m.", False),
 ("The Environment Agency was fined £3.4m.", False),
 ("The sewage spills happened on 24 days.", False),
 ("Kestra Water was cleared of letting sewage into the river.", False),
])
_add("The chief constable of Norland Police, Sir Ian Cole, will retire in March after seven years in the post, the force said. His deputy, Helen Ward, is expected to apply for the job.", [
 ("Sir Ian Cole will retire as chief constable in March.", True),
 ("He has been chief constable for seven years.", True),
 ("Helen Ward is expected to apply to succeed him.", True),
 ("Helen Ward has been appointed chief constable.", False),
 ("Sir Ian Cole will retire in May.", False),
 ("Sir Ian Cole has been chief constable for 11 years.", False),
 ("Helen Ward will retire in March.", False),
], body="The chief constable of Norland Police, Sir Ian Cole, will retire in March after seven years in the post, the force said. His deputy, Helen Ward, is expected to apply for the job.\n\n\"It has been the privilege of my life,\" Sir Ian said.")
_add("\"It has been the privilege of my life,\" Sir Ian said.", [
 ("Sir Ian Cole called the job the privilege of his life.", True),
 ("Helen Ward said it had been the privilege of her life.", False),
 ("Sir Ian said the job had been the hardest of his life.", False),
], body="The chief constable of Norland Police, Sir Ian Cole, will retire in March after seven years in the post, the force said. His deputy, Helen Ward, is expected to apply for the job.\n\n\"It has been the privilege of my life,\" Sir Ian said.")
_add("Hundreds of starlings were found dead on a road in Tarnley on Monday. Experts believe the birds may have flown into a lorry while flocking, but tests are being carried out.", [
 ("Hundreds of dead starlings were found on a road in Tarnley.", True),
 ("Experts think the birds may have hit a lorry.", True),
 ("Tests are being done.", True),
 ("The starlings were killed by a lorry, tests showed.", False),
 ("Hundreds of starlings were found dead in a field.", False),
 ("Experts believe the birds were poisoned.", False),
 ("Dozens of starlings were found dead.", False),
])
_add("Harlow's council tax will rise by 4.99% from April, the maximum allowed without a local referendum, after councillors voted 28 to 19 to approve the budget.", [
 ("Council tax in Harlow will go up 4.99% from April.", True),
 ("Councillors approved the budget by 28 votes to 19.", True),
 ("A rise of 4.99% is the most allowed without a referendum.", True),
 ("Councillors voted 28 to 19 against the budget.", False),
 ("Council tax will rise by 9.99%.", False),
 ("Harlow will hold a referendum on the rise.", False),
 ("Council tax will fall by 4.99% from April.", False),
])
_add("Two men have been jailed for a total of 15 years for smuggling 80kg of cocaine through Olby port in a shipment of bananas. Paul Reid, 44, was jailed for nine years and Dan Moss, 37, for six.", [
 ("Paul Reid was jailed for nine years.", True),
 ("Dan Moss was jailed for six years.", True),
 ("The cocaine was hidden in a shipment of bananas.", True),
 ("Paul Reid was jailed for six years.", False),
 ("Dan Moss was jailed for nine years.", False),
 ("The men smuggled 80kg of heroin.", False),
 ("The cocaine was hidden in a shipment of pineapples.", False),
])
_add("The number of people waiting more than a year for hospital treatment in Norland has fallen to 4,100, the lowest for three years, but remains above the government's target of zero, figures show.", [
 ("The number waiting over a year for treatment has dropped to 4,100.", True),
 ("That is the lowest figure in three years.", True),
 ("The government's target is for no one to wait more than a year.", True),
 ("The number has risen to 4,100.", False),
 ("The government's target has been met.", False),
 ("It is the lowest figure for five years.", False),
 ("The number waiting more than a year has fallen to 1,400.", False),
])
_add("A stretch of the A40 near Stourby will close for six weekends from 4 May so the road can be resurfaced, the highways agency said. Diversions will add about 20 minutes to journeys.", [
 ("The A40 near Stourby will shut for six weekends from 4 May.", True),
 ("The road is being resurfaced.", True),
 ("Diversions will add about 20 minutes to journeys.", True),
 ("The A40 will close for six weeks from 4 May.", False),
 ("Diversions will add about 40 minutes to journeys.", False),
 ("The road will close from 14 May.", False),
 ("The road will close so a bridge can be repaired.", False),
])
_add("Olby Zoo's oldest resident, a 71-year-old Galapagos tortoise called Stan, has died, keepers said. He had lived at the zoo since 1961.", [
 ("Stan the Galapagos tortoise has died at the age of 71.", True),
 ("Stan had lived at Olby Zoo since 1961.", True),
 ("Stan was the zoo's oldest resident.", True),
 ("Stan had lived at the zoo since 1971.", False),
 ("Stan was 61 years old.", False),
 ("Stan has been moved to another zoo.", False),
 ("Stan was the zoo's youngest resident.", False),
])
_add("Scientists at Olby University say they have developed a blood test that can detect bowel cancer with 90% accuracy, but warned it would be several years before it could be used by doctors.", [
 ("Olby University scientists have developed a blood test for bowel cancer.", True),
 ("The test is 90% accurate, the scientists say.", True),
 ("It will be several years before doctors can use it.", True),
 ("Doctors are already using the blood test.", False),
 ("The test can detect breast cancer with 90% accuracy.", False),
 ("The test is 99% accurate.", False),
 ("Doctors will be able to use the test next year.", False),
])
_add("Norland's biggest supermarket, Freshway, will cut the price of 300 everyday items by an average of 8%, it said, a week after rival Shopwell cut prices on 200 items.", [
 ("Freshway will cut prices on 300 everyday items.", True),
 ("The cuts average 8%.", True),
 ("Shopwell cut prices on 200 items a week earlier.", True),
 ("Shopwell will cut the price of 300 items by 8%.", False),
 ("Freshway will cut prices on 200 items.", False),
 ("Freshway will raise the price of 300 items.", False),
 ("Every item will be 8% cheaper.", False),
])
_add("A fire at a recycling plant in Greyford sent a plume of black smoke over the town on Sunday, and residents were told to keep windows and doors shut. Firefighters said the blaze was under control by the evening.", [
 ("Residents were told to keep their windows and doors closed.", True),
 ("The fire was under control by the evening.", True),
 ("The fire was at a recycling plant.", True),
 ("Residents were told to leave their homes.", False),
 ("The fire was still burning out of control on Sunday night.", False),
 ("The fire was at a chemical plant in Greyford.", False),
 ("Firefighters said the blaze was started deliberately.", False),
])
_add("Carrow's mayor, Lin Osei, has apologised after she was photographed using her phone while driving. She said it was \"a serious mistake\" and that she would pay the fine.", [
 ("Lin Osei has apologised for using her phone while driving.", True),
 ("She called it a serious mistake.", True),
 ("She said she would pay the fine.", True),
 ("Lin Osei has refused to apologise.", False),
 ("She said she would contest the fine.", False),
 ("Lin Osei was photographed drinking while driving.", False),
 ("Lin Osei called it a minor mistake.", False),
])
_add("About 1,500 jobs will be created at a new electric car battery factory near Felton, due to open in 2027, the company behind it, Voltline, said.", [
 ("Voltline says the battery factory will create about 1,500 jobs.", True),
 ("The factory is due to open in 2027.", True),
 ("The factory will be near Felton.", True),
 ("About 1,500 jobs will be lost at the Felton factory.", False),
 ("The factory opened in 2027.", False),
 ("About 5,100 jobs will be created.", False),
 ("The factory will make petrol engines.", False),
])
_add("Passengers on the 07:12 from Olby to Carrow were stuck for three hours on Tuesday after the train broke down in a tunnel. Northrail apologised and said everyone would get a full refund.", [
 ("The 07:12 from Olby to Carrow broke down in a tunnel.", True),
 ("Passengers were stuck for three hours.", True),
 ("Northrail said passengers would get their money back in full.", True),
 ("Passengers were stuck for three hours after the train hit a tree.", False),
 ("Northrail said passengers would get a partial refund.", False),
 ("The 07:12 from Carrow to Olby broke down.", False),
 ("Northrail refused to apologise.", False),
])
_add("A planning inspector has overturned Esk Council's refusal of 400 homes on the edge of Tarnley, saying the council had not shown enough land for housing elsewhere.", [
 ("A planning inspector has approved 400 homes near Tarnley on appeal.", True),
 ("Esk Council had refused the plan.", True),
 ("The inspector upheld the council's refusal of 400 homes.", False),
 ("Esk Council overturned the inspector's refusal.", False),
 ("The plan is for 40 homes.", False),
 ("The inspector said the council had shown enough land for housing.", False),
])
_add("Exports of Norland whisky rose by 12% last year to a record £6.2bn, led by sales to India and the United States, the industry body said.", [
 ("Whisky exports reached a record £6.2bn last year.", True),
 ("Exports rose by 12%.", True),
 ("Sales to India and the US led the rise.", True),
 ("Whisky exports fell by 12% last year.", False),
 ("Sales to China led the rise.", False),
 ("Exports reached £2.6bn.", False),
 ("Whisky exports rose by 12% to a record for the third year running.", False),
])
_add("The Carrow Festival will go ahead this summer despite losing its main sponsor, organisers said, but will be cut from four days to three.", [
 ("The Carrow Festival will still take place this summer.", True),
 ("The festival has lost its main sponsor.", True),
 ("The festival will last three days instead of four.", True),
 ("The Carrow Festival has been cancelled after losing its main sponsor.", False),
 ("The festival will be extended from three days to four.", False),
 ("The festival has found a new main sponsor.", False),
])
_add("A 15-year-old boy has been charged with attempted murder after a man was stabbed outside a shop in Marden on Friday night. The victim, 32, is in a stable condition in hospital.", [
 ("A boy aged 15 has been charged with attempted murder.", True),
 ("The stabbing happened outside a shop in Marden.", True),
 ("The victim is 32 and in a stable condition.", True),
 ("A 15-year-old boy has been charged with murder.", False),
 ("A 32-year-old man has been charged with attempted murder.", False),
 ("The victim is in a critical condition.", False),
 ("The boy was stabbed outside a shop.", False),
])
_add("The Halden Prize for fiction has been won by first-time novelist Rosa Vidal for The Salt Road, beating five other shortlisted books. She receives £50,000.", [
 ("Rosa Vidal has won the Halden Prize for fiction.", True),
 ("The Salt Road is her first novel.", True),
 ("She will receive £50,000.", True),
 ("Rosa Vidal was one of six shortlisted authors.", True),
 ("Rosa Vidal won the prize for her third novel.", False),
 ("The Salt Road beat seven other shortlisted books.", False),
 ("She receives £15,000.", False),
 ("The prize was for poetry.", False),
])
_add("Snow closed more than 300 schools across northern Norland on Wednesday, and drivers were warned to avoid all but essential journeys. More snow is forecast for Thursday.", [
 ("Over 300 schools in northern Norland were shut by snow.", True),
 ("Drivers were told to make only essential journeys.", True),
 ("More snow is expected on Thursday.", True),
 ("More than 300 schools closed in southern Norland.", False),
 ("No more snow is forecast.", False),
 ("Drivers were told roads were clear.", False),
 ("Snow closed 30 schools.", False),
])
_add("Greyford Hospital has been rated inadequate by inspectors, who found patients waiting up to 14 hours in corridors. The hospital's chief executive, Mark Bell, said improvements were already being made.", [
 ("Inspectors have rated Greyford Hospital inadequate.", True),
 ("Patients were found waiting up to 14 hours in corridors.", True),
 ("Mark Bell said improvements were already under way.", True),
 ("Greyford Hospital has been rated good.", False),
 ("Patients waited up to 40 hours.", False),
 ("Mark Bell said no improvements were needed.", False),
 ("Inspectors found patients waiting in ambulances.", False),
])
_add("The number of homes sold in Norland fell by 9% in the year to March, while average prices rose by 2% to £265,000, the land registry said.", [
 ("House sales fell by 9% in the year to March.", True),
 ("Average prices went up 2% to £265,000.", True),
 ("Average prices fell by 9%.", False),
 ("House sales rose by 2%.", False),
 ("The average price is £256,000.", False),
 ("House sales fell by 9% in the year to June.", False),
])
_add("An Olby man who ran a fake charity and kept £80,000 in donations has been jailed for three years. The judge said Alan Pike, 52, had \"preyed on the generosity of strangers\".", [
 ("Alan Pike has been jailed for three years.", True),
 ("He kept £80,000 given to a fake charity.", True),
 ("The judge said he had preyed on the generosity of strangers.", True),
 ("Alan Pike was jailed for 13 years.", False),
 ("Alan Pike said he had preyed on the generosity of strangers.", False),
 ("He gave £80,000 to charity.", False),
 ("Alan Pike has been given a suspended sentence.", False),
])
_add("A lifeboat crew rescued four people from a yacht that lost its mast in gales off Kestra Head on Saturday night. All four were taken to hospital as a precaution, the coastguard said.", [
 ("Four people were rescued from a yacht off Kestra Head.", True),
 ("The yacht had lost its mast in gales.", True),
 ("All four were taken to hospital as a precaution.", True),
 ("Four people were rescued from a yacht that sank off Kestra Head.", False),
 ("Two of the four were seriously injured.", False),
 ("A helicopter crew rescued four people from a yacht.", False),
 ("The rescue happened on Sunday night.", False),
])
_add("Olby Council has agreed to sell its former headquarters to a developer for £6.5m, and the building will be turned into 80 flats, 20 of them affordable.", [
 ("The council will sell its old headquarters for £6.5m.", True),
 ("The building will become 80 flats.", True),
 ("Twenty of the flats will be affordable.", True),
 ("The council has agreed to buy a building for £6.5m.", False),
 ("All 80 flats will be affordable.", False),
 ("The building will be turned into offices.", False),
 ("The building will be sold for £5.6m.", False),
])
_add("Marden Rovers striker Joe Kane has been banned for three matches after being sent off for violent conduct in Saturday's 2-1 defeat by Olby Town.", [
 ("Joe Kane has been given a three-match ban.", True),
 ("He was sent off for violent conduct.", True),
 ("Marden Rovers lost 2-1 to Olby Town.", True),
 ("Joe Kane has been banned for three months.", False),
 ("Marden Rovers beat Olby Town 2-1.", False),
 ("Joe Kane was sent off for dissent.", False),
 ("An Olby Town player has been banned for three matches.", False),
])
_add("Norland's inflation rate rose unexpectedly to 3.1% in October from 2.8% in September, driven by higher energy bills, the statistics office said. Economists had expected it to fall.", [
 ("Inflation rose to 3.1% in October.", True),
 ("It was 2.8% in September.", True),
 ("Economists had expected inflation to fall.", True),
 ("Higher energy bills drove the rise.", True),
 ("Inflation fell to 2.8% in October.", False),
 ("Economists had expected inflation to rise.", False),
 ("The rise was driven by food prices.", False),
 ("Inflation rose to 3.1% in September.", False),
])
_add("Esk Council has been told to pay £12,000 to a family after it failed to provide a school place for their disabled son for seven months, the ombudsman said.", [
 ("Esk Council must pay £12,000 to the family.", True),
 ("The council failed to provide a school place for seven months.", True),
 ("The boy is disabled.", True),
 ("The family has been told to pay £12,000 to the council.", False),
 ("The council failed to provide a school place for seven years.", False),
 ("The council provided a school place within seven months.", False),
 ("Esk Council has been told to pay £21,000.", False),
])
_add("Harlow Airport will close its second runway for four months from January for repairs, and about a third of flights will move to Olby, the airport said.", [
 ("Harlow Airport's second runway will shut for four months from January.", True),
 ("Around a third of flights will move to Olby.", True),
 ("The runway is closing for repairs.", True),
 ("About a third of flights will be cancelled.", False),
 ("The runway will close for four weeks.", False),
 ("Flights from Olby will move to Harlow.", False),
 ("Harlow Airport will close permanently from January.", False),
])
_add("\"We are heartbroken,\" said the family of Lucy Green, 17, who died in a crash on the B1150 on Friday. Police are appealing for witnesses.", [
 ("Lucy Green was 17.", True),
 ("Police want to hear from witnesses.", True),
 ("Lucy Green's family said they were heartbroken.", True),
 ("Police said they were heartbroken.", False),
 ("Lucy Green, 19, died in the crash.", False),
 ("Police have arrested a driver.", False),
], body="A teenager has died in a crash on the B1150 near Tarnley.\n\n\"We are heartbroken,\" said the family of Lucy Green, 17, who died in a crash on the B1150 on Friday. Police are appealing for witnesses.")
_add("A new bridge over the River Tarn costing £40m has been given the go-ahead, ending a 20-year campaign by residents of Felby, who now face a 12-mile detour.", [
 ("A £40m bridge over the River Tarn has been approved.", True),
 ("Residents of Felby campaigned for 20 years.", True),
 ("Felby residents now face a 12-mile detour.", True),
 ("The £40m bridge has been rejected.", False),
 ("The campaign lasted 12 years.", False),
 ("Residents campaigned against the bridge.", False),
 ("The bridge will cost £14m.", False),
])
_add("Sales at Fenwick Stores fell 4% over Christmas, but the chain said profits would still be in line with forecasts because it had cut costs.", [
 ("Fenwick Stores' Christmas sales dropped 4%.", True),
 ("The chain expects profits to be in line with forecasts.", True),
 ("Fenwick said cost cuts would protect profits.", True),
 ("Sales at Fenwick Stores rose 4% over Christmas.", False),
 ("Fenwick warned that profits would fall short of forecasts.", False),
 ("Profits fell 4% over Christmas.", False),
])
_add("A colony of 40 rare bats has delayed the demolition of a church hall in Stourby until at least October, when the bats are expected to leave, the council said.", [
 ("Forty rare bats have delayed a church hall's demolition.", True),
 ("Demolition will not start before October.", True),
 ("The council expects the bats to leave by October.", True),
 ("The church hall was demolished in October.", False),
 ("A colony of 14 rare bats has delayed the demolition.", False),
 ("The bats have been moved so demolition can start.", False),
 ("The bats have delayed the demolition of a church.", False),
])
_add("The owner of a Greyford care home has been fined £80,000 after a resident, Joan Platt, 91, fell from a window that had no restrictor. The company admitted breaching safety law.", [
 ("The care home's owner was fined £80,000.", True),
 ("Joan Platt was 91.", True),
 ("The window had no restrictor.", True),
 ("The company admitted breaking safety law.", True),
 ("The company denied breaching safety law.", False),
 ("Joan Platt was fined £80,000.", False),
 ("The window had a restrictor fitted.", False),
 ("The owner was fined £18,000.", False),
])
_add("Tickets for Carrow Castle will rise from £14 to £18 in April, the trust that runs it said, blaming the cost of repairs to the walls. Children under five will still go free.", [
 ("Carrow Castle tickets will go up to £18 in April.", True),
 ("The trust blamed the cost of wall repairs.", True),
 ("Under-fives will still get in free.", True),
 ("Tickets will fall from £18 to £14.", False),
 ("Children under five will have to pay from April.", False),
 ("The trust blamed rising energy costs.", False),
 ("Tickets will rise from £14 to £16.", False),
])
_add("Police in Olby are searching for a man who escaped from a prison van on Thursday while being taken to court. Officers said he was dangerous and should not be approached.", [
 ("A man escaped from a prison van in Olby.", True),
 ("Police said the public should not approach him.", True),
 ("He was being taken to court when he escaped.", True),
 ("The man has been recaptured.", False),
 ("A man escaped from a prison on Thursday.", False),
 ("Police said he was not dangerous.", False),
 ("A man escaped while being taken to hospital.", False),
])
_add("More than half of Norland's rivers failed to meet standards for pollution last year, up from 42% the year before, the environment agency said.", [
 ("Over half of the rivers failed pollution standards last year.", True),
 ("The year before, 42% failed.", True),
 ("More than half of the rivers met pollution standards last year.", False),
 ("The share of rivers failing fell from 42%.", False),
 ("Less than half of Norland's rivers failed the standards.", False),
])
_add("Olby's first female bishop, the Right Reverend Anne Hale, was installed at the cathedral on Sunday in front of 800 people.", [
 ("Anne Hale has become Olby's first female bishop.", True),
 ("About 800 people attended the service.", True),
 ("Anne Hale was installed at the cathedral on Sunday.", True),
 ("Anne Hale is Olby's second female bishop.", False),
 ("8,000 people attended the service.", False),
 ("Anne Hale was installed on Saturday.", False),
 ("Anne Hale was installed at a church in Olby.", False),
])
_add("Tarnley Town have signed midfielder Ben Ode on a two-year deal from Kestra City, where he made 60 appearances.", [
 ("Ben Ode has joined Tarnley Town from Kestra City.", True),
 ("He has signed a two-year deal.", True),
 ("Ben Ode made 60 appearances for Kestra City.", True),
 ("Kestra City have signed Ben Ode from Tarnley Town.", False),
 ("Ben Ode has signed a three-year deal.", False),
 ("Ben Ode made 60 appearances for Tarnley Town.", False),
 ("Ben Ode is a striker.", False),
])
_add("A review of the Harlow bus network has recommended cutting six routes and adding two new ones, and the council will make a decision in June, it said.", [
 ("The review recommended cutting six bus routes.", True),
 ("It also recommended two new routes.", True),
 ("The council will decide in June.", True),
 ("The council has cut six bus routes.", False),
 ("The review recommended cutting two routes and adding six.", False),
 ("The council decided in June to cut six routes.", False),
 ("The council will make a decision in July.", False),
])
_add("Demand for food parcels at the Olby Food Bank rose by 30% in the past year, with working families now making up a third of those it helps, its manager, Sue Rowe, said.", [
 ("Demand at the Olby Food Bank went up by 30% in a year.", True),
 ("A third of those helped are working families.", True),
 ("Sue Rowe manages the food bank.", True),
 ("Demand for food parcels fell by 30%.", False),
 ("Working families make up half of those it helps.", False),
 ("Sue Rowe said demand rose by 13%.", False),
 ("Working families make up a third of the food bank's volunteers.", False),
])
_add("Kestra's new tram line carried 1.2 million passengers in its first year, short of the 2 million forecast, and fares will rise by 10p in May, the operator said.", [
 ("The tram line carried 1.2 million passengers in its first year.", True),
 ("That was fewer than the 2 million forecast.", True),
 ("Fares will go up by 10p in May.", True),
 ("The tram line carried 2 million passengers in its first year.", False),
 ("Passenger numbers beat the forecast.", False),
 ("Fares will fall by 10p in May.", False),
 ("Fares will rise by 10p in March.", False),
])
_add("A wildfire on Felby Moor that burned for three days has been put out, but firefighters will stay at the scene for a week in case it flares up again, the fire service said.", [
 ("The Felby Moor wildfire has been put out.", True),
 ("The fire burned for three days.", True),
 ("Firefighters will remain for a week.", True),
 ("The wildfire is still burning.", False),
 ("Firefighters have left the scene.", False),
 ("The fire burned for a week.", False),
 ("Firefighters will stay for three days.", False),
])
_add("A study of 12,000 children in Norland found that those who ate breakfast every day scored 8% higher in maths tests, though the researchers said other factors could explain the gap.", [
 ("The study followed 12,000 children.", True),
 ("Children who ate breakfast daily scored 8% higher in maths.", True),
 ("The researchers said other factors could explain the gap.", True),
 ("Eating breakfast makes children score 8% higher in maths.", False),
 ("The study found children who skipped breakfast scored 8% higher.", False),
 ("The study followed 1,200 children.", False),
 ("Children who ate breakfast scored 8% higher in reading tests.", False),
])
_add("The mayor of Carrow, Tom Bryce, has survived a vote of no confidence by 22 votes to 19, after opposition councillors accused him of misleading them over the cost of a new leisure centre.", [
 ("Tom Bryce survived a no-confidence vote by 22 votes to 19.", True),
 ("Opposition councillors accused him of misleading them.", True),
 ("The row was over the cost of a new leisure centre.", True),
 ("Tom Bryce lost a vote of no confidence.", False),
 ("Tom Bryce accused opposition councillors of misleading him.", False),
 ("Tom Bryce survived the vote by 22 votes to 9.", False),
 ("Tom Bryce admitted misleading councillors.", False),
])
_add("Heavy rain flooded 60 homes in Stourby overnight, and the Environment Agency issued five flood warnings for the River Esk, where levels were still rising on Tuesday morning.", [
 ("Sixty homes in Stourby were flooded overnight.", True),
 ("Five flood warnings were issued for the River Esk.", True),
 ("River levels were still rising on Tuesday morning.", True),
 ("River levels were falling on Tuesday morning.", False),
 ("Fifteen flood warnings were issued.", False),
 ("Heavy rain flooded 60 businesses in Stourby.", False),
 ("The Environment Agency lifted five flood warnings.", False),
])
_add("Olby's oldest pub, the Bell, which has stood since 1540, will close next month after its owners failed to find a buyer, they said.", [
 ("The Bell, Olby's oldest pub, will shut next month.", True),
 ("The pub has stood since 1540.", True),
 ("The owners could not find a buyer.", True),
 ("The Bell has been sold to a new owner.", False),
 ("The Bell closed last month.", False),
 ("The Bell has stood since 1450.", False),
 ("The Bell is Olby's newest pub.", False),
])
_add("Nurses at Esk General Hospital have voted to accept a pay offer of 5%, ending a dispute that led to four strikes, the union said. Doctors are still considering a separate offer.", [
 ("Nurses at Esk General have accepted a 5% pay offer.", True),
 ("The dispute led to four strikes.", True),
 ("Doctors are still weighing a separate offer.", True),
 ("Doctors have accepted a 5% pay offer.", False),
 ("Nurses have rejected a 5% pay offer.", False),
 ("The dispute led to six strikes.", False),
 ("Doctors have rejected their offer.", False),
])
_add("A man has been charged with dangerous driving after a car hit a bus shelter in Harlow on Friday evening, injuring three people waiting for a bus. One of them, a woman in her 60s, is in a serious condition.", [
 ("A man has been charged with dangerous driving.", True),
 ("Three people were hurt when a car hit a bus shelter.", True),
 ("A woman in her 60s is seriously injured.", True),
 ("A man has been charged with causing death by dangerous driving.", False),
 ("A bus hit a car in Harlow.", False),
 ("Three people were killed when a car hit a bus shelter.", False),
 ("A woman in her 60s has been charged.", False),
])
_add("Kestra University will cut 180 jobs to save £15m after a fall in the number of overseas students, its vice-chancellor, Prof Ruth Okoye, said. The union said it would ballot members on strike action.", [
 ("Kestra University plans to cut 180 jobs.", True),
 ("The cuts are meant to save £15m.", True),
 ("Fewer overseas students have enrolled.", True),
 ("The union will ballot its members on strikes.", True),
 ("Kestra University will cut 180 jobs after a rise in overseas students.", False),
 ("The union has called a strike.", False),
 ("Prof Ruth Okoye said the union would ballot members.", False),
 ("The university will cut 18 jobs.", False),
])
_add("A rare white stork has been spotted in Tarnley for the first time in more than 50 years, birdwatchers said. It is thought to have been blown off course during its migration to Africa.", [
 ("A white stork has been seen in Tarnley for the first time in over 50 years.", True),
 ("The stork is thought to have been blown off course.", True),
 ("The stork was migrating to Africa.", True),
 ("The stork was blown off course, experts confirmed.", False),
 ("A white stork is seen in Tarnley every year.", False),
 ("A black stork has been spotted in Tarnley.", False),
 ("The stork was migrating from Africa.", False),
])
_add("Stourby Council has bought the town's empty department store for £2.1m and plans to turn it into a library, a health centre and flats, it said.", [
 ("The council has bought the empty department store.", True),
 ("It paid £2.1m.", True),
 ("The council plans a library, a health centre and flats there.", True),
 ("The council has sold the department store for £2.1m.", False),
 ("The store will be turned into a cinema.", False),
 ("The council paid £1.2m.", False),
 ("The library has already opened.", False),
])
_add("Water bills in Norland will rise by an average of £86 a year from April, the regulator said, to pay for new pipes and sewage works. The average bill will be £560.", [
 ("Water bills will go up by £86 a year on average from April.", True),
 ("The average bill will be £560.", True),
 ("The money will pay for new pipes and sewage works.", True),
 ("Water bills will rise by £86 a month.", False),
 ("The average bill will be £650.", False),
 ("Water bills will fall by £86 a year.", False),
 ("The rise will pay for new reservoirs.", False),
])
_add("Olby Athletic's manager, Rita Kuhn, has signed a new four-year contract, the club said, a day after they won promotion to the Championship.", [
 ("Rita Kuhn has signed a four-year contract.", True),
 ("Olby Athletic won promotion to the Championship.", True),
 ("The contract was signed a day after promotion.", True),
 ("Rita Kuhn has left Olby Athletic.", False),
 ("Olby Athletic were relegated from the Championship.", False),
 ("Rita Kuhn has signed a two-year contract.", False),
 ("Rita Kuhn signed her contract a week after promotion.", False),
])
_add("About 2,000 homes in Carrow were left without power for up to six hours on Wednesday after a fault at a substation, Northgrid said. All supplies had been restored by the evening.", [
 ("Around 2,000 homes lost power after a substation fault.", True),
 ("Some homes were without power for up to six hours.", True),
 ("Power had been restored to all homes by the evening.", True),
 ("Some homes were still without power on Wednesday night.", False),
 ("About 20,000 homes were left without power.", False),
 ("The power cut was caused by a storm.", False),
 ("Homes were without power for up to six days.", False),
])
_add("A judge has ruled that Harlow Council acted lawfully when it closed three care homes last year, rejecting a challenge by relatives of residents.", [
 ("A judge ruled the council acted lawfully in closing three care homes.", True),
 ("Relatives of residents had brought the challenge.", True),
 ("The judge rejected the relatives' challenge.", True),
 ("A judge ruled the council acted unlawfully.", False),
 ("The council closed four care homes.", False),
 ("The judge upheld the relatives' challenge.", False),
 ("The council brought a challenge against relatives.", False),
])
_add("Greyford's new bypass, which opened a year late and £30m over budget, has cut journey times through the town by ten minutes, a council report found.", [
 ("The bypass opened a year late.", True),
 ("It went £30m over budget.", True),
 ("Journey times through the town are ten minutes shorter, the report found.", True),
 ("The bypass opened on time.", False),
 ("The bypass came in £30m under budget.", False),
 ("The bypass has added ten minutes to journey times.", False),
 ("The bypass opened two years late.", False),
])
_add("\"This is a dark day for the town,\" said Harlow MP Ken Ashby after the closure of the glassworks was announced. The company, Clearline, said it had lost money for five years.", [
 ("Ken Ashby called it a dark day for the town.", True),
 ("Clearline said it had lost money for five years.", True),
 ("Clearline said it was a dark day for the town.", False),
 ("Ken Ashby said Clearline had lost money for five years.", False),
 ("Clearline said it had lost money for 15 years.", False),
], body="Harlow's glassworks will close with the loss of 240 jobs.\n\n\"This is a dark day for the town,\" said Harlow MP Ken Ashby after the closure of the glassworks was announced. The company, Clearline, said it had lost money for five years.")
_add("Two climbers were airlifted from Ben Tarn on Sunday after one of them broke an ankle, mountain rescue said. Neither was seriously hurt.", [
 ("Two climbers were airlifted from Ben Tarn.", True),
 ("One of the climbers broke an ankle.", True),
 ("Neither climber was seriously injured.", True),
 ("Both climbers broke an ankle.", False),
 ("One of the climbers was seriously hurt.", False),
 ("Two climbers were carried down Ben Tarn by rescuers.", False),
 ("One of them broke a wrist.", False),
])
_add("A new survey has found that the number of hedgehogs in Norland's countryside has halved since 2000, while numbers in towns have stayed about the same.", [
 ("Countryside hedgehog numbers have halved since 2000.", True),
 ("Hedgehog numbers in towns are about the same.", True),
 ("Hedgehog numbers in towns have halved since 2000.", False),
 ("Countryside hedgehog numbers have doubled since 2000.", False),
 ("Hedgehog numbers in the countryside have fallen by a third.", False),
 ("Countryside hedgehog numbers have halved since 2010.", False),
])
_add("Marden's Sunday market will move from the town square to the old cattle market site from March while the square is rebuilt, the council said.", [
 ("Marden's Sunday market is moving to the old cattle market site.", True),
 ("The move starts in March.", True),
 ("The square is being rebuilt.", True),
 ("The market will move from the cattle market site to the town square.", False),
 ("Marden's Sunday market will close from March.", False),
 ("The market will move in May.", False),
 ("The cattle market site is being rebuilt.", False),
])
_add("Prosecutors have dropped a fraud case against former Olby councillor Dan Pryce because of a lack of evidence, the Crown Prosecution Service said.", [
 ("The fraud case against Dan Pryce has been dropped.", True),
 ("Prosecutors cited a lack of evidence.", True),
 ("Dan Pryce is a former councillor.", True),
 ("Dan Pryce has been convicted of fraud.", False),
 ("The case was dropped because Dan Pryce was ill.", False),
 ("Dan Pryce dropped his case against prosecutors.", False),
])
_add("Olby Zoo has been told it must improve its elephant enclosure within a year or lose its licence, after an inspection found the space was too small.", [
 ("Olby Zoo must improve its elephant enclosure within a year.", True),
 ("Inspectors found the enclosure was too small.", True),
 ("The zoo could lose its licence.", True),
 ("Olby Zoo has lost its licence.", False),
 ("Olby Zoo must improve its lion enclosure.", False),
 ("Inspectors found the enclosure was too big.", False),
 ("The zoo has five years to improve the enclosure.", False),
])
_add("House building in Norland fell to its lowest level for ten years in 2024, with 142,000 homes started, down from 168,000 the year before, figures showed.", [
 ("Work started on 142,000 homes in 2024.", True),
 ("The year before, 168,000 homes were started.", True),
 ("House building was at its lowest level for ten years.", True),
 ("House building rose to 168,000 homes in 2024.", False),
 ("142,000 homes were completed in 2024.", False),
 ("It was the lowest level for 20 years.", False),
 ("House building fell to 124,000 homes.", False),
])
_add("Police have appealed for help to find a 14-year-old girl, Mia Shaw, who has been missing from her home in Felton since Tuesday. She was last seen at the town's railway station.", [
 ("Mia Shaw, 14, has been missing since Tuesday.", True),
 ("She was last seen at Felton railway station.", True),
 ("Police are asking for help to find her.", True),
 ("Mia Shaw has been found safe.", False),
 ("Mia Shaw was last seen at the bus station.", False),
 ("Mia Shaw has been missing since Thursday.", False),
 ("Mia Shaw is 16.", False),
])
_add("The Carrow Herald has been bought by a local businessman, Omar Said, for an undisclosed sum, saving it from closure. Its 30 staff will keep their jobs.", [
 ("Omar Said has bought the Carrow Herald.", True),
 ("The price was not disclosed.", True),
 ("All 30 staff will keep their jobs.", True),
 ("The Carrow Herald has closed.", False),
 ("Omar Said paid £1m for the paper.", False),
 ("Thirty staff will lose their jobs.", False),
 ("The Carrow Herald has bought a local business.", False),
])
_add("Rail passengers in the north face another week of disruption after a landslip closed the line between Esk and Felby, which Northrail said would not reopen until Monday.", [
 ("A landslip has closed the line between Esk and Felby.", True),
 ("The line will not reopen until Monday, Northrail said.", True),
 ("The line between Esk and Felby reopened on Monday.", False),
 ("A flood closed the line between Esk and Felby.", False),
 ("Northrail said the line would reopen on Friday.", False),
 ("The disruption is expected to last another month.", False),
])
_add("A record 41,000 runners took part in the Olby Marathon on Sunday, raising an estimated £9m for charity. The race was won by Kenya's David Rono in 2 hours 7 minutes.", [
 ("A record 41,000 runners took part.", True),
 ("An estimated £9m was raised for charity.", True),
 ("David Rono won in 2 hours 7 minutes.", True),
 ("The runners raised exactly £9m for charity.", False),
 ("David Rono finished second.", False),
 ("41,000 runners took part, fewer than last year.", False),
 ("The race was won by Ethiopia's David Rono.", False),
])
_add("The head of Norland's ambulance service, Martin Roe, has resigned after a report found that patients waited an average of 90 minutes for an ambulance last winter. He said he took \"full responsibility\".", [
 ("Martin Roe has resigned as head of the ambulance service.", True),
 ("Patients waited an average of 90 minutes for an ambulance last winter.", True),
 ("Martin Roe said he took full responsibility.", True),
 ("Martin Roe has been sacked.", False),
 ("Patients waited an average of 90 minutes last summer.", False),
 ("Martin Roe denied any responsibility.", False),
 ("The longest wait was 90 minutes.", False),
])
_add("Felton's bin collections will move from weekly to fortnightly from June to save £1.2m a year, but food waste will still be collected every week.", [
 ("Bins in Felton will be emptied every two weeks from June.", True),
 ("The change will save £1.2m a year.", True),
 ("Food waste will still be collected weekly.", True),
 ("Food waste will be collected every two weeks.", False),
 ("Bin collections will move from fortnightly to weekly.", False),
 ("The change will cost £1.2m a year.", False),
 ("The change will save £2.1m a year.", False),
])
_add("An Olby café owner has been fined £3,000 after rats were found in the kitchen during an inspection. Ali Demir admitted two food hygiene offences.", [
 ("Ali Demir was fined £3,000.", True),
 ("Rats were found in the café's kitchen.", True),
 ("He admitted two food hygiene offences.", True),
 ("Ali Demir denied the offences.", False),
 ("Mice were found in the kitchen.", False),
 ("Ali Demir admitted three food hygiene offences.", False),
 ("An inspector was fined £3,000.", False),
])
_add("Scientists have warned that a third of Norland's native trees could be lost to disease within 30 years unless more is done to stop imported pests.", [
 ("A third of native trees could be lost to disease within 30 years, scientists warned.", True),
 ("Scientists blame imported pests.", True),
 ("A third of Norland's native trees have been lost to disease.", False),
 ("Half of native trees could be lost within 30 years.", False),
 ("A third of native trees will be lost within 30 years.", False),
 ("A third of native trees could be lost within 13 years.", False),
])
_add("Greyford Rovers striker Lee Dunn scored twice as his side beat Felby Town 3-1 to move top of the league on goal difference.", [
 ("Lee Dunn scored two goals.", True),
 ("Greyford Rovers beat Felby Town 3-1.", True),
 ("Greyford Rovers are top of the league on goal difference.", True),
 ("Felby Town beat Greyford Rovers 3-1.", False),
 ("Lee Dunn scored a hat-trick.", False),
 ("Greyford Rovers are top by three points.", False),
 ("Lee Dunn scored for Felby Town.", False),
])
_add("Flights from Tarnby airport were cancelled on Monday after ash from the Skarfell volcano drifted over the coast, affecting about 12,000 passengers. The airport said it hoped to reopen by Wednesday.", [
 ("About 12,000 passengers were affected by the cancellations.", True),
 ("Ash from the Skarfell volcano led to flights being cancelled at Tarnby airport.", True),
 ("The airport hopes to reopen by Wednesday.", True),
 ("The airport will reopen on Wednesday.", False),
 ("About 21,000 passengers were affected.", False),
 ("Flights were cancelled on Tuesday.", False),
 ("Flights were cancelled after smoke from a forest fire drifted over the coast.", False),
])
_add("Judge Alan Pike said the 18-month term imposed on Carla Vance, 44, was \"entirely justified\".", [
 ("A judge said Carla Vance's 18-month sentence was entirely justified.", True),
 ("Judge Alan Pike said the 18-month term was entirely justified.", True),
 ("Tom Reid said the 18-month term was entirely justified.", False),
 ("Carla Vance said the term was entirely justified.", False),
 ("Judge Alan Pike said the 18-month term was unduly harsh.", False),
 ("Carla Vance, 44, was given an eight-month term.", False),
], body="A former nurse convicted of stealing drugs from Westmere hospital has lost an appeal against her sentence.\n\nJudge Alan Pike said the 18-month term imposed on Carla Vance, 44, was \"entirely justified\". Her lawyer, Tom Reid, said she was \"devastated\" and would consider taking the case further.")
_add("Two snow leopard cubs have been born at Brackenhill Zoo, the first of the species to be bred there in 20 years, keepers said.", [
 ("Two snow leopard cubs were born at Brackenhill Zoo.", True),
 ("They are the first snow leopards bred at the zoo in 20 years.", True),
 ("Keepers said the cubs were the first bred there in 20 years.", True),
 ("Three snow leopard cubs were born at Brackenhill Zoo.", False),
 ("They are the first snow leopards ever bred at the zoo.", False),
 ("Two snow leopards died at Brackenhill Zoo.", False),
 ("They are the first snow leopards bred there in 12 years.", False),
])
_add("Norland's economy shrank by 0.3% in the third quarter, official figures show, after growing by 0.2% in the previous three months. Economists had expected no change.", [
 ("The economy shrank by 0.3% in the third quarter.", True),
 ("The economy grew by 0.2% in the previous quarter.", True),
 ("Economists had expected the economy to stay flat.", True),
 ("The economy grew by 0.3% in the third quarter.", False),
 ("Economists had expected the economy to shrink by 0.3%.", False),
 ("The economy shrank by 0.2% in the third quarter.", False),
 ("The economy shrank by 0.3% in the fourth quarter.", False),
])
_add("Olympic champion Maya Stone was beaten in the 400m final by 19-year-old Jess Adeyemi, who set a national junior record of 50.12 seconds.", [
 ("Jess Adeyemi beat Maya Stone in the 400m final.", True),
 ("Jess Adeyemi set a national junior record of 50.12 seconds.", True),
 ("Jess Adeyemi is 19.", True),
 ("Maya Stone beat Jess Adeyemi in the 400m final.", False),
 ("Maya Stone set a national junior record.", False),
 ("Jess Adeyemi set a world record of 50.12 seconds.", False),
 ("Jess Adeyemi, 19, won the 800m final.", False),
])
_add("More than 400 pharmacies in Norland have closed in the past two years, according to the National Pharmacy Association, which blamed cuts in government funding.", [
 ("More than 400 pharmacies have closed in two years.", True),
 ("The National Pharmacy Association blamed government funding cuts.", True),
 ("More than 400 pharmacies have opened in the past two years.", False),
 ("The government blamed the National Pharmacy Association for the closures.", False),
 ("More than 400 pharmacies have closed in the past year.", False),
 ("The association blamed rising rents.", False),
])
_add("But local campaigner Pete Hale said the roads could not cope and the group would seek a judicial review.", [
 ("Pete Hale said the roads could not cope.", True),
 ("Campaigners will seek a judicial review, Pete Hale said.", True),
 ("The group may seek a judicial review.", True),
 ("Ruth Evans said the roads could not cope.", False),
 ("Pete Hale said the group had won a judicial review.", False),
 ("Pete Hale said the group would not seek a judicial review.", False),
], body="Plans to build 1,200 homes on farmland near Calder have been approved by Westmere council.\n\nCouncillor Ruth Evans, who chairs the planning committee, said the homes were \"desperately needed\". But local campaigner Pete Hale said the roads could not cope and the group would seek a judicial review.")
_add("Bus drivers in Calder will strike for five days from 3 March after rejecting a 4% pay offer, the Unite union said. Operator Greenline said it was \"disappointed\".", [
 ("Calder bus drivers will strike for five days from 3 March.", True),
 ("The drivers rejected a 4% pay offer.", True),
 ("Greenline said it was disappointed.", True),
 ("The drivers accepted a 4% pay offer.", False),
 ("Bus drivers will strike for three days from 5 March.", False),
 ("Unite said it was disappointed.", False),
 ("The drivers rejected a 5% pay offer.", False),
])
_add("A study of 8,000 adults found that those who slept less than six hours a night were 30% more likely to develop dementia, though the researchers said it did not prove poor sleep caused the disease.", [
 ("Sleeping less than six hours was linked to a 30% higher risk of dementia.", True),
 ("The study involved 8,000 adults.", True),
 ("The researchers said the study did not prove that poor sleep caused dementia.", True),
 ("The researchers said poor sleep causes dementia.", False),
 ("Adults who slept less than six hours were 30% less likely to develop dementia.", False),
 ("The study found that poor sleep caused dementia.", False),
 ("A study of 80,000 adults linked short sleep to dementia.", False),
])
_add("Two firefighters were taken to hospital after the roof of a burning warehouse in Tarnby collapsed on Sunday night. More than 60 firefighters tackled the blaze at its height.", [
 ("Two firefighters were taken to hospital.", True),
 ("More than 60 firefighters tackled the blaze.", True),
 ("The roof of the warehouse collapsed on Sunday night.", True),
 ("Two firefighters died when the roof collapsed.", False),
 ("Fewer than 60 firefighters tackled the blaze.", False),
 ("The roof collapsed on Saturday night.", False),
 ("Six firefighters were taken to hospital.", False),
])
_add("Exports of Norland whisky rose 12% to a record £6.2bn last year, led by demand from India, the Whisky Association said, though shipments to the US fell.", [
 ("Whisky exports rose 12% to £6.2bn.", True),
 ("Shipments to the US fell.", True),
 ("Demand from India led the rise.", True),
 ("Shipments to India fell.", False),
 ("Whisky exports fell 12%.", False),
 ("Exports rose 12% to £2.6bn.", False),
 ("Shipments to the US rose to a record.", False),
])
_add("Detective Inspector Sara Kent said the woman, who has not been named, was believed to have known her attacker.", [
 ("Police believe the woman knew her attacker.", True),
 ("Sara Kent said the woman was believed to have known her attacker.", True),
 ("The woman knew her attacker.", False),
 ("The woman has been named as Sara Kent.", False),
 ("Sara Kent said the woman did not know her attacker.", False),
], body="A 52-year-old man has been arrested on suspicion of murder after a woman was found dead at a house in Olby.\n\nDetective Inspector Sara Kent said the woman, who has not been named, was believed to have known her attacker. \"We are not looking for anyone else,\" she said.")
_add("The Calder tram extension will open in September, a year later than planned, after its cost rose from £180m to £240m.", [
 ("The tram extension will open a year late.", True),
 ("The cost rose from £180m to £240m.", True),
 ("The tram extension will open in September.", True),
 ("The cost fell from £240m to £180m.", False),
 ("The extension will open a year earlier than planned.", False),
 ("The cost rose to £280m.", False),
 ("The extension will open in November.", False),
])
_add("The Green Party won 14 seats in the Westmere council election, up from six, while Labour lost overall control after falling to 22 of the 50 seats.", [
 ("The Green Party won 14 seats.", True),
 ("Labour lost overall control of the council.", True),
 ("Labour won 22 of the 50 seats.", True),
 ("The Greens won six seats, down from 14.", False),
 ("Labour kept overall control.", False),
 ("Labour won 22 of the 60 seats.", False),
 ("The Green Party won 14 seats, up from eight.", False),
])
_add("Hospitals in Norland's east will stop routine operations for two weeks from Monday because of a rise in flu admissions, NHS East said, but cancer surgery will continue.", [
 ("Routine operations will stop for two weeks.", True),
 ("Cancer surgery will continue.", True),
 ("The pause is because of rising flu admissions.", True),
 ("Cancer surgery will be stopped for two weeks.", False),
 ("Routine operations will stop for two months.", False),
 ("The pause is because of a rise in Covid admissions.", False),
 ("Routine operations will continue, NHS East said.", False),
])
_add("Shares in chipmaker Veltron fell 18% after it cut its sales forecast for the year, blaming weaker demand from carmakers.", [
 ("Veltron's shares fell 18%.", True),
 ("Veltron cut its sales forecast.", True),
 ("Veltron blamed weaker demand from carmakers.", True),
 ("Veltron's shares rose 18%.", False),
 ("Veltron raised its sales forecast.", False),
 ("Veltron blamed weaker demand from phone makers.", False),
 ("Shares in Veltron fell 8%.", False),
])
_add("\"We gave out 41,000 parcels last year, and we are on course to beat that,\" said its director, Ann Blake.", [
 ("Ann Blake said the food bank gave out 41,000 parcels last year.", True),
 ("The food bank is on course to give out more than 41,000 parcels, Ann Blake said.", True),
 ("Rob Finch said the food bank gave out 41,000 parcels last year.", False),
 ("Ann Blake said the food bank gave out 14,000 parcels last year.", False),
 ("Ann Blake called on ministers to raise benefits.", False),
 ("The food bank gave out 41,000 parcels this year.", False),
], body="A charity that runs Norland's biggest food bank says demand has reached its highest level since it opened in 2011.\n\n\"We gave out 41,000 parcels last year, and we are on course to beat that,\" said its director, Ann Blake. The charity's chairman, Rob Finch, called on ministers to raise benefits.")
_add("A jury at Calder Crown Court cleared a 31-year-old man of attempted murder but convicted him of causing grievous bodily harm. Dean Price will be sentenced next month.", [
 ("Dean Price was convicted of causing grievous bodily harm.", True),
 ("Dean Price was cleared of attempted murder.", True),
 ("He will be sentenced next month.", True),
 ("Dean Price was convicted of attempted murder.", False),
 ("Dean Price was cleared of causing grievous bodily harm.", False),
 ("Dean Price was sentenced last month.", False),
 ("Dean Price, 31, was cleared of murder.", False),
])
_add("Up to 15cm of snow could fall on high ground in the north on Thursday, the Met Office said, issuing a yellow warning that runs until 9am on Friday.", [
 ("Up to 15cm of snow could fall on high ground.", True),
 ("The Met Office issued a yellow warning.", True),
 ("The warning runs until 9am on Friday.", True),
 ("Up to 15cm of snow will fall on Thursday.", False),
 ("The Met Office issued an amber warning.", False),
 ("The warning runs until 9pm on Friday.", False),
 ("Up to 50cm of snow could fall.", False),
])
_add("Former finance minister Leila Shah has been named the first female governor of the Norland central bank, replacing Paul Grant, who steps down in June after eight years.", [
 ("Leila Shah is the first female governor of the central bank.", True),
 ("Paul Grant steps down in June.", True),
 ("Paul Grant has been governor for eight years.", True),
 ("Paul Grant has been named governor, replacing Leila Shah.", False),
 ("Leila Shah is the first female finance minister.", False),
 ("Paul Grant steps down in July after eight years.", False),
 ("Paul Grant steps down after six years.", False),
])
_add("The Harlow offshore wind farm, which will power 900,000 homes, has been delayed by two years after its Danish developer pulled out, the energy ministry said.", [
 ("The wind farm has been delayed by two years.", True),
 ("The wind farm will power 900,000 homes.", True),
 ("The wind farm's Danish developer pulled out.", True),
 ("The wind farm has been cancelled.", False),
 ("The wind farm will power 90,000 homes.", False),
 ("The wind farm was delayed after its German developer pulled out.", False),
 ("The energy ministry pulled out of the project.", False),
])
_add("Norland's largest teaching union has voted to accept a 5.5% pay rise for teachers, ending a dispute that led to six days of strikes.", [
 ("The teaching union voted to accept a 5.5% pay rise.", True),
 ("The dispute led to six days of strikes.", True),
 ("The vote ends the dispute.", True),
 ("The union voted to reject a 5.5% pay rise.", False),
 ("The dispute led to sixteen days of strikes.", False),
 ("Teachers will strike for six more days.", False),
], body="Norland's largest teaching union has voted to accept a 5.5% pay rise for teachers, ending a dispute that led to six days of strikes.\n\nGeneral secretary Mark Hollis said members had \"voted with their heads, not their hearts\". Education Secretary Jane Orr welcomed the result.")
_add("Astronomers using the Kessler telescope have found water vapour in the atmosphere of a planet 120 light years away, but say it is too hot to support life.", [
 ("Water vapour was found in the planet's atmosphere.", True),
 ("The planet is 120 light years away.", True),
 ("The astronomers say the planet is too hot to support life.", True),
 ("The astronomers say the planet could support life.", False),
 ("The planet is 12 light years away.", False),
 ("Astronomers found life on a planet 120 light years away.", False),
 ("Astronomers found ice in the planet's atmosphere.", False),
])
_add("Milk prices in supermarkets will rise by 10p a litre from next week, after dairy farmers said they were being paid less than it cost to produce.", [
 ("Milk prices will rise by 10p a litre.", True),
 ("The rise takes effect next week.", True),
 ("Dairy farmers said they were paid less than the cost of production.", True),
 ("Milk prices will fall by 10p a litre.", False),
 ("Supermarkets said they were being paid less than it cost to produce.", False),
 ("Milk prices will rise by 10p a pint.", False),
 ("Milk prices rose last week.", False),
])
_add("A lorry driver was killed and three people were injured when his vehicle crossed the central reservation of the M6 near Olby on Tuesday morning.", [
 ("A lorry driver died in a crash on the M6.", True),
 ("Three people were injured.", True),
 ("The crash happened on Tuesday morning.", True),
 ("Three people were killed and a lorry driver was injured.", False),
 ("The crash happened on the M1.", False),
 ("The crash happened on Thursday morning.", False),
 ("Two people were injured.", False),
])
_add("Net migration to Norland fell to 431,000 in the year to June, down from a record 906,000 a year earlier, the statistics office said.", [
 ("Net migration fell to 431,000.", True),
 ("The previous figure, 906,000, was a record.", True),
 ("Net migration fell in the year to June.", True),
 ("Net migration rose to 431,000.", False),
 ("Net migration fell to 431,000 from 609,000.", False),
 ("Net migration fell to a record low of 431,000.", False),
])
_add("He told the court he had \"no excuse\".", [
 ("Gary Wills told the court he had no excuse.", True),
 ("The hotel owner said he had no excuse.", True),
 ("The guest told the court he had no excuse.", False),
 ("Gary Wills told the court he had a reasonable excuse.", False),
], body="The owner of the Royal Hotel in Tarnby has been ordered to pay £40,000 after a guest was badly burned by a faulty shower.\n\nMagistrates heard that the hotel's owner, Gary Wills, had been warned about the fault twice. He told the court he had \"no excuse\".")
_add("Calder City have sacked manager Tony Marsh after a run of nine games without a win left them 19th in the table. Coach Lee Hart will take charge for Saturday's game.", [
 ("Calder City sacked Tony Marsh.", True),
 ("Lee Hart will take charge on Saturday.", True),
 ("Calder City have gone nine games without a win.", True),
 ("Tony Marsh resigned as manager.", False),
 ("Lee Hart has been sacked.", False),
 ("Calder City are 9th in the table.", False),
 ("Tony Marsh will take charge for Saturday's game.", False),
])
_add("Westmere council has agreed to spend £3m repairing potholes, but says the backlog of road repairs would cost £95m to clear.", [
 ("The council will spend £3m on potholes.", True),
 ("Clearing the backlog would cost £95m, the council says.", True),
 ("The council will spend £95m on road repairs.", False),
 ("Clearing the backlog would cost £3m.", False),
 ("The council has refused to spend money on potholes.", False),
 ("The backlog would cost £59m to clear.", False),
])
_add("The number of hedgehogs in rural Norland has fallen by up to three-quarters since 2000, a report by two wildlife charities found, although urban numbers appear to be stabilising.", [
 ("Rural hedgehog numbers have fallen by up to three-quarters since 2000.", True),
 ("Urban hedgehog numbers appear to be stabilising.", True),
 ("The report was by two wildlife charities.", True),
 ("Urban hedgehog numbers have fallen by up to three-quarters.", False),
 ("Rural hedgehog numbers are stabilising.", False),
 ("Rural hedgehog numbers have fallen by up to a quarter since 2000.", False),
 ("Urban hedgehog numbers have stabilised.", False),
])
_add("Carmaker Norauto will close its Felby plant in 2027 with the loss of 1,100 jobs, moving production to Spain, the company confirmed on Friday.", [
 ("Norauto will close its Felby plant in 2027.", True),
 ("1,100 jobs will be lost.", True),
 ("Production will move to Spain.", True),
 ("Production will move from Spain to Felby.", False),
 ("Norauto will close its Felby plant in 2026.", False),
 ("Norauto denied it would close the plant.", False),
 ("1,100 jobs will be created.", False),
])
_add("The council, which owned the bridge, said it accepted the findings in full.", [
 ("The council accepted the inquiry's findings in full.", True),
 ("The council owned the bridge.", True),
 ("The council rejected the inquiry's findings.", False),
 ("Lord Neil Bassett said the council accepted the findings in full.", False),
 ("The inquiry owned the bridge.", False),
], body="An inquiry into the collapse of the Tarnby footbridge has found that warnings about corrosion were ignored for a decade.\n\n\"This was an accident waiting to happen,\" said the inquiry's chairman, Lord Neil Bassett. The council, which owned the bridge, said it accepted the findings in full.")
_add("A new blood test can detect bowel cancer with 90% accuracy, a trial involving 2,000 patients suggests, but it will not be available on the NHS for at least three years.", [
 ("A trial suggests a blood test can detect bowel cancer with 90% accuracy.", True),
 ("The test will not be available on the NHS for at least three years.", True),
 ("The test is available on the NHS now.", False),
 ("The trial involved 20,000 patients.", False),
 ("The test can detect bowel cancer with 99% accuracy.", False),
 ("The test will be available on the NHS within three years.", False),
 ("The test can detect lung cancer with 90% accuracy.", False),
])
_add("Night buses in Calder will be cut from 14 routes to five from April to save £800,000, the transport authority said, despite a petition signed by 9,000 people.", [
 ("Night bus routes will be cut from 14 to five.", True),
 ("The cut will save £800,000.", True),
 ("A petition was signed by 9,000 people.", True),
 ("Night bus routes will rise from five to 14.", False),
 ("The cut will cost £800,000.", False),
 ("A petition was signed by 90,000 people.", False),
 ("Night bus routes will be cut to four.", False),
])
_add("The novelist Hana Ito has won the Calder Prize for fiction for her debut, The Salt Road, beating the bookmakers' favourite, Owen Pryce.", [
 ("Hana Ito won the Calder Prize for fiction.", True),
 ("The Salt Road is Hana Ito's debut.", True),
 ("Owen Pryce was the bookmakers' favourite.", True),
 ("Owen Pryce won the Calder Prize.", False),
 ("Hana Ito was the bookmakers' favourite.", False),
 ("Hana Ito won the prize for her third novel.", False),
 ("Hana Ito won the Calder Prize for poetry.", False),
])
_add("Police in Olby have seized 300kg of cannabis worth an estimated £3m from a lorry at the port, and two men aged 28 and 35 have been charged.", [
 ("Police seized 300kg of cannabis.", True),
 ("Two men have been charged.", True),
 ("The cannabis was worth an estimated £3m.", True),
 ("Police seized 300kg of cocaine.", False),
 ("Two men have been convicted.", False),
 ("The cannabis was worth £30m.", False),
 ("Three men have been charged.", False),
])
_add("Tenant Maria Lopez said people had been complaining about cracks for years.", [
 ("Maria Lopez said residents had complained about cracks for years.", True),
 ("A tenant said people had been complaining about cracks for years.", True),
 ("Northgate Homes said people had been complaining about cracks for years.", False),
 ("Maria Lopez said nobody had complained about the cracks.", False),
 ("Maria Lopez said people had been complaining about the cracks for weeks.", False),
], body="Residents of a Felby tower block have been told to leave their homes after engineers found cracks in its concrete frame.\n\nThe housing association, Northgate Homes, said the 160 families would be put up in hotels \"for as long as it takes\". Tenant Maria Lopez said people had been complaining about cracks for years.")
_add("The number of people waiting more than a year for hospital treatment in Norland has fallen below 10,000 for the first time since 2020, but 6.3 million people remain on waiting lists.", [
 ("Fewer than 10,000 people have waited more than a year for treatment.", True),
 ("6.3 million people remain on waiting lists.", True),
 ("The number is the lowest since 2020.", True),
 ("More than 10,000 people have waited more than a year.", False),
 ("It is the first time since 2002 the figure has been below 10,000.", False),
 ("3.6 million people remain on waiting lists.", False),
 ("The waiting list has fallen below 6.3 million.", False),
])
_add("Railway operator Coastline has been stripped of its franchise after years of poor punctuality and will be replaced by a state-run operator from 1 October.", [
 ("Coastline has lost its franchise.", True),
 ("A state-run operator will take over from 1 October.", True),
 ("Coastline was stripped of its franchise because of poor punctuality.", True),
 ("Coastline will take over the franchise from 1 October.", False),
 ("Coastline has been awarded a new franchise.", False),
 ("A state-run operator will take over from 1 November.", False),
 ("Coastline was stripped of its franchise over safety failings.", False),
])
_add("Temperatures could reach 34C in Calder on Saturday, which would make it the hottest June day on record, forecasters said.", [
 ("Temperatures could reach 34C on Saturday.", True),
 ("Saturday could be the hottest June day on record.", True),
 ("Saturday was the hottest June day on record.", False),
 ("Temperatures will reach 34C on Saturday.", False),
 ("Temperatures could reach 43C.", False),
 ("Saturday could be the hottest July day on record.", False),
 ("Sunday could be the hottest June day on record.", False),
])
_add("Dr Nadia Okoye, who led the study at Westmere University, said the new drug cut the risk of a second stroke by 40% in patients over 65.", [
 ("The drug cut the risk of a second stroke by 40% in patients over 65.", True),
 ("Nadia Okoye led the study.", True),
 ("Dr Okoye said the drug cut the risk by 40%.", True),
 ("The drug cut the risk of a first stroke by 40%.", False),
 ("The drug cut the risk of a second stroke by 40% in patients under 65.", False),
 ("The drug raised the risk of a second stroke by 40%.", False),
 ("The drug cut the risk of a second stroke by 14%.", False),
])
_add("The lifeboat crew said they had been cut off for about two hours.", [
 ("The pair had been cut off for about two hours, the lifeboat crew said.", True),
 ("The lifeboat crew said the pair were cut off for roughly two hours.", True),
 ("Mike Reeve said the pair had been cut off for about two hours.", False),
 ("The pair had been cut off for about 12 hours.", False),
 ("The lifeboat crew said they had been stranded for about two days.", False),
], body="Two people have been rescued from a cliff at Selby Point after getting stranded by the tide.\n\nCoastguard Mike Reeve said the pair, a man and his daughter, were \"very lucky\". The lifeboat crew said they had been cut off for about two hours.")
_add("The price of a first-class stamp will rise by 10p to £1.45 in April, the third increase in two years, Royal Post said.", [
 ("A first-class stamp will cost £1.45 from April.", True),
 ("It is the third increase in two years.", True),
 ("A second-class stamp will rise to £1.45.", False),
 ("The price of a first-class stamp will rise by 15p.", False),
 ("It is the first increase in two years.", False),
 ("The price of a first-class stamp will fall to £1.45.", False),
 ("It is the third increase in three years.", False),
])
_add("Rescuers in Tarnby pulled a 70-year-old woman alive from the rubble of a collapsed house on Friday, 30 hours after a gas explosion killed her husband.", [
 ("A 70-year-old woman was pulled alive from the rubble.", True),
 ("Her husband was killed in a gas explosion.", True),
 ("The woman was rescued 30 hours after the explosion.", True),
 ("A 70-year-old man was pulled alive from the rubble.", False),
 ("The woman was killed in a gas explosion.", False),
 ("The woman was rescued 13 hours after the explosion.", False),
 ("Her husband was pulled alive from the rubble.", False),
])
_add("Ferrovia will buy the rail maker Halcon for €2.1bn in cash, creating Europe's second-largest train builder, but regulators in Brussels must approve the deal.", [
 ("Ferrovia will buy Halcon for €2.1bn.", True),
 ("The deal needs the approval of regulators in Brussels.", True),
 ("Halcon will buy Ferrovia for €2.1bn.", False),
 ("The deal will create Europe's largest train builder.", False),
 ("Regulators in Brussels have approved the deal.", False),
 ("Ferrovia will buy Halcon for €2.1bn in shares.", False),
 ("Ferrovia will buy Halcon for £2.1bn.", False),
])
_add("The panel said Joan Pike, 51, former head of Olby Primary, had acted \"dishonestly\" over two years.", [
 ("The panel said Joan Pike had acted dishonestly.", True),
 ("Joan Pike acted dishonestly over two years, the panel said.", True),
 ("Joan Pike said the panel had acted dishonestly.", False),
 ("The panel said Joan Pike had acted dishonestly over three years.", False),
 ("The panel said Joan Pike had acted honestly.", False),
 ("Joan Pike is the current head of Olby Primary.", False),
], body="A headteacher has been banned from teaching after a panel found she had altered pupils' exam answers.\n\nThe panel said Joan Pike, 51, former head of Olby Primary, had acted \"dishonestly\" over two years. She did not attend the hearing.")
_add("Unemployment in Norland rose to 4.4% in the three months to August, the highest rate for three years, while wage growth slowed to 5.1%.", [
 ("Unemployment rose to 4.4%.", True),
 ("Wage growth slowed to 5.1%.", True),
 ("The unemployment rate is the highest for three years.", True),
 ("Unemployment fell to 4.4%.", False),
 ("Wage growth rose to 5.1%.", False),
 ("The unemployment rate is the highest for 13 years.", False),
 ("Unemployment rose to 5.1%.", False),
])
_add("Only 52% of trains on the Coastline network arrived on time last year, compared with 61% the year before, according to the rail regulator.", [
 ("52% of Coastline trains arrived on time last year.", True),
 ("Punctuality fell from 61% to 52%.", True),
 ("61% of trains arrived on time last year.", False),
 ("Punctuality rose from 52% to 61%.", False),
 ("52% of trains were late last year.", False),
 ("Only 25% of trains arrived on time last year.", False),
])
_add("The Calder Herald, founded in 1851, will close in May after its owner, Northmedia, failed to find a buyer, with the loss of 35 jobs.", [
 ("The Calder Herald will close in May.", True),
 ("The paper was founded in 1851.", True),
 ("35 jobs will be lost.", True),
 ("Northmedia found a buyer for the Calder Herald.", False),
 ("The Calder Herald was founded in 1815.", False),
 ("The Calder Herald will close in March.", False),
 ("The Calder Herald bought Northmedia.", False),
])
_add("Firefighters expect to bring a moorland fire near Harlow under control by the weekend, though strong winds could spread it further, the fire service said.", [
 ("Firefighters expect to control the fire by the weekend.", True),
 ("Strong winds could spread the fire further.", True),
 ("Firefighters brought the fire under control at the weekend.", False),
 ("Strong winds will spread the fire further.", False),
 ("Firefighters expect to control the fire by Monday.", False),
 ("The fire service said the fire was out.", False),
])
_add("Judge Sarah Lee told him he had caused \"misery and fear\".", [
 ("The judge told Kyle Marsh he had caused misery and fear.", True),
 ("Sarah Lee said Kyle Marsh had caused misery and fear.", True),
 ("Kyle Marsh told the judge he had caused misery and fear.", False),
 ("Detectives said Kyle Marsh had caused misery and fear.", False),
 ("The judge told Kyle Marsh he had caused no harm.", False),
], body="A man has been jailed for six years for a string of burglaries in Felby.\n\nDetectives said Kyle Marsh, 29, targeted elderly people living alone. Judge Sarah Lee told him he had caused \"misery and fear\".")
_add("Heavy rain forced organisers to cancel the second day of the Westmere Show, which had attracted 18,000 visitors on its first day.", [
 ("The second day of the Westmere Show was cancelled because of heavy rain.", True),
 ("The show attracted 18,000 visitors on its first day.", True),
 ("The first day of the show was cancelled.", False),
 ("The show attracted 18,000 visitors on its second day.", False),
 ("Organisers cancelled the show because of high winds.", False),
 ("The show attracted 80,000 visitors on its first day.", False),
])
_add("Norland's biggest bank, Crestmark, reported a pre-tax profit of £3.4bn for the first half, down 8% on a year earlier, as it set aside more money for bad loans.", [
 ("Crestmark's half-year profit was £3.4bn.", True),
 ("Crestmark's profit fell 8%.", True),
 ("Crestmark set aside more money for bad loans.", True),
 ("Crestmark's profit rose 8%.", False),
 ("Crestmark's pre-tax profit was £4.3bn.", False),
 ("Crestmark set aside less money for bad loans.", False),
 ("Crestmark is Norland's smallest bank.", False),
])
_add("A rare white-tailed eagle has been spotted over the Tarn Valley for the first time in 150 years, the Tarn Wildlife Trust said, after a pair were released on the coast last spring.", [
 ("A white-tailed eagle was seen over the Tarn Valley for the first time in 150 years.", True),
 ("A pair of eagles were released last spring.", True),
 ("A golden eagle was seen over the Tarn Valley.", False),
 ("It was the first sighting in 50 years.", False),
 ("A pair of eagles were released on the coast last autumn.", False),
 ("The eagles were released over the Tarn Valley last spring.", False),
])
_add("Parents will no longer have to pay for school meals at Calder's 40 primary schools from September, after the council found £2m to fund the scheme.", [
 ("School meals at Calder's primary schools will be free from September.", True),
 ("The council found £2m for the scheme.", True),
 ("Parents will have to pay for school meals from September.", False),
 ("School meals will be free at Calder's 40 secondary schools.", False),
 ("The scheme will cost £20m.", False),
 ("The council will stop funding school meals from September.", False),
])
_add("Police have named the cyclist who died after a collision with a lorry in Olby on Monday as Ben Carter, 34, a teacher from Tarnby. The lorry driver stopped at the scene.", [
 ("The cyclist who died was Ben Carter, 34.", True),
 ("Ben Carter was a teacher from Tarnby.", True),
 ("The lorry driver stopped at the scene.", True),
 ("The lorry driver died after the collision.", False),
 ("Ben Carter was driving the lorry.", False),
 ("The lorry driver failed to stop.", False),
 ("Ben Carter, 43, died after the collision.", False),
])
_add("\"We let our customers down,\" he said.", [
 ("Simon Dale said the company had let its customers down.", True),
 ("The chief executive said Harlow Water let its customers down.", True),
 ("Ofwat said Harlow Water let its customers down.", False),
 ("Simon Dale said the company had not let its customers down.", False),
], body="The chief executive of Harlow Water, Simon Dale, has apologised after 20,000 homes were left without water for three days.\n\n\"We let our customers down,\" he said. The regulator, Ofwat, said it would investigate.")
_add("A survey of 2,000 drivers found that seven in ten support a ban on mobile phones at the wheel, but fewer than half think it is properly enforced.", [
 ("Seven in ten drivers support a ban on mobile phones at the wheel.", True),
 ("Fewer than half think the ban is properly enforced.", True),
 ("Most drivers think the ban is properly enforced.", False),
 ("Three in ten drivers support a ban.", False),
 ("The survey was of 20,000 drivers.", False),
 ("Seven in ten drivers oppose a ban on mobile phones at the wheel.", False),
])
_add("The Olby to Calder railway, closed in 1966, will reopen to passengers in 2028 after the government agreed to pay £90m towards the £120m cost.", [
 ("The railway closed in 1966.", True),
 ("The government will pay £90m.", True),
 ("The railway will reopen in 2028.", True),
 ("The railway will reopen in 2026.", False),
 ("The government will pay the full £120m cost.", False),
 ("The railway closed in 1996.", False),
 ("The government will pay £120m towards the £90m cost.", False),
])
_add("Norland's women beat Estland 28-17 in Cardiff to reach the rugby World Cup final, where they will face New Zealand, who thrashed France in the other semi-final.", [
 ("Norland's women beat Estland 28-17.", True),
 ("Norland will face New Zealand in the final.", True),
 ("New Zealand beat France in the other semi-final.", True),
 ("Estland beat Norland 28-17.", False),
 ("Norland will face France in the final.", False),
 ("France thrashed New Zealand.", False),
 ("Norland beat Estland in Dublin.", False),
])
_add("A 16-year-old boy has been charged with attempted murder after a man was stabbed outside a Westmere nightclub in the early hours of Sunday. The victim remains in a stable condition.", [
 ("A 16-year-old boy has been charged with attempted murder.", True),
 ("The victim is in a stable condition.", True),
 ("A 16-year-old boy has been charged with murder.", False),
 ("The victim has died.", False),
 ("The stabbing happened on Saturday evening.", False),
 ("A man has been charged with stabbing a 16-year-old boy.", False),
])
_add("But the NHS trust's finance director, Amir Patel, said costs had already risen by a fifth.", [
 ("Amir Patel said costs had risen by a fifth.", True),
 ("The trust's finance director said costs had already gone up by 20%.", True),
 ("Kate Foley said costs had risen by a fifth.", False),
 ("Amir Patel said costs had risen by a third.", False),
 ("Amir Patel said costs had fallen by a fifth.", False),
 ("Amir Patel said the project was fully funded.", False),
], body="Norland's health minister has said a new hospital in Calder will be built by 2030, despite warnings that the money may not be there.\n\nMinister Kate Foley said the £600m project was \"fully funded\". But the NHS trust's finance director, Amir Patel, said costs had already risen by a fifth.")
_add("The number of visitors to Norland's national parks fell by 12% last year to 9.1 million, with wet weather blamed for the fall, the parks authority said.", [
 ("Visitors to national parks fell by 12% to 9.1 million.", True),
 ("Wet weather was blamed for the fall.", True),
 ("Visitors to national parks rose by 12%.", False),
 ("Visitors fell to 1.9 million.", False),
 ("Dry weather was blamed for the fall.", False),
 ("Visitors fell by 21%.", False),
])
_add("A Westmere jury found nurse Rachel Hale not guilty of the manslaughter of a patient but could not reach a verdict on a charge of neglect.", [
 ("Rachel Hale was found not guilty of manslaughter.", True),
 ("The jury could not reach a verdict on the neglect charge.", True),
 ("Rachel Hale was found guilty of manslaughter.", False),
 ("Rachel Hale was found guilty of neglect.", False),
 ("Rachel Hale was cleared of neglect.", False),
 ("The jury could not reach a verdict on the manslaughter charge.", False),
])
_add("Tarnby Council will cut the number of street lights switched on after midnight by half to save £400,000 a year, though lights near hospitals will stay on.", [
 ("Tarnby will switch off half its street lights after midnight.", True),
 ("Lights near hospitals will stay on.", True),
 ("The change will save £400,000 a year.", True),
 ("Lights near hospitals will be switched off.", False),
 ("The change will save £4m a year.", False),
 ("The council will switch off all street lights after midnight.", False),
 ("The change will cost £400,000 a year.", False),
])
_add("An oil tanker that lost power in a storm off the Felby coast was towed to safety on Thursday, a day after its 22 crew were airlifted off, the coastguard said.", [
 ("The tanker was towed to safety on Thursday.", True),
 ("The tanker lost power in a storm.", True),
 ("The 22 crew were airlifted off a day before the tanker was towed to safety.", True),
 ("The tanker sank in a storm.", False),
 ("Its 12 crew were airlifted off.", False),
 ("The crew were airlifted off a day after the tanker was towed to safety.", False),
 ("The tanker was towed to safety on Friday.", False),
])
_add("She said the party had \"lost its way\" on housing.", [
 ("Helen Rowe said the party had lost its way on housing.", True),
 ("Ian Bell said the party had lost its way on housing.", False),
 ("Helen Rowe said the party had found its way on housing.", False),
 ("Helen Rowe said the party had lost its way on transport.", False),
], body="Tarnby's MP, Helen Rowe, has quit the Liberal Party to sit as an independent.\n\nShe said the party had \"lost its way\" on housing. Party leader Ian Bell said he was \"disappointed\" but wished her well.")
_add("Ticket prices for the Calder Festival will rise from £180 to £210 this year, but under-16s will still go free, organisers said.", [
 ("Ticket prices will rise to £210.", True),
 ("Under-16s will still go free.", True),
 ("Ticket prices will rise from £180.", True),
 ("Under-16s will have to pay £210.", False),
 ("Ticket prices will fall from £210 to £180.", False),
 ("Ticket prices will rise to £120.", False),
 ("Under-18s will go free.", False),
])
_add("Three climbers were killed in an avalanche on Ben Ardan on Saturday, and a fourth, who was dug out by his companions, is in hospital with leg injuries.", [
 ("Three climbers died in an avalanche.", True),
 ("A fourth climber is in hospital with leg injuries.", True),
 ("Four climbers were killed in an avalanche.", False),
 ("The fourth climber was dug out by rescuers.", False),
 ("The fourth climber has head injuries.", False),
 ("The avalanche happened on Sunday.", False),
])
_add("Norland has agreed to buy 12 new fighter jets from Estland for £1.8bn, the defence ministry said, with the first due to arrive in 2029.", [
 ("Norland will buy 12 fighter jets from Estland.", True),
 ("The first jet is due to arrive in 2029.", True),
 ("The deal is worth £1.8bn.", True),
 ("Estland will buy 12 fighter jets from Norland.", False),
 ("Norland will buy 21 fighter jets.", False),
 ("All the jets are due to arrive in 2029.", False),
 ("The first jet arrived in 2029.", False),
])
_add("Greyford's only A&E department will close overnight from March because of a shortage of doctors, the hospital trust said, with patients sent to Olby, 20 miles away.", [
 ("Greyford's A&E will close overnight from March.", True),
 ("Patients will be sent to Olby.", True),
 ("The closure is because of a shortage of doctors.", True),
 ("The closure is because of a shortage of nurses.", False),
 ("Greyford's A&E will close permanently from March.", False),
 ("Olby is 12 miles away.", False),
 ("Patients from Olby will be sent to Greyford.", False),
])
_add("Police said the death of Arthur Bond, 81, who had dementia, was not being treated as suspicious.", [
 ("Police said Arthur Bond's death was not being treated as suspicious.", True),
 ("Arthur Bond, 81, had dementia.", True),
 ("Police said Arthur Bond's death was being treated as suspicious.", False),
 ("Sue Bond said the death was not suspicious.", False),
 ("Arthur Bond, 18, had dementia.", False),
], body="A dog walker found the body of a missing pensioner in woodland near Harlow on Tuesday.\n\nPolice said the death of Arthur Bond, 81, who had dementia, was not being treated as suspicious. His daughter, Sue Bond, thanked the search teams.")
_add("Sales of new cars in Norland rose 9% in October, but sales of electric cars fell for the first time in four years, industry figures show.", [
 ("New car sales rose 9% in October.", True),
 ("Electric car sales fell for the first time in four years.", True),
 ("Electric car sales rose 9% in October.", False),
 ("New car sales fell in October.", False),
 ("Electric car sales fell for the fourth year running.", False),
 ("New car sales rose 19% in October.", False),
])
_add("The Calder Symphony Orchestra has cancelled its tour of Japan after its main sponsor withdrew funding, but its home season will go ahead as planned.", [
 ("The orchestra has cancelled its tour of Japan.", True),
 ("The home season will go ahead.", True),
 ("The main sponsor withdrew funding.", True),
 ("The orchestra has cancelled its home season.", False),
 ("The orchestra has cancelled its tour of China.", False),
 ("The sponsor increased its funding.", False),
 ("The orchestra's tour of Japan will go ahead as planned.", False),
])
_add("Westmere council has refused planning permission for a 40-storey tower on the waterfront, saying it would harm views of the cathedral, but the developer says it will appeal.", [
 ("The council refused permission for a 40-storey tower.", True),
 ("The developer says it will appeal.", True),
 ("The council said the tower would harm views of the cathedral.", True),
 ("The council granted permission for a 40-storey tower.", False),
 ("The developer says it will not appeal.", False),
 ("The tower would have 14 storeys.", False),
 ("The developer said the tower would harm views of the cathedral.", False),
])
_add("Brightwatt will raise its standard tariff by 6% from 1 January, adding about £100 a year to a typical bill, days after rival Norpower announced a freeze.", [
 ("Brightwatt will raise its tariff by 6%.", True),
 ("The rise adds about £100 a year to a typical bill.", True),
 ("Norpower announced a price freeze.", True),
 ("Norpower will raise its tariff by 6%.", False),
 ("Brightwatt announced a price freeze.", False),
 ("Brightwatt will raise its tariff by 16%.", False),
 ("The rise will take effect on 1 February.", False),
])
_add("The bridge cost £2.4m, paid for by the government's flood fund.", [
 ("The new bridge cost £2.4m.", True),
 ("The government's flood fund paid for the bridge.", True),
 ("The council paid £2.4m for the bridge.", False),
 ("The bridge cost £4.2m.", False),
 ("Dev Singh said the bridge cost £2.4m.", False),
], body="A new footbridge over the River Tarn has opened, a year after floods swept the old one away.\n\nCouncillor Dev Singh said it would \"reconnect two halves of the town\". The bridge cost £2.4m, paid for by the government's flood fund.")
_add("A study of 600 schools found pupils who were taught to code from age seven did better in maths at 11, though the gap closed by 16.", [
 ("Pupils taught to code from age seven did better in maths at 11.", True),
 ("The gap had closed by age 16.", True),
 ("The study looked at 600 schools.", True),
 ("Pupils taught to code did better in maths at 16.", False),
 ("Pupils taught to code from age 11 did better in maths.", False),
 ("The gap widened by 16.", False),
 ("Pupils taught to code did worse in maths at 11.", False),
])
_add("The striker Amy Cole has been ruled out for the rest of the season with a knee injury, her club Felby Rovers said, a week before the cup final.", [
 ("Amy Cole will miss the rest of the season.", True),
 ("Amy Cole has a knee injury.", True),
 ("Felby Rovers said Amy Cole has a knee injury.", True),
 ("Amy Cole will play in the cup final.", False),
 ("Amy Cole has an ankle injury.", False),
 ("Amy Cole has been ruled out for a week.", False),
])
_add("Record numbers of people are sleeping rough in Calder, with 320 counted on a single night in November, up from 210 a year earlier, a charity said.", [
 ("320 people were counted sleeping rough on a single night in November.", True),
 ("The figure was up from 210 a year earlier.", True),
 ("320 people were counted sleeping rough, down from 410.", False),
 ("The number of rough sleepers fell to 320.", False),
 ("230 people were counted sleeping rough.", False),
 ("The count took place in December.", False),
])
_add("The company is understood to be considering closing its Felby warehouse, which employs 300 people, sources told the Calder Herald.", [
 ("The Felby warehouse employs 300 people.", True),
 ("The company is thought to be considering closing its Felby warehouse.", True),
 ("Sources told the Calder Herald the warehouse employs 300 people.", True),
 ("The company will close its Felby warehouse.", False),
 ("The company has closed its Felby warehouse.", False),
 ("The Felby warehouse employs 3,000 people.", False),
])
_add("House prices in Calder have more than doubled in ten years, to an average of £310,000, while wages have risen by a quarter, the statistics office said.", [
 ("House prices in Calder have more than doubled in ten years.", True),
 ("Wages have risen by a quarter over the period.", True),
 ("The average house price in Calder is £310,000.", True),
 ("House prices in Calder have tripled in ten years.", False),
 ("Wages have more than doubled in ten years.", False),
 ("House prices have risen by a quarter.", False),
 ("The average house price in Calder is £130,000.", False),
])
_add("\"She was starving,\" he said.", [
 ("Paul Ward said his mother was starving.", True),
 ("Brightcare said she was starving.", False),
 ("Paul Ward said his mother was well fed.", False),
 ("An inspector said she was starving.", False),
], body="A care home in Olby has been ordered to close after inspectors found residents had been left without food for hours.\n\nThe owner, Brightcare, said it was \"shocked\" by the findings. Paul Ward, whose mother lived there, said she had lost a stone in weight.\n\n\"She was starving,\" he said.")
_add("The number of people killed on Norland's roads fell to 1,620 last year, the lowest since records began in 1926, though deaths among cyclists rose by 5%.", [
 ("Road deaths fell to 1,620 last year.", True),
 ("It is the lowest number since records began in 1926.", True),
 ("Deaths among cyclists rose by 5%.", True),
 ("Deaths among cyclists fell by 5%.", False),
 ("Road deaths rose to 1,620.", False),
 ("It is the lowest since records began in 1962.", False),
 ("Deaths among pedestrians rose by 5%.", False),
])
_add("Olby Rovers will play their home games at Tarnby's ground for two seasons while their own stadium is rebuilt at a cost of £45m.", [
 ("Olby Rovers will play home games at Tarnby's ground for two seasons.", True),
 ("Olby's stadium is being rebuilt at a cost of £45m.", True),
 ("Tarnby will play their home games at Olby's ground.", False),
 ("Olby Rovers will play at Tarnby's ground for three seasons.", False),
 ("The rebuild will cost £54m.", False),
 ("Olby Rovers' stadium is being demolished for housing.", False),
])
_add("Police in Harlow have arrested a 45-year-old man on suspicion of fraud after pensioners lost a total of £250,000 in a fake investment scheme.", [
 ("A 45-year-old man has been arrested on suspicion of fraud.", True),
 ("Pensioners lost a total of £250,000.", True),
 ("A 45-year-old man has been charged with fraud.", False),
 ("A 45-year-old man has been convicted of fraud.", False),
 ("Pensioners lost a total of £25,000.", False),
 ("Pensioners were arrested on suspicion of fraud.", False),
])
_add("His deputy, Lisa Chen, will lead the association until a successor is found.", [
 ("Lisa Chen will lead the association until a successor is found.", True),
 ("Lisa Chen is Greg Mason's deputy.", True),
 ("Lisa Chen has been named Greg Mason's permanent successor.", False),
 ("Greg Mason will lead the association until a successor is found.", False),
 ("Lisa Chen has stepped down.", False),
], body="The head of Norland's football association has stepped down after criticism of the team's World Cup exit.\n\nGreg Mason said it was \"the right time to go\" after eight years. His deputy, Lisa Chen, will lead the association until a successor is found.")
_add("The Met Office has issued an amber warning for wind for the whole of the north coast from 6pm on Friday, with gusts of up to 80mph expected.", [
 ("An amber wind warning has been issued for the north coast.", True),
 ("Gusts of up to 80mph are expected.", True),
 ("The warning starts at 6pm on Friday.", True),
 ("A red wind warning has been issued.", False),
 ("Gusts of 80mph have been recorded.", False),
 ("The warning starts at 6am on Friday.", False),
 ("Gusts of up to 60mph are expected.", False),
])
_add("Tarnby Council's leader, Asha Bains, survived a vote of no confidence by 31 votes to 24, after opposition councillors accused her of mishandling the budget.", [
 ("Asha Bains survived a vote of no confidence.", True),
 ("The vote was 31 to 24.", True),
 ("Opposition councillors accused Asha Bains of mishandling the budget.", True),
 ("Asha Bains lost a vote of no confidence.", False),
 ("Asha Bains accused opposition councillors of mishandling the budget.", False),
 ("Asha Bains survived by 31 votes to 14.", False),
])
_add("Demand for the Calder food bank has risen by 40% since January, with a third of those helped in work, its manager, Tom Price, said.", [
 ("Demand for the food bank has risen by 40% since January.", True),
 ("A third of those helped are in work, Tom Price said.", True),
 ("Demand has risen by 40% since June.", False),
 ("A third of those helped are out of work.", False),
 ("Demand has fallen by 40%.", False),
 ("Tom Price said two-thirds of those helped are in work.", False),
])
_add("The government has scrapped plans to build a new runway at Westmere airport, citing climate targets, but will allow an extra 10,000 flights a year on the existing one.", [
 ("Plans for a new runway at Westmere airport have been scrapped.", True),
 ("An extra 10,000 flights a year will be allowed.", True),
 ("The government cited climate targets.", True),
 ("The government approved a new runway at Westmere airport.", False),
 ("The government will cut 10,000 flights a year.", False),
 ("An extra 100,000 flights a year will be allowed.", False),
 ("The government cited noise for scrapping the runway.", False),
])
_add("Maya Frost, 15, completed the challenge on Sunday with her father, Ian.", [
 ("Maya Frost completed the challenge on Sunday.", True),
 ("She completed the challenge with her father.", True),
 ("Maya Frost completed the challenge with her mother.", False),
 ("Maya Frost, 15, completed the challenge on Saturday.", False),
 ("Ian Frost completed the challenge alone.", False),
 ("Maya Frost is 16.", False),
], body="A teenage climber has become the youngest person to climb all 282 of Norland's highest peaks.\n\nMaya Frost, 15, completed the challenge on Sunday with her father, Ian. \"I can't quite believe it,\" she said.")
_add("Grain prices have jumped 12% since the drought in Estland cut its wheat harvest by a third, traders said.", [
 ("Grain prices have jumped 12%.", True),
 ("The drought cut Estland's wheat harvest by a third.", True),
 ("Grain prices have fallen 12%.", False),
 ("The drought cut Estland's wheat harvest by half.", False),
 ("Flooding cut Estland's wheat harvest.", False),
 ("Grain prices have jumped 21%.", False),
])
_add("Calder University will cut 200 jobs, a tenth of its staff, after a fall in overseas students left it with a £30m deficit.", [
 ("Calder University will cut 200 jobs.", True),
 ("The university has a £30m deficit.", True),
 ("The cuts are a tenth of its staff.", True),
 ("Calder University will create 200 jobs.", False),
 ("The university has a £30m surplus.", False),
 ("The cuts are a fifth of its staff.", False),
 ("A rise in overseas students left the university with a deficit.", False),
])
_add("Two men who escaped from Olby prison on Tuesday have been recaptured, but a third remains at large, police said.", [
 ("Two escaped prisoners have been recaptured.", True),
 ("A third man remains at large.", True),
 ("Three men have been recaptured.", False),
 ("Two men escaped on Thursday.", False),
 ("All the escaped men have been recaptured.", False),
 ("The third man has been recaptured.", False),
])
_add("Trader Jan Wood said it would \"kill the town centre\".", [
 ("Jan Wood said the closure would kill the town centre.", True),
 ("A trader said the closure would kill the town centre.", True),
 ("The council said it would kill the town centre.", False),
 ("Jan Wood said the closure would help the town centre.", False),
], body="Shoppers in Felby face a week of disruption as the main car park closes for repairs.\n\nThe council said the work would take six days and cost £80,000. Trader Jan Wood said it would \"kill the town centre\".")
_add("Norland's inflation rate fell to 2.1% in September from 2.6% in August, the lowest since 2021, as petrol prices dropped.", [
 ("Inflation fell to 2.1% in September.", True),
 ("Inflation was 2.6% in August.", True),
 ("Petrol prices dropped.", True),
 ("Inflation rose to 2.1% in September.", False),
 ("Inflation fell to 2.6% in September.", False),
 ("It is the lowest rate since 2012.", False),
 ("Petrol prices rose.", False),
])
_add("A 3,000-year-old wooden boat has been found in a peat bog near Tarnby by a farmer digging a drainage ditch, archaeologists said.", [
 ("A 3,000-year-old boat was found near Tarnby.", True),
 ("A farmer found the boat while digging a ditch.", True),
 ("Archaeologists found the boat while digging a ditch.", False),
 ("A 300-year-old boat was found.", False),
 ("A stone boat was found in a peat bog.", False),
 ("The boat was found in a river near Tarnby.", False),
])
_add("The Harlow Marathon was won by Kenyan runner Peter Otieno in a course record of 2:06:40, beating Estland's Jon Vik by 12 seconds.", [
 ("Peter Otieno won the Harlow Marathon.", True),
 ("Peter Otieno set a course record of 2:06:40.", True),
 ("Peter Otieno beat Jon Vik by 12 seconds.", True),
 ("Jon Vik won the Harlow Marathon.", False),
 ("Peter Otieno beat Jon Vik by 21 seconds.", False),
 ("Jon Vik set a course record.", False),
 ("Peter Otieno set a world record.", False),
])
_add("A new cancer centre in Calder will treat 4,000 patients a year when it opens in 2027, cutting journeys for many who now travel to Olby.", [
 ("The cancer centre will treat 4,000 patients a year.", True),
 ("The centre will open in 2027.", True),
 ("Many patients now travel to Olby.", True),
 ("The centre will treat 400 patients a year.", False),
 ("Patients from Calder will have to travel further to Olby.", False),
 ("The centre has opened.", False),
])
_add("Water company Tarn Water has been fined £1.2m after sewage was pumped into the River Felby for three days, killing thousands of fish.", [
 ("Tarn Water was fined £1.2m.", True),
 ("Sewage was pumped into the River Felby for three days.", True),
 ("Thousands of fish were killed.", True),
 ("Tarn Water was fined £12m.", False),
 ("Sewage was pumped into the river for three weeks.", False),
 ("Tarn Water was cleared over the sewage spill.", False),
 ("Hundreds of fish were killed.", False),
])
_add("Ambassador Carl Dunne said he had been misquoted.", [
 ("Carl Dunne said he had been misquoted.", True),
 ("The ambassador says he was misquoted.", True),
 ("Estland's foreign ministry said Carl Dunne had been misquoted.", False),
 ("Carl Dunne admitted making the remarks.", False),
 ("Carl Dunne said he had been quoted accurately.", False),
], body="Norland's ambassador to Estland has been summoned after comments about the country's election.\n\nEstland's foreign ministry said the remarks were \"unacceptable interference\". Ambassador Carl Dunne said he had been misquoted.")
_add("Passenger numbers at Felby airport rose 18% to 2.3 million last year, but are still below the 2.9 million of 2019.", [
 ("Passenger numbers rose 18% to 2.3 million.", True),
 ("Passenger numbers are still below 2019 levels.", True),
 ("Passenger numbers were 2.9 million in 2019.", True),
 ("Passenger numbers are above 2019 levels.", False),
 ("Passenger numbers rose 18% to 2.9 million.", False),
 ("Passenger numbers fell 18%.", False),
 ("Passenger numbers rose 81%.", False),
])
_add("An Olby man who won £2m on the lottery has given half to a children's hospice where his daughter was cared for.", [
 ("An Olby man won £2m on the lottery.", True),
 ("He gave half his winnings to a children's hospice.", True),
 ("He gave £1m to a children's hospice.", True),
 ("He gave all his winnings to a children's hospice.", False),
 ("He gave half his winnings to a hospital.", False),
 ("He won £20m on the lottery.", False),
 ("His son was cared for at the hospice.", False),
])
_add("Schools in Tarnby will close at 1pm on Friday so staff can attend the funeral of head teacher Ruth Ames, who died in a car crash last week.", [
 ("Schools in Tarnby will close early on Friday.", True),
 ("Ruth Ames died in a car crash last week.", True),
 ("Staff will attend the funeral of Ruth Ames.", True),
 ("Schools will close at 1pm on Monday.", False),
 ("Ruth Ames died in a fire.", False),
 ("Schools will close all day on Friday.", False),
])
# round 125
_add("The Felby Gazette, which has been printed every week since 1851, will publish its last edition on Thursday after its owner failed to find a buyer.", [
 ("The Felby Gazette will publish its last edition on Thursday.", True),
 ("The paper has been printed since 1851.", True),
 ("The owner could not find a buyer for the paper.", True),
 ("The Felby Gazette has been sold to a new owner.", False),
 ("The paper has been printed every day since 1851.", False),
 ("The Felby Gazette will publish its first edition on Thursday.", False),
 ("The paper has been printed since 1815.", False),
])
_add("Deputy leader Sara Moss said the party had \"no plans\" to raise income tax.", [
 ("Sara Moss said the party had no plans to raise income tax.", True),
 ("The deputy leader said there were no plans to raise income tax.", True),
 ("Party leader Tom Hale said there were no plans to raise income tax.", False),
 ("Sara Moss said the party would raise income tax.", False),
 ("Sara Moss said the party had no plans to cut income tax.", False),
], body="The opposition Labour Alliance has set out its spending plans ahead of next month's election.\n\nParty leader Tom Hale promised 5,000 more nurses. Deputy leader Sara Moss said the party had \"no plans\" to raise income tax.")
_add("A lorry carrying 20 tonnes of oranges overturned on the A40 near Olby early on Monday, closing the road for nine hours; the driver was unhurt.", [
 ("A lorry carrying oranges overturned on the A40.", True),
 ("The road was closed for nine hours.", True),
 ("The driver was not hurt.", True),
 ("The driver was seriously injured.", False),
 ("The road was closed for nineteen hours.", False),
 ("A lorry carrying 20 tonnes of apples overturned.", False),
 ("The lorry overturned late on Monday.", False),
])
_add("Estland has recalled its ambassador from Norland in protest at the arrest of two Estland journalists in Harlow last week.", [
 ("Estland recalled its ambassador from Norland.", True),
 ("Two Estland journalists were arrested in Harlow.", True),
 ("Norland recalled its ambassador from Estland.", False),
 ("Two Norland journalists were arrested in Estland.", False),
 ("Estland expelled Norland's ambassador.", False),
 ("The journalists were released last week.", False),
])
_add("The number of homes sold in Norland fell for a third month in a row in October, to 61,000, and could fall further if rates rise again, estate agents warned.", [
 ("Home sales fell for a third month in a row.", True),
 ("61,000 homes were sold in October.", True),
 ("Estate agents warned sales could fall further.", True),
 ("Home sales rose for a third month in a row.", False),
 ("Home sales will fall further, estate agents said.", False),
 ("Home sales fell for a fourth month in a row.", False),
 ("16,000 homes were sold in October.", False),
])
# round 126
_add("Calder Rovers sacked head coach Dan Price on Sunday, a day after a 4-0 home defeat to Olby left them bottom of the league.", [
 ("Calder Rovers sacked Dan Price on Sunday.", True),
 ("Calder Rovers lost 4-0 at home to Olby.", True),
 ("Calder Rovers are bottom of the league.", True),
 ("Dan Price resigned as head coach.", False),
 ("Calder Rovers beat Olby 4-0.", False),
 ("Olby are bottom of the league.", False),
 ("Calder Rovers sacked Dan Price on Saturday.", False),
])
_add("A spokeswoman for the airline said the delays were caused by a shortage of air traffic controllers, not by its own staff.", [
 ("The airline said a shortage of air traffic controllers caused the delays.", True),
 ("The airline blamed a shortage of air traffic controllers.", True),
 ("The airline blamed its own staff for the delays.", False),
 ("The air traffic control service said the delays were caused by the airline.", False),
 ("The airline said the delays were caused by bad weather.", False),
], body="Thousands of passengers were stranded at Felby airport on Friday after NorAir cancelled 40 flights.\n\nA spokeswoman for the airline said the delays were caused by a shortage of air traffic controllers, not by its own staff. The air traffic control service declined to comment.")
_add("Police are appealing for witnesses after a 72-year-old man was knocked down by a cyclist in Tarnby High Street on Saturday afternoon.", [
 ("A 72-year-old man was knocked down by a cyclist.", True),
 ("Police are appealing for witnesses.", True),
 ("A cyclist was knocked down by a 72-year-old man.", False),
 ("A 72-year-old man was knocked down by a car.", False),
 ("A 27-year-old man was knocked down by a cyclist.", False),
 ("The man was knocked down on Saturday morning.", False),
])
_add("Harlow council is considering a ban on new fast food outlets within 400 metres of schools, a report shows.", [
 ("Harlow council is considering a ban on new fast food outlets near schools.", True),
 ("The proposed ban covers 400 metres around schools.", True),
 ("Harlow council has banned new fast food outlets near schools.", False),
 ("Harlow council is considering a ban within 4,000 metres of schools.", False),
 ("Harlow council is considering closing existing fast food outlets.", False),
])
_add("The drug, made by Olby-based Vantis, cut the risk of a second heart attack by about a quarter in a trial of 9,000 patients, but raised the risk of bleeding.", [
 ("The drug cut the risk of a second heart attack by about a quarter.", True),
 ("The trial involved 9,000 patients.", True),
 ("The drug raised the risk of bleeding.", True),
 ("The drug cut the risk of a second heart attack by about a half.", False),
 ("The drug cut the risk of bleeding.", False),
 ("The drug raised the risk of a second heart attack.", False),
 ("The trial involved 900 patients.", False),
])
# round 127
_add("Former minister Alan Reed, 81, who led Norland's talks to join the trade bloc in 1994, has died, his family said.", [
 ("Alan Reed has died.", True),
 ("Alan Reed led Norland's talks to join the trade bloc.", True),
 ("Alan Reed was 81.", True),
 ("Alan Reed led Norland's talks to leave the trade bloc.", False),
 ("Alan Reed led the talks in 1984.", False),
 ("Alan Reed, 71, has died.", False),
 ("The government announced Alan Reed's death.", False),
])
_add("Asked whether the bridge was safe, the engineer, Mark Ellis, said: \"I would not let my own children cross it.\"", [
 ("Mark Ellis said he would not let his own children cross the bridge.", True),
 ("The engineer said he would not let his children cross the bridge.", True),
 ("Council leader Jo Hart said she would not let her children cross the bridge.", False),
 ("Mark Ellis said the bridge was safe.", False),
 ("Mark Ellis said he would let his children cross the bridge.", False),
], body="Fresh doubts have been raised over the safety of the Old Bridge in Calder.\n\nCouncil leader Jo Hart insisted it would stay open. Asked whether the bridge was safe, the engineer, Mark Ellis, said: \"I would not let my own children cross it.\"")
_add("Unemployment in Norland rose to 4.8% in the three months to September, up from 4.5%, with young people hit hardest.", [
 ("Unemployment rose to 4.8%.", True),
 ("Unemployment was previously 4.5%.", True),
 ("Young people were hit hardest.", True),
 ("Unemployment fell to 4.8%.", False),
 ("Unemployment rose to 4.5%.", False),
 ("Older people were hit hardest.", False),
 ("Unemployment rose to 4.8% in the three months to June.", False),
])
_add("Pilots at NorAir will strike for 48 hours from Friday unless the airline improves its pay offer, their union said.", [
 ("NorAir pilots will strike for 48 hours from Friday unless the pay offer improves.", True),
 ("The pilots' union threatened a 48-hour strike.", True),
 ("NorAir pilots will strike for 48 hours from Friday.", False),
 ("NorAir pilots will strike for 24 hours.", False),
 ("Cabin crew at NorAir will strike.", False),
 ("The pilots have accepted the pay offer.", False),
])
_add("Thieves stole £50,000 of copper cable from a railway line near Harlow overnight, causing delays for 30,000 commuters, Norland Rail said.", [
 ("Copper cable worth £50,000 was stolen from a railway line.", True),
 ("The theft caused delays for 30,000 commuters.", True),
 ("Thieves stole £15,000 of copper cable.", False),
 ("The theft caused delays for 3,000 commuters.", False),
 ("Thieves stole copper cable from a power station near Harlow.", False),
 ("Norland Rail staff stole copper cable.", False),
])
# round 128
_add("A six-year-old girl was rescued by a lifeguard after being swept out to sea on an inflatable unicorn at Felby beach.", [
 ("A lifeguard rescued a six-year-old girl.", True),
 ("The girl was swept out to sea on an inflatable unicorn.", True),
 ("A six-year-old girl rescued a lifeguard.", False),
 ("A six-year-old boy was rescued.", False),
 ("A fisherman rescued the girl.", False),
 ("The girl was swept out to sea on a surfboard.", False),
])
_add("Ms Webb said the charity had been \"let down\" by the council, which she said had promised funding and then withdrawn it.", [
 ("Ms Webb said the charity had been let down by the council.", True),
 ("Ms Webb said the council had withdrawn funding it had promised.", True),
 ("The council said the charity had been let down.", False),
 ("Ms Webb said the council had increased its funding.", False),
 ("Ms Webb said the council had never promised funding.", False),
], body="A homeless shelter in Olby will close next month after 20 years.\n\nLiz Webb, who runs the Open Door charity, said 30 people would lose their beds. Ms Webb said the charity had been \"let down\" by the council, which she said had promised funding and then withdrawn it.")
_add("The average price of a pint of milk has risen by 11p in a year to 63p, the fastest increase since records began, according to the Office for Statistics.", [
 ("The average price of a pint of milk has risen to 63p.", True),
 ("The price of milk has risen by 11p in a year.", True),
 ("Milk prices have fallen to 63p.", False),
 ("The price of milk has risen by 11p in a month.", False),
 ("It is the slowest increase since records began.", False),
 ("The price of milk has risen to 36p.", False),
])
_add("Police have charged a 34-year-old woman with fraud after £400,000 went missing from a Tarnby church's restoration fund.", [
 ("A 34-year-old woman has been charged with fraud.", True),
 ("£400,000 went missing from a restoration fund.", True),
 ("A 34-year-old woman has been convicted of fraud.", False),
 ("A 43-year-old woman has been charged with fraud.", False),
 ("£40,000 went missing from the fund.", False),
 ("A 34-year-old man has been charged with fraud.", False),
])
_add("Norland's largest supermarket, FreshCo, said it expects profits to fall this year as it keeps prices low to fight off discount rivals.", [
 ("FreshCo expects profits to fall this year.", True),
 ("FreshCo is keeping prices low to fight off discount rivals.", True),
 ("FreshCo's profits fell this year.", False),
 ("FreshCo expects profits to rise this year.", False),
 ("FreshCo is raising prices.", False),
 ("FreshCo is Norland's smallest supermarket.", False),
])
# round 129
_add("The Norland women's team beat Estland 3-1 in Harlow on Tuesday to reach the World Cup for the first time.", [
 ("Norland's women beat Estland 3-1.", True),
 ("Norland's women reached the World Cup for the first time.", True),
 ("Estland beat Norland's women 3-1.", False),
 ("Norland's women beat Estland 3-1 on Thursday.", False),
 ("Norland's women have reached the World Cup before.", False),
 ("Norland's women beat Estland 3-2.", False),
])
_add("But the head of the schools inspectorate, Ann Lowe, warned that the new tests could \"narrow what children learn\".", [
 ("Ann Lowe warned the tests could narrow what children learn.", True),
 ("The head of the schools inspectorate warned about the new tests.", True),
 ("Education secretary Paul Kerr warned the tests could narrow what children learn.", False),
 ("Ann Lowe said the tests will narrow what children learn.", False),
 ("Ann Lowe said the tests would widen what children learn.", False),
], body="Children in Norland will sit new reading tests at the age of seven from next year.\n\nEducation secretary Paul Kerr said the tests would \"catch problems early\". But the head of the schools inspectorate, Ann Lowe, warned that the new tests could \"narrow what children learn\".")
_add("A fire at a recycling plant in Olby sent smoke across the city on Wednesday, and residents were told to keep windows closed; no one was hurt.", [
 ("A fire broke out at a recycling plant in Olby.", True),
 ("Residents were told to keep their windows closed.", True),
 ("No one was hurt in the fire.", True),
 ("Residents were told to leave their homes.", False),
 ("Two people were hurt in the fire.", False),
 ("A fire broke out at a chemical plant in Olby.", False),
 ("The fire happened on Thursday.", False),
])
_add("The bank will close 45 branches next year, leaving 120, as more customers bank online, it said.", [
 ("The bank will close 45 branches next year.", True),
 ("The bank will have 120 branches left.", True),
 ("The bank says more customers bank online.", True),
 ("The bank will open 45 branches next year.", False),
 ("The bank will close 120 branches.", False),
 ("The bank will have 165 branches left.", False),
 ("The bank closed 45 branches last year.", False),
])
_add("Estland's president vetoed a bill that would have allowed shops to open on Sundays, saying it would harm family life.", [
 ("Estland's president vetoed the Sunday trading bill.", True),
 ("The president said the bill would harm family life.", True),
 ("Estland's president signed a bill allowing Sunday trading.", False),
 ("Shops in Estland can now open on Sundays.", False),
 ("The president said the bill would help family life.", False),
 ("Estland's parliament vetoed the bill.", False),
])
# round 130
_add("A rare white stork has been seen in Norland for the first time in 40 years, at a nature reserve near Calder, birdwatchers said.", [
 ("A white stork was seen near Calder.", True),
 ("It is the first sighting in Norland in 40 years.", True),
 ("A black stork was seen near Calder.", False),
 ("It is the first sighting in 14 years.", False),
 ("A white stork was seen at a nature reserve near Olby.", False),
 ("White storks are seen in Norland every year.", False),
])
_add("Olby's mayor, Kate Young, said she was \"shocked\" by the figures and ordered an inquiry.", [
 ("Kate Young said she was shocked by the figures.", True),
 ("The mayor ordered an inquiry.", True),
 ("The police chief said he was shocked by the figures.", False),
 ("Kate Young said she was not surprised by the figures.", False),
 ("Kate Young refused to order an inquiry.", False),
], body="Crime in Olby rose by a fifth last year, police figures show.\n\nThe city's police chief, Rob Sims, blamed cuts to officer numbers. Olby's mayor, Kate Young, said she was \"shocked\" by the figures and ordered an inquiry.")
_add("The ferry, carrying 310 passengers, ran aground off the island of Varn on Saturday night; all were taken off safely by lifeboat crews.", [
 ("The ferry ran aground off Varn.", True),
 ("All 310 passengers were taken off safely.", True),
 ("Lifeboat crews took the passengers off.", True),
 ("The ferry sank off Varn.", False),
 ("Some passengers were injured.", False),
 ("The ferry was carrying 130 passengers.", False),
 ("The ferry ran aground on Sunday night.", False),
])
_add("Tenants in the Calder tower block had complained about damp for five years before the council acted, the ombudsman found.", [
 ("Tenants complained about damp for five years.", True),
 ("The ombudsman found the council took years to act.", True),
 ("The council acted as soon as tenants complained.", False),
 ("Tenants complained about damp for fifteen years.", False),
 ("The council found tenants had complained about noise.", False),
])
_add("Sales of electric cars in Norland jumped 40% last year to 180,000, about one in six new cars, the motor industry body said.", [
 ("Electric car sales rose 40% last year.", True),
 ("About one in six new cars sold was electric.", True),
 ("180,000 electric cars were sold last year.", True),
 ("Electric car sales fell 40% last year.", False),
 ("About one in three new cars sold was electric.", False),
 ("18,000 electric cars were sold last year.", False),
 ("Electric car sales rose 40% this year.", False),
])
# round 131
_add("Construction of the Tarnby bypass, first promised in 1998, will finally begin in March and take three years, the transport department said.", [
 ("Work on the Tarnby bypass will begin in March.", True),
 ("The bypass was first promised in 1998.", True),
 ("Construction will take three years.", True),
 ("Work on the Tarnby bypass began in March.", False),
 ("Construction will take thirteen years.", False),
 ("The bypass was first promised in 1989.", False),
 ("The transport department has scrapped the Tarnby bypass.", False),
])
_add("\"We were never told the school was going to close,\" said parent Amy Ford, whose two sons attend it.", [
 ("Amy Ford said parents were never told the school would close.", True),
 ("A parent said they were never told the school was going to close.", True),
 ("The head teacher said parents were never told the school would close.", False),
 ("Amy Ford said parents had been told the school would close.", False),
 ("Amy Ford's two daughters attend the school.", False),
], body="Parents have protested outside St Mark's primary in Felby after it was announced it would shut in July.\n\nThe head teacher, Neil Grant, said falling numbers left no choice. \"We were never told the school was going to close,\" said parent Amy Ford, whose two sons attend it.")
_add("Shares in miner Ostra fell 9% on Thursday after it cut its forecast for copper output for the second time this year.", [
 ("Shares in Ostra fell 9% on Thursday.", True),
 ("Ostra cut its copper output forecast.", True),
 ("Shares in Ostra rose 9% on Thursday.", False),
 ("Ostra raised its copper output forecast.", False),
 ("Ostra cut its forecast for the first time this year.", False),
 ("Shares in Ostra fell 19% on Thursday.", False),
])
_add("Mr Hale has denied claims that he used party funds to pay for a family holiday.", [
 ("Mr Hale denied using party funds to pay for a family holiday.", True),
 ("Mr Hale denies paying for a holiday with party funds.", True),
 ("Mr Hale admitted using party funds to pay for a family holiday.", False),
 ("Mr Hale used party funds to pay for a family holiday.", False),
 ("Mr Hale denied using public funds to pay for a holiday.", False),
])
_add("At least 14 people died and hundreds were left homeless when floods hit southern Estland over the weekend, officials said.", [
 ("At least 14 people died in floods in southern Estland.", True),
 ("Hundreds were left homeless.", True),
 ("At least 40 people died in the floods.", False),
 ("Floods hit northern Estland.", False),
 ("Thousands were left homeless.", False),
 ("Exactly 14 people were injured in the floods.", False),
])
# round 132
_add("Olby Zoo's oldest resident, a 64-year-old elephant called Rani, was put down on Monday after her health declined, keepers said.", [
 ("Rani the elephant was put down on Monday.", True),
 ("Rani was 64 years old.", True),
 ("Rani was Olby Zoo's oldest resident.", True),
 ("Rani the elephant was born on Monday.", False),
 ("Rani was Olby Zoo's youngest resident.", False),
 ("Rani was 46 years old.", False),
 ("Rani the giraffe was put down.", False),
])
_add("The report, written by former judge Helen Croft, found that officers had \"repeatedly ignored\" warnings.", [
 ("Helen Croft's report found officers had repeatedly ignored warnings.", True),
 ("A report found officers repeatedly ignored warnings.", True),
 ("Chief Constable Alan Burke found officers had repeatedly ignored warnings.", False),
 ("The report found officers had acted on warnings.", False),
 ("Helen Croft's report found officers had never received warnings.", False),
], body="A report into the police handling of the Harlow riots has been published.\n\nChief Constable Alan Burke apologised to the families. The report, written by former judge Helen Croft, found that officers had \"repeatedly ignored\" warnings.")
_add("A trial of a four-day week at 60 Norland firms found that staff took 65% fewer sick days, and 56 of the firms will keep it.", [
 ("Staff took 65% fewer sick days in the four-day week trial.", True),
 ("56 of the 60 firms will keep the four-day week.", True),
 ("Staff took 65% more sick days.", False),
 ("All 60 firms will keep the four-day week.", False),
 ("56 firms will drop the four-day week.", False),
 ("The trial involved 600 firms.", False),
])
_add("Emergency services were called to the Norland Stadium after part of a stand collapsed during a concert, injuring 12 fans, three of them seriously.", [
 ("Part of a stand collapsed during a concert.", True),
 ("Twelve fans were injured.", True),
 ("Three fans were seriously injured.", True),
 ("Twelve fans were seriously injured.", False),
 ("Part of a stand collapsed during a football match.", False),
 ("Three fans were killed.", False),
])
_add("Harlow's new light rail line opened on Saturday, two years late and £90m over budget.", [
 ("Harlow's light rail line opened on Saturday.", True),
 ("The line was two years late.", True),
 ("The line was £90m over budget.", True),
 ("The line opened on time.", False),
 ("The line came in £90m under budget.", False),
 ("The line was three years late.", False),
 ("Harlow's light rail line will open on Saturday.", False),
])
# round 133
_add("Estland's central bank left interest rates unchanged at 3.5% on Thursday but signalled it could cut them early next year.", [
 ("Estland's central bank held rates at 3.5%.", True),
 ("The bank signalled it could cut rates early next year.", True),
 ("Estland's central bank cut rates to 3.5%.", False),
 ("The bank will cut rates early next year.", False),
 ("Estland's central bank raised rates on Thursday.", False),
 ("The bank signalled it could raise rates next year.", False),
])
_add("The striker, who joined from Calder for £12m in the summer, has scored only once in 15 games.", [
 ("The striker joined from Calder for £12m.", True),
 ("He has scored once in 15 games.", True),
 ("The striker joined Calder for £12m.", False),
 ("He has scored 15 times.", False),
 ("The striker joined from Calder for £21m.", False),
 ("He has scored five times in 15 games.", False),
])
_add("Residents voted by 812 to 640 against plans for 300 homes on the edge of Felby, in the town's first local referendum.", [
 ("Residents voted against plans for 300 homes.", True),
 ("The vote was 812 to 640.", True),
 ("It was the town's first local referendum.", True),
 ("Residents voted in favour of plans for 300 homes.", False),
 ("Residents voted against plans for 3,000 homes.", False),
 ("It was the town's second local referendum.", False),
])
_add("Ben Cole, 19, was jailed for six years for causing the death of a pedestrian by dangerous driving, while his passenger was cleared.", [
 ("Ben Cole was jailed for six years.", True),
 ("Ben Cole caused the death of a pedestrian by dangerous driving.", True),
 ("Ben Cole's passenger was cleared.", True),
 ("Ben Cole was cleared.", False),
 ("Ben Cole's passenger was jailed for six years.", False),
 ("Ben Cole was jailed for sixteen years.", False),
 ("Ben Cole, 91, was jailed.", False),
])
_add("The festival's organisers said about 80,000 people attended over the three days, up from 65,000 last year, despite heavy rain on Saturday.", [
 ("About 80,000 people attended the festival.", True),
 ("Attendance was up from 65,000 last year.", True),
 ("It rained heavily on Saturday.", True),
 ("Attendance fell from 80,000 to 65,000.", False),
 ("About 80,000 people attended on Saturday alone.", False),
 ("The festival lasted four days.", False),
 ("It rained heavily on Sunday.", False),
])
# round 134
_add("A Norland court has ordered TechNor to pay £3m to a former engineer who was sacked after raising safety concerns.", [
 ("TechNor was ordered to pay £3m to a former engineer.", True),
 ("The engineer was sacked after raising safety concerns.", True),
 ("The former engineer was ordered to pay TechNor £3m.", False),
 ("TechNor was ordered to pay £30m.", False),
 ("The engineer resigned after raising safety concerns.", False),
 ("TechNor was cleared by the court.", False),
])
_add("Mr Burke, who was not at the meeting, later said the decision had been \"a mistake\".", [
 ("Mr Burke said the decision had been a mistake.", True),
 ("Alan Burke later called the decision a mistake.", True),
 ("Mr Burke was at the meeting.", False),
 ("Jo Hart said the decision had been a mistake.", False),
 ("Mr Burke said the decision had been right.", False),
], body="Calder council's planning committee approved the waste plant on a vote of five to four.\n\nCommittee chair Jo Hart said the plant was needed. Council leader Alan Burke did not vote. Mr Burke, who was not at the meeting, later said the decision had been \"a mistake\".")
_add("The storm brought winds of up to 90mph to the west coast overnight, leaving 50,000 homes without power, the energy network said on Tuesday.", [
 ("Winds reached up to 90mph.", True),
 ("50,000 homes were left without power.", True),
 ("Winds reached up to 190mph.", False),
 ("500,000 homes were left without power.", False),
 ("The storm hit the east coast.", False),
 ("All homes had power restored on Tuesday.", False),
])
_add("Archaeologists believe the skeleton, found under a car park in Olby, may be that of a medieval bishop.", [
 ("A skeleton was found under a car park in Olby.", True),
 ("Archaeologists think the skeleton may be a medieval bishop's.", True),
 ("The skeleton is that of a medieval bishop.", False),
 ("Archaeologists have confirmed the skeleton is a bishop's.", False),
 ("A skeleton was found under a church in Olby.", False),
 ("The skeleton may be that of a medieval king.", False),
])
_add("The charity's chief executive, Ruth Dale, stepped down on Friday after an investigation found she had bullied staff, which she denies.", [
 ("Ruth Dale stepped down on Friday.", True),
 ("An investigation found Ruth Dale had bullied staff.", True),
 ("Ruth Dale denies bullying staff.", True),
 ("Ruth Dale admitted bullying staff.", False),
 ("Ruth Dale was sacked on Friday.", False),
 ("An investigation cleared Ruth Dale of bullying staff.", False),
 ("Staff bullied Ruth Dale.", False),
])
# round 135
_add("Norland's biggest union, Unite North, has called off next week's rail strike after the operator improved its pay offer to 6%, the union said.", [
 ("Next week's rail strike has been called off.", True),
 ("The operator improved its pay offer to 6%.", True),
 ("The union called off the strike after a better pay offer.", True),
 ("The rail strike will go ahead next week.", False),
 ("The operator called off the strike.", False),
 ("The operator cut its pay offer to 6%.", False),
 ("The pay offer was improved to 9%.", False),
])
_add("\"We have been treated as an afterthought,\" said Jon Pike, who has run the village shop for 30 years.", [
 ("Jon Pike said the village had been treated as an afterthought.", True),
 ("The shopkeeper said they had been treated as an afterthought.", True),
 ("Councillor Meg Ross said the village had been treated as an afterthought.", False),
 ("Jon Pike has run the village shop for 13 years.", False),
 ("Jon Pike said the village had been well looked after.", False),
], body="The last bus service to the village of Stowe will end in March, the county council has confirmed.\n\nCouncillor Meg Ross said the route lost £90,000 a year. \"We have been treated as an afterthought,\" said Jon Pike, who has run the village shop for 30 years.")
_add("A sinkhole 10 metres wide opened in a Tarnby street overnight, swallowing a parked van; residents of six nearby houses were moved out as a precaution.", [
 ("A sinkhole opened in a Tarnby street overnight.", True),
 ("The sinkhole swallowed a parked van.", True),
 ("Residents of six houses were moved out.", True),
 ("The sinkhole was 100 metres wide.", False),
 ("A van driver was swallowed by the sinkhole.", False),
 ("Residents of sixty houses were moved out.", False),
 ("Residents refused to leave their homes.", False),
])
_add("The hospital has apologised after a patient was sent home with a broken hip that doctors had missed, the health trust said.", [
 ("The hospital apologised to a patient.", True),
 ("Doctors missed a broken hip.", True),
 ("The patient was sent home with a broken hip.", True),
 ("The patient has apologised to the hospital.", False),
 ("Doctors found the broken hip straight away.", False),
 ("The patient was sent home with a broken wrist.", False),
])
_add("Ticket prices at Harlow United will rise by 5% next season, the first increase in four years, the club said.", [
 ("Ticket prices at Harlow United will rise by 5%.", True),
 ("It is the first increase in four years.", True),
 ("Ticket prices will fall by 5% next season.", False),
 ("Ticket prices rose by 5% this season.", False),
 ("It is the first increase in fourteen years.", False),
 ("Ticket prices have risen every year.", False),
])
# round 136
_add("Police in Olby have arrested a 41-year-old man on suspicion of arson after a fire destroyed a community centre on Sunday night.", [
 ("A 41-year-old man has been arrested on suspicion of arson.", True),
 ("A fire destroyed a community centre in Olby.", True),
 ("A 41-year-old man has been charged with arson.", False),
 ("A 14-year-old boy has been arrested.", False),
 ("A fire destroyed a church in Olby.", False),
 ("The fire happened on Saturday night.", False),
])
_add("The chief executive, Sam Reid, said the job cuts were \"painful but necessary\", while union leader Ann Cole called them \"a betrayal\".", [
 ("Sam Reid said the job cuts were painful but necessary.", True),
 ("Ann Cole called the job cuts a betrayal.", True),
 ("Sam Reid called the job cuts a betrayal.", False),
 ("Ann Cole said the job cuts were necessary.", False),
 ("Sam Reid said the job cuts were unnecessary.", False),
])
_add("Norland's trade deficit narrowed to £4.1bn in August from £5.3bn in July, as exports rose faster than imports.", [
 ("The trade deficit narrowed to £4.1bn in August.", True),
 ("The deficit was £5.3bn in July.", True),
 ("Exports rose faster than imports.", True),
 ("The trade deficit widened to £4.1bn in August.", False),
 ("Imports rose faster than exports.", False),
 ("The trade deficit narrowed to £5.3bn.", False),
 ("Exports fell in August.", False),
])
_add("An Estland fishing boat with seven crew sank off the Norland coast on Monday; five were rescued by a passing ferry and two are still missing.", [
 ("An Estland fishing boat sank off the Norland coast.", True),
 ("Five crew were rescued by a passing ferry.", True),
 ("Two crew are still missing.", True),
 ("All seven crew were rescued.", False),
 ("Two crew were rescued and five are missing.", False),
 ("A Norland fishing boat sank off the Estland coast.", False),
 ("The crew were rescued by a lifeboat.", False),
])
_add("Parents at Greenhill school say they were not consulted before the head teacher banned mobile phones from classrooms.", [
 ("The head teacher banned mobile phones from classrooms.", True),
 ("Parents say they were not consulted about the ban.", True),
 ("Parents were consulted before the ban.", False),
 ("Parents banned mobile phones from classrooms.", False),
 ("The head teacher allowed mobile phones in classrooms.", False),
])
# round 137
_add("Ms Grant, 52, who was elected in 2019, will stand down at the next election to spend more time with her family, she said.", [
 ("Ms Grant will stand down at the next election.", True),
 ("Ms Grant was elected in 2019.", True),
 ("She wants to spend more time with her family.", True),
 ("Ms Grant will stand again at the next election.", False),
 ("Ms Grant was elected in 2009.", False),
 ("Ms Grant, 25, will stand down.", False),
 ("Ms Grant was forced to stand down.", False),
])
_add("According to the fire service, the blaze was started deliberately.", [
 ("The fire service said the blaze was started deliberately.", True),
 ("Fire officers believe the fire was started on purpose.", True),
 ("Police said the blaze was started deliberately.", False),
 ("The fire service said the blaze was an accident.", False),
 ("The fire service said the blaze was started by an electrical fault.", False),
], body="A fire that destroyed a barn near Felby on Tuesday is being treated as arson.\n\nPolice are appealing for witnesses. According to the fire service, the blaze was started deliberately.")
_add("Olby's new library, which cost £14m, opened on Saturday with 80,000 books, twice as many as the old one.", [
 ("Olby's new library opened on Saturday.", True),
 ("The library cost £14m.", True),
 ("The new library has twice as many books as the old one.", True),
 ("The library cost £40m.", False),
 ("The new library has half as many books as the old one.", False),
 ("The old library had 80,000 books.", False),
 ("Olby's new library closed on Saturday.", False),
])
_add("A judge has ruled that the council acted unlawfully when it closed the Felby day centre without consulting its users.", [
 ("A judge ruled the council acted unlawfully.", True),
 ("The council closed the Felby day centre without consulting its users.", True),
 ("A judge ruled the council acted lawfully.", False),
 ("The council consulted users before closing the day centre.", False),
 ("A judge ordered the day centre to close.", False),
])
_add("The price of a loaf of bread has risen by a third in two years, to £1.40, driven mainly by the cost of wheat and energy.", [
 ("The price of a loaf has risen by a third in two years.", True),
 ("A loaf now costs £1.40.", True),
 ("Wheat and energy costs drove the rise.", True),
 ("The price of a loaf has risen by half in two years.", False),
 ("A loaf now costs £1.04.", False),
 ("The price of a loaf has fallen by a third.", False),
 ("The rise was driven mainly by wages.", False),
])
# round 138
_add("The storm forced the cancellation of 300 flights at Felby airport, and about 20,000 passengers were stranded overnight.", [
 ("300 flights were cancelled because of the storm.", True),
 ("About 20,000 passengers were stranded overnight.", True),
 ("The storm forced the cancellation of 30 flights.", False),
 ("About 2,000 passengers were stranded.", False),
 ("Flights were delayed but none were cancelled.", False),
 ("The airport closed because of a strike.", False),
])
_add("Mr Dale told the inquiry he had \"no memory\" of receiving the email.", [
 ("Mr Dale said he had no memory of receiving the email.", True),
 ("Tom Dale told the inquiry he could not remember receiving the email.", True),
 ("Mr Dale said he remembered receiving the email.", False),
 ("Ruth Kay said she had no memory of receiving the email.", False),
 ("Mr Dale said he had never sent the email.", False),
], body="A former health minister has given evidence to the inquiry into the Olby hospital scandal.\n\nTom Dale was shown an email from senior nurse Ruth Kay warning of staff shortages. Mr Dale told the inquiry he had \"no memory\" of receiving the email.")
_add("Wild boar have been spotted in the Tarn forest for the first time in 300 years, after a small group escaped from a farm, rangers believe.", [
 ("Wild boar have been spotted in the Tarn forest.", True),
 ("Rangers believe the boar escaped from a farm.", True),
 ("It is the first sighting in 300 years.", True),
 ("Wild boar escaped from a farm.", False),
 ("Wild boar were released into the forest by rangers.", False),
 ("It is the first sighting in 30 years.", False),
 ("Wolves have been spotted in the Tarn forest.", False),
])
_add("The court heard that Kerr, 30, had stolen £70,000 from his employer over four years to pay gambling debts.", [
 ("Kerr stole £70,000 from his employer.", True),
 ("Kerr stole the money over four years.", True),
 ("Kerr used the money to pay gambling debts.", True),
 ("Kerr's employer stole £70,000 from him.", False),
 ("Kerr stole £700,000.", False),
 ("Kerr stole the money over 14 years.", False),
 ("Kerr used the money to buy a house.", False),
])
_add("Calder council will introduce a £5 charge to collect garden waste from April, but households on benefits will not have to pay.", [
 ("Calder council will charge £5 to collect garden waste from April.", True),
 ("Households on benefits will not pay the charge.", True),
 ("All households will have to pay the charge.", False),
 ("The garden waste charge will be £15.", False),
 ("Calder council will stop collecting garden waste.", False),
 ("Households on benefits will pay double.", False),
])
# round 139
_add("Estland's prime minister, Eva Lind, survived a vote of no confidence by 88 votes to 81 on Wednesday.", [
 ("Eva Lind survived a vote of no confidence.", True),
 ("The vote was 88 to 81.", True),
 ("Eva Lind lost a vote of no confidence.", False),
 ("The vote was 81 to 88 against Eva Lind.", False),
 ("The vote took place on Thursday.", False),
 ("Eva Lind won the vote by 17 votes.", False),
])
_add("A spokesman for the ministry said the report was \"deeply flawed\", but its authors stood by their findings.", [
 ("The ministry said the report was deeply flawed.", True),
 ("The report's authors stood by their findings.", True),
 ("The report's authors said it was deeply flawed.", False),
 ("The authors withdrew their findings.", False),
 ("The ministry said the report was accurate.", False),
], body="A report has found that Norland's prisons are the most overcrowded in the region.\n\nA spokesman for the ministry said the report was \"deeply flawed\", but its authors stood by their findings.")
_add("The number of patients waiting more than a year for surgery in Norland has fallen below 10,000 for the first time since 2019.", [
 ("Fewer than 10,000 patients have waited more than a year for surgery.", True),
 ("It is the first time since 2019 the number has been below 10,000.", True),
 ("The number has risen above 10,000.", False),
 ("More than 10,000 patients are waiting over a year.", False),
 ("It is the first time since 2009.", False),
])
_add("A 19-year-old student from Calder has won the Norland Young Writer prize for a novel about her grandmother's life as a miner.", [
 ("A 19-year-old student won the Norland Young Writer prize.", True),
 ("The novel is about her grandmother's life as a miner.", True),
 ("A 91-year-old won the prize.", False),
 ("The novel is about her grandfather's life as a miner.", False),
 ("The student is from Olby.", False),
 ("She won the prize for a book of poems.", False),
])
_add("Shares in the airline NorAir rose 7% after it said summer bookings were up a fifth on last year.", [
 ("NorAir shares rose 7%.", True),
 ("NorAir said summer bookings were up a fifth.", True),
 ("NorAir shares fell 7%.", False),
 ("NorAir said summer bookings were down a fifth.", False),
 ("NorAir said summer bookings were up a third.", False),
 ("NorAir shares rose 17%.", False),
])
# round 140
_add("A Harlow man has been banned from keeping animals for ten years after 14 neglected dogs were found at his home.", [
 ("A Harlow man has been banned from keeping animals for ten years.", True),
 ("14 neglected dogs were found at his home.", True),
 ("He was banned from keeping animals for life.", False),
 ("40 neglected dogs were found at his home.", False),
 ("14 neglected cats were found at his home.", False),
 ("He was banned from keeping animals for two years.", False),
])
_add("Dr Amy Cole, who led the study, said the results were \"encouraging but early\", and warned against reading too much into them.", [
 ("Dr Amy Cole said the results were encouraging but early.", True),
 ("The study's leader warned against reading too much into the results.", True),
 ("Dr Amy Cole said the results proved the treatment works.", False),
 ("Dr Amy Cole said the results were disappointing.", False),
 ("The health minister said the results were encouraging but early.", False),
], body="A new blood test could spot bowel cancer years earlier, a study of 2,000 patients suggests.\n\nThe health minister welcomed the findings. Dr Amy Cole, who led the study, said the results were \"encouraging but early\", and warned against reading too much into them.")
_add("The Tarn bridge will reopen to cars on Friday, four months after it was closed when cracks were found, but lorries will stay banned until the spring.", [
 ("The Tarn bridge will reopen to cars on Friday.", True),
 ("The bridge was closed four months ago after cracks were found.", True),
 ("Lorries will stay banned until the spring.", True),
 ("The bridge will reopen to lorries on Friday.", False),
 ("The bridge was closed four weeks ago.", False),
 ("The bridge will stay closed to cars until the spring.", False),
 ("The bridge was closed after a crash.", False),
])
_add("Net migration to Norland fell to 190,000 last year, down from 260,000 the year before, official figures show.", [
 ("Net migration fell to 190,000 last year.", True),
 ("Net migration was 260,000 the year before.", True),
 ("Net migration rose to 190,000 last year.", False),
 ("Net migration fell to 260,000.", False),
 ("Net migration fell by 170,000.", False),
 ("Net migration fell to 19,000 last year.", False),
])
_add("Two brothers who ran a fake charity have been jailed, one for five years and the other for three.", [
 ("Two brothers who ran a fake charity have been jailed.", True),
 ("One brother was jailed for five years.", True),
 ("Both brothers were jailed for five years.", False),
 ("Two sisters who ran a fake charity have been jailed.", False),
 ("One brother was jailed for 15 years.", False),
 ("The brothers were cleared.", False),
])
# round 141
_add("Volunteers planted 12,000 trees along the River Felby over the weekend to reduce the risk of flooding in the town.", [
 ("Volunteers planted 12,000 trees along the River Felby.", True),
 ("The trees are meant to reduce flood risk.", True),
 ("Volunteers cut down 12,000 trees along the river.", False),
 ("Volunteers planted 1,200 trees.", False),
 ("The trees are meant to increase the risk of flooding.", False),
 ("The council planted 12,000 trees.", False),
])
_add("The council's leader, Pat Hume, admitted the scheme had been \"badly handled\" but refused to apologise.", [
 ("Pat Hume admitted the scheme had been badly handled.", True),
 ("Pat Hume refused to apologise.", True),
 ("Pat Hume apologised for the scheme.", False),
 ("Pat Hume said the scheme had been well handled.", False),
 ("Opposition leader Dan Wells admitted the scheme had been badly handled.", False),
], body="Calder council's low-traffic scheme is to be scrapped after six months of protests.\n\nOpposition leader Dan Wells called it \"a fiasco\". The council's leader, Pat Hume, admitted the scheme had been \"badly handled\" but refused to apologise.")
_add("A 400-year-old oak in Olby, thought to be the county's oldest tree, was felled on Monday after it was found to be diseased.", [
 ("A 400-year-old oak was felled in Olby.", True),
 ("The oak was found to be diseased.", True),
 ("The oak was thought to be the county's oldest tree.", True),
 ("A 400-year-old oak was planted in Olby.", False),
 ("The oak was felled after it was damaged in a storm.", False),
 ("A 40-year-old oak was felled.", False),
 ("The oak was confirmed as the county's oldest tree.", False),
])
_add("Norland's football association has fined Felby Town £20,000 and docked them three points for fielding an ineligible player.", [
 ("Felby Town were fined £20,000.", True),
 ("Felby Town were docked three points.", True),
 ("Felby Town fielded an ineligible player.", True),
 ("Felby Town were awarded three points.", False),
 ("Felby Town were fined £200,000.", False),
 ("Felby Town were docked six points.", False),
 ("The player was fined £20,000.", False),
])
_add("The heatwave is expected to peak on Thursday, with temperatures of up to 36C forecast in the south.", [
 ("Temperatures of up to 36C are forecast in the south.", True),
 ("The heatwave is expected to peak on Thursday.", True),
 ("The heatwave will peak on Thursday with 36C in the south.", False),
 ("Temperatures of up to 36C are forecast in the north.", False),
 ("Temperatures reached 36C on Thursday.", False),
 ("The heatwave is expected to peak on Tuesday.", False),
])
# round 142
_add("Felby's mayor, Ian Cross, was re-elected with 54% of the vote, beating Green candidate Lucy Hart, who won 31%.", [
 ("Ian Cross was re-elected mayor of Felby.", True),
 ("Ian Cross won 54% of the vote.", True),
 ("Lucy Hart won 31% of the vote.", True),
 ("Lucy Hart was elected mayor.", False),
 ("Ian Cross won 31% of the vote.", False),
 ("Lucy Hart won 54% of the vote.", False),
 ("Ian Cross was re-elected with 45% of the vote.", False),
])
_add("The charity said it would appeal against the ruling.", [
 ("The charity said it would appeal against the ruling.", True),
 ("The charity plans to appeal.", True),
 ("The charity has accepted the ruling.", False),
 ("The regulator said it would appeal against the ruling.", False),
 ("The charity has won its appeal.", False),
], body="A charity has been stripped of its licence to run care homes after inspectors found residents were neglected.\n\nThe regulator said the decision was \"in the interests of residents\". The charity said it would appeal against the ruling.")
_add("Half of Norland's rivers failed to meet clean water standards last year, mainly because of farm waste and sewage, the environment agency said.", [
 ("Half of Norland's rivers failed to meet clean water standards.", True),
 ("Farm waste and sewage were the main causes.", True),
 ("All of Norland's rivers failed to meet the standards.", False),
 ("Half of Norland's rivers met clean water standards.", False),
 ("The main cause was industrial waste.", False),
 ("A third of rivers failed to meet the standards.", False),
])
_add("A six-month trial of free bus travel for under-18s in Calder will be extended for another year after passenger numbers doubled.", [
 ("Free bus travel for under-18s in Calder will be extended.", True),
 ("Passenger numbers doubled during the trial.", True),
 ("Free bus travel for under-18s will end.", False),
 ("Passenger numbers halved during the trial.", False),
 ("The trial will be extended for another six months.", False),
 ("Free bus travel for over-60s will be extended.", False),
])
_add("The drug was withdrawn in Estland in 2021 after it was linked to liver damage, but is still sold in Norland.", [
 ("The drug was withdrawn in Estland in 2021.", True),
 ("The drug was linked to liver damage.", True),
 ("The drug is still sold in Norland.", True),
 ("The drug was withdrawn in Norland in 2021.", False),
 ("The drug is still sold in Estland.", False),
 ("The drug was linked to heart damage.", False),
 ("The drug was withdrawn in 2012.", False),
])
# round 143
_add("Residents of a Harlow tower block have been told they must leave within a month after engineers found its concrete was unsafe.", [
 ("Residents of a Harlow tower block must leave within a month.", True),
 ("Engineers found the block's concrete was unsafe.", True),
 ("Residents have been told they can stay.", False),
 ("Residents must leave within a year.", False),
 ("Engineers found the concrete was safe.", False),
 ("Residents asked to leave the block.", False),
])
_add("Coach Lee Hart said his side had been \"robbed\" by a late penalty.", [
 ("Lee Hart said his side had been robbed by a late penalty.", True),
 ("The coach complained about a late penalty.", True),
 ("The referee said the side had been robbed by a late penalty.", False),
 ("Lee Hart said his side deserved to lose.", False),
 ("Lee Hart said his side had been robbed by an early penalty.", False),
], body="Felby Town lost 2-1 at Olby on Saturday after a penalty in the 89th minute.\n\nThe referee declined to comment. Coach Lee Hart said his side had been \"robbed\" by a late penalty.")
_add("Olby's council has approved plans for 1,200 homes on the former steelworks site, a third of which will be affordable.", [
 ("Plans for 1,200 homes on the former steelworks site were approved.", True),
 ("A third of the homes will be affordable.", True),
 ("400 of the homes will be affordable.", True),
 ("Olby's council rejected plans for 1,200 homes.", False),
 ("Half of the homes will be affordable.", False),
 ("Plans for 12,000 homes were approved.", False),
])
_add("The retailer, which has 80 stores, will close 20 of them by March, putting 600 jobs at risk.", [
 ("The retailer will close 20 stores by March.", True),
 ("600 jobs are at risk.", True),
 ("The retailer will have 60 stores left.", True),
 ("The retailer will close 80 stores.", False),
 ("600 jobs will be lost.", False),
 ("The retailer will open 20 stores by March.", False),
])
_add("An inquest heard that the climber, Jo Reed, 34, fell 200 metres after a rope failed during a storm on the Harn ridge.", [
 ("Jo Reed fell 200 metres.", True),
 ("A rope failed during a storm.", True),
 ("Jo Reed was 34.", True),
 ("Jo Reed fell 20 metres.", False),
 ("Jo Reed survived the fall.", False),
 ("The rope failed on a calm day.", False),
 ("Jo Reed's partner fell 200 metres.", False),
])
# round 144
_add("Norland's energy regulator will cut the price cap by 7% from January, saving the average household about £120 a year.", [
 ("The price cap will be cut by 7% from January.", True),
 ("The average household will save about £120 a year.", True),
 ("The price cap will rise by 7% from January.", False),
 ("The average household will save about £120 a month.", False),
 ("The price cap will be cut by 17%.", False),
 ("The cut will take effect from June.", False),
])
_add("\"I didn't see the child until it was too late,\" the driver, Paul Stone, told police.", [
 ("Paul Stone told police he did not see the child until it was too late.", True),
 ("The driver said he did not see the child in time.", True),
 ("Paul Stone said he saw the child in good time.", False),
 ("A witness said the driver did not see the child.", False),
 ("Paul Stone told police the child ran into the road.", False),
], body="A driver has been cleared of causing the death of a seven-year-old boy in Tarnby.\n\nA witness told the court the boy ran out between parked cars. \"I didn't see the child until it was too late,\" the driver, Paul Stone, told police.")
_add("About 2,000 nurses will be recruited from abroad this year to fill gaps on wards, the health service said, though unions warned it was only a short-term fix.", [
 ("About 2,000 nurses will be recruited from abroad this year.", True),
 ("Unions warned it was only a short-term fix.", True),
 ("About 20,000 nurses will be recruited from abroad.", False),
 ("Unions said it would solve the shortage.", False),
 ("The health service warned it was only a short-term fix.", False),
 ("About 2,000 doctors will be recruited from abroad.", False),
])
_add("The museum returned a bronze statue to Estland on Friday, 120 years after it was taken by Norland soldiers.", [
 ("The museum returned a bronze statue to Estland.", True),
 ("The statue was taken 120 years ago by Norland soldiers.", True),
 ("Estland returned a bronze statue to the museum.", False),
 ("The statue was taken by Estland soldiers.", False),
 ("The statue was taken 20 years ago.", False),
 ("The museum bought a bronze statue from Estland.", False),
])
_add("Despite the rain, more than 5,000 people joined the march through Calder on Saturday, organisers said; police put the number at 3,000.", [
 ("Organisers said more than 5,000 people joined the march.", True),
 ("Police put the number at 3,000.", True),
 ("Police said more than 5,000 people joined the march.", False),
 ("Organisers put the number at 3,000.", False),
 ("More than 50,000 people joined the march.", False),
 ("The march took place in dry weather.", False),
])
# round 145
_add("Governors at St Anne's primary in Wexley voted on Tuesday to close the school next summer because of falling pupil numbers, despite a petition signed by 3,400 people.", [
 ("Governors voted to close St Anne's primary next summer.", True),
 ("The school will close next summer because of falling pupil numbers.", True),
 ("Governors voted to keep the school open.", False),
 ("The petition was signed by 34,000 people.", False),
 ("The school will close because of budget cuts.", False),
 ("Parents voted to close the school.", False),
])
_add("Residents' group Clean Air Holt said it was \"devastated\" by the decision. The council leader, Mary Finch, declined to comment.", [
 ("Clean Air Holt said it was devastated by the decision.", True),
 ("Mary Finch declined to comment.", True),
 ("Mary Finch said she was devastated by the decision.", False),
 ("The council leader welcomed the decision.", False),
 ("Clean Air Holt declined to comment.", False),
], body="Plans for a new incinerator at Holt Quay have been approved by the planning inspector.\n\nResidents' group Clean Air Holt said it was \"devastated\" by the decision. The council leader, Mary Finch, declined to comment.")
_add("Ashby Town came from two goals down to beat Rowley 3-2, with Sam Okoro scoring the winner in the 89th minute.", [
 ("Ashby Town beat Rowley 3-2.", True),
 ("Sam Okoro scored the winner in the 89th minute.", True),
 ("Ashby Town came back from two goals down.", True),
 ("Rowley beat Ashby Town 3-2.", False),
 ("Sam Okoro scored the winner in the 9th minute.", False),
 ("Ashby Town lost 3-2 to Rowley.", False),
 ("Sam Okoro scored an own goal in the 89th minute.", False),
])
_add("The outbreak is thought to have started at a care home in Brayford, where 14 residents have tested positive, health officials said.", [
 ("Health officials said 14 residents at a care home in Brayford have tested positive.", True),
 ("The outbreak is believed to have started at a care home in Brayford.", True),
 ("The outbreak started at a care home in Brayford, health officials confirmed.", False),
 ("40 residents have tested positive.", False),
 ("14 staff have tested positive.", False),
 ("The outbreak started at a hospital in Brayford.", False),
])
_add("Sales of electric cars rose by a third in October to 21,000, making up just under a quarter of all new cars sold.", [
 ("Sales of electric cars rose by a third in October.", True),
 ("Electric cars made up just under a quarter of new car sales in October.", True),
 ("Sales of electric cars fell by a third in October.", False),
 ("Electric cars made up more than a quarter of new car sales.", False),
 ("Sales of electric cars rose to 210,000.", False),
 ("Sales of electric cars tripled in October.", False),
])
# round 146
_add("Lena Park lost the women's singles final to top seed Ana Ruiz 6-4 6-3 in Marlow on Sunday.", [
 ("Ana Ruiz beat Lena Park 6-4 6-3 in the final.", True),
 ("Ana Ruiz, the top seed, won the women's singles final.", True),
 ("Lena Park won the women's singles final.", False),
 ("Lena Park beat Ana Ruiz 6-4 6-3.", False),
 ("Ana Ruiz lost the final.", False),
 ("The final was played on Saturday.", False),
])
_add("Members of the Unite branch at Corran Foods rejected the company's pay offer of 4% and will strike for two days next week.", [
 ("Workers at Corran Foods rejected a 4% pay offer.", True),
 ("Workers will strike for two days next week.", True),
 ("Workers at Corran Foods accepted the pay offer.", False),
 ("The company rejected a 4% pay claim.", False),
 ("Workers will strike for two weeks.", False),
 ("Workers called off the strike.", False),
])
_add("Chief executive Tom Weir said the route would cut journey times by an hour. \"This is the link the islands have waited for,\" he said.", [
 ("Tom Weir said the route would cut journey times by an hour.", True),
 ("Tom Weir said it was the link the islands had waited for.", True),
 ("The island council said the route would cut journey times by an hour.", False),
 ("Tom Weir said the route would cut journey times by half.", False),
 ("Tom Weir said he was concerned about fares.", False),
], body="A new ferry between Pell and Arvo will start in April, the operator said.\n\nChief executive Tom Weir said the route would cut journey times by an hour. \"This is the link the islands have waited for,\" he said.\n\nThe island council said it was concerned about fares.")
_add("The inquiry's report, due in March, has been delayed until the autumn because of the volume of evidence, its chairman said.", [
 ("The inquiry's report has been delayed until the autumn.", True),
 ("The chairman said the delay was because of the volume of evidence.", True),
 ("The report was published in March.", False),
 ("The report has been brought forward to March.", False),
 ("The report has been delayed because the chairman is ill.", False),
 ("The report has been delayed until the spring.", False),
])
_add("Two men were taken to hospital after a fire at a block of flats in Denby Road on Wednesday night. The cause is not yet known.", [
 ("Two men were taken to hospital after a fire at a block of flats.", True),
 ("The cause of the fire is not yet known.", True),
 ("The fire was caused by a faulty heater.", False),
 ("Two men died in a fire at a block of flats.", False),
 ("Two women were taken to hospital.", False),
 ("The cause of the fire is known.", False),
])
# round 147
_add("The Bank of Norland raised interest rates by a quarter point to 4.5%, the first rise in two years, and said further increases could follow.", [
 ("The Bank of Norland raised rates to 4.5%.", True),
 ("It was the first rise in two years.", True),
 ("The bank said further increases could follow.", True),
 ("The bank said further increases would follow.", False),
 ("The bank cut rates to 4.5%.", False),
 ("The bank raised rates by half a point.", False),
 ("It was the first rise in ten years.", False),
])
_add("Police have charged a 34-year-old woman with fraud after £80,000 went missing from a village hall fund in Corby Green.", [
 ("A 34-year-old woman has been charged with fraud.", True),
 ("£80,000 went missing from a village hall fund.", True),
 ("A 34-year-old woman has been convicted of fraud.", False),
 ("A 43-year-old woman has been charged.", False),
 ("£18,000 went missing.", False),
 ("Police have charged a 34-year-old man with fraud.", False),
])
_add("The hospital trust apologised to the family of Jane Cole, 81, who waited 11 hours for an ambulance after a fall at her home.", [
 ("The trust apologised to Jane Cole's family.", True),
 ("Jane Cole waited 11 hours for an ambulance after a fall.", True),
 ("Jane Cole's family apologised to the trust.", False),
 ("Jane Cole waited 11 minutes for an ambulance.", False),
 ("Jane Cole, 81, fell at a care home.", False),
 ("The trust denied that Jane Cole waited 11 hours.", False),
])
_add("\"We were never asked,\" said Ellen Marsh, who farms 300 acres near Brill. The environment department said the rule protected nesting birds.", [
 ("Ellen Marsh said farmers were never asked.", True),
 ("The environment department said the rule protected nesting birds.", True),
 ("Ellen Marsh said the rule protected nesting birds.", False),
 ("The environment department said farmers were never asked.", False),
 ("Ellen Marsh farms 3,000 acres near Brill.", False),
], body="Farmers in the Vale say a new rule on hedge cutting will cost them thousands.\n\n\"We were never asked,\" said Ellen Marsh, who farms 300 acres near Brill. The environment department said the rule protected nesting birds.")
_add("Only one in five new homes built in Arden last year was classed as affordable, against a target of one in three.", [
 ("One in five new homes built in Arden last year was affordable.", True),
 ("The target was one in three.", True),
 ("One in three new homes was affordable.", False),
 ("The target was one in five.", False),
 ("Most new homes built in Arden last year were affordable.", False),
 ("Arden met its target for affordable homes.", False),
])
# round 148
_add("The city's mayor, Ruth Ames, has vetoed a plan to rename Station Square after the late footballer Joe Grant, which councillors approved last month.", [
 ("Ruth Ames vetoed a plan to rename Station Square.", True),
 ("Councillors approved the plan last month.", True),
 ("Ruth Ames approved a plan to rename Station Square.", False),
 ("Councillors vetoed the plan.", False),
 ("The square will be renamed after Joe Grant.", False),
 ("Joe Grant vetoed the plan.", False),
])
_add("Scientists at Calder University found that children who slept less than nine hours scored lower on memory tests, though they said the study could not show cause and effect.", [
 ("Children who slept less than nine hours scored lower on memory tests.", True),
 ("The scientists said the study could not show cause and effect.", True),
 ("Lack of sleep causes lower memory scores, the scientists found.", False),
 ("Children who slept more than nine hours scored lower.", False),
 ("Children who slept less than nine hours scored higher on memory tests.", False),
 ("Scientists at Calder University found that adults who slept less scored lower.", False),
])
_add("A 19-year-old man has been jailed for six years for his part in a knife attack on a teenager outside a takeaway in Moss Lane in June.", [
 ("A 19-year-old man was jailed for six years.", True),
 ("The attack happened outside a takeaway in Moss Lane.", True),
 ("A 19-year-old man was jailed for six months.", False),
 ("The attack happened in January.", False),
 ("The man was cleared of the knife attack.", False),
 ("A 91-year-old man was jailed.", False),
])
_add("Opposition leader Dan Hale accused the government of \"giving up on the north\" after it scrapped the eastern leg of the rail line; Transport Secretary Ana Bell said the money would go to local buses instead.", [
 ("Dan Hale accused the government of giving up on the north.", True),
 ("Ana Bell said the money would go to local buses.", True),
 ("Ana Bell accused the government of giving up on the north.", False),
 ("Dan Hale said the money would go to local buses.", False),
 ("The government scrapped the western leg of the rail line.", False),
 ("The government built the eastern leg of the rail line.", False),
])
_add("The number of people waiting more than a year for hospital treatment fell to 310,000 in September, the lowest since 2021, but remains far above the target of zero.", [
 ("The number waiting more than a year fell to 310,000 in September.", True),
 ("It was the lowest since 2021.", True),
 ("The number waiting more than a year rose to 310,000.", False),
 ("The government met its target of zero.", False),
 ("It was the highest since 2021.", False),
 ("The number waiting more than a month fell to 310,000.", False),
])
# round 149
_add("Half of the 40 bus routes in the county will run only once an hour from April, the operator said, blaming a shortage of drivers.", [
 ("Half of the county's 40 bus routes will run only once an hour from April.", True),
 ("The operator blamed a shortage of drivers.", True),
 ("All 40 bus routes will run only once an hour.", False),
 ("The operator blamed rising fuel costs.", False),
 ("Half of the routes will run every half hour.", False),
 ("Drivers blamed the operator.", False),
])
_add("An Arden man who won £2m on the lottery has given half of it to the hospice that cared for his wife.", [
 ("An Arden man gave half of his £2m lottery win to a hospice.", True),
 ("The hospice cared for his wife.", True),
 ("An Arden man gave all of his £2m lottery win to a hospice.", False),
 ("The hospice gave £2m to the man.", False),
 ("The hospice cared for his daughter.", False),
 ("An Arden man won £20m on the lottery.", False),
])
_add("Judge Alan Rees said the company had ignored repeated warnings. Defending, Kate Lyle said the firm had since changed its safety rules.", [
 ("The judge said the company had ignored repeated warnings.", True),
 ("Kate Lyle said the firm had since changed its safety rules.", True),
 ("Kate Lyle said the company had ignored repeated warnings.", False),
 ("Judge Alan Rees said the firm had changed its safety rules.", False),
 ("The company said it had never received any warnings.", False),
], body="The firm behind the Kelso bypass has been fined £1.2m after a worker was crushed by a digger.\n\nJudge Alan Rees said the company had ignored repeated warnings. Defending, Kate Lyle said the firm had since changed its safety rules.")
_add("Heavy rain is expected to bring flooding to parts of the west on Thursday, with up to 80mm possible on high ground, forecasters said.", [
 ("Forecasters said up to 80mm of rain was possible on high ground.", True),
 ("Heavy rain is expected on Thursday.", True),
 ("Parts of the west were flooded on Thursday.", False),
 ("Forecasters said 80mm of rain would fall everywhere in the west.", False),
 ("Up to 18mm is possible on high ground.", False),
 ("Heavy snow is expected on Thursday.", False),
])
_add("Tickets for the festival sold out in 40 minutes, twice as fast as last year, the organisers said.", [
 ("Tickets sold out in 40 minutes.", True),
 ("Tickets sold out twice as fast as last year.", True),
 ("Tickets sold out in 40 hours.", False),
 ("Tickets sold out half as fast as last year.", False),
 ("Tickets sold out more slowly than last year.", False),
 ("Tickets for the festival have not sold out.", False),
])
# round 150
_add("The Norland government has agreed to pay £45m in compensation to 900 former miners who lost their pensions when the coal board was sold.", [
 ("900 former miners will get £45m in compensation.", True),
 ("The miners lost their pensions when the coal board was sold.", True),
 ("The miners agreed to pay £45m to the government.", False),
 ("9,000 former miners will get compensation.", False),
 ("The government refused to pay compensation.", False),
 ("The miners lost their jobs when the coal board was sold.", False),
])
_add("Shares in Hollin Group fell 12% after it warned that profits would be lower than expected because of weak demand in China.", [
 ("Shares in Hollin Group fell 12%.", True),
 ("Hollin Group warned that profits would be lower than expected.", True),
 ("Shares in Hollin Group rose 12%.", False),
 ("Hollin Group said profits would be higher than expected.", False),
 ("Hollin Group blamed weak demand in Europe.", False),
 ("Hollin Group reported a loss.", False),
])
_add("A pilot whale that was stranded on Redsand beach on Monday was refloated by volunteers on the evening tide but died later that night.", [
 ("Volunteers refloated a stranded pilot whale.", True),
 ("The whale died later that night.", True),
 ("The whale survived after being refloated.", False),
 ("The whale was refloated on the morning tide.", False),
 ("Volunteers failed to refloat the whale.", False),
 ("The whale was stranded on Tuesday.", False),
])
_add("The minister said she would not rule out tax rises in the spring budget.", [
 ("The minister did not rule out tax rises.", True),
 ("The minister said tax rises in the spring budget could not be ruled out.", True),
 ("The minister ruled out tax rises in the spring budget.", False),
 ("The minister announced tax rises in the spring budget.", False),
 ("The minister said she would not rule out tax cuts.", False),
])
_add("About 60 jobs are at risk at the Fenwick paper mill, which is to close its packaging line, the owners said.", [
 ("About 60 jobs are at risk at the Fenwick paper mill.", True),
 ("The mill is to close its packaging line.", True),
 ("About 60 jobs have been cut at the Fenwick paper mill.", False),
 ("The paper mill is to close.", False),
 ("About 600 jobs are at risk.", False),
 ("The owners are to open a packaging line.", False),
])
# round 151
_add("Parents in Tullow have won their fight to keep a lollipop crossing outside Hill Street school after the council reversed its decision to cut the post.", [
 ("The council reversed its decision to cut the lollipop crossing.", True),
 ("Parents won their fight to keep the crossing.", True),
 ("The council cut the lollipop crossing.", False),
 ("Parents lost their fight to keep the crossing.", False),
 ("The council reversed its decision to keep the crossing.", False),
 ("Parents reversed their decision.", False),
])
_add("Fewer than half of the 1,200 homes promised on the Bell Farm site have been built, eight years after work began.", [
 ("Fewer than half of the 1,200 homes on the Bell Farm site have been built.", True),
 ("Work began eight years ago.", True),
 ("More than half of the 1,200 homes have been built.", False),
 ("All 1,200 homes have been built.", False),
 ("Work began 18 years ago.", False),
 ("Work has not yet begun on the Bell Farm site.", False),
])
_add("The strike cost the rail company about £3m a day, according to analysts at Stern & Co, though the company put the figure at less than £1m.", [
 ("Analysts at Stern & Co said the strike cost about £3m a day.", True),
 ("The company put the cost at less than £1m a day.", True),
 ("The company said the strike cost about £3m a day.", False),
 ("Analysts put the cost at less than £1m a day.", False),
 ("The strike cost about £30m a day.", False),
])
_add("Firefighters rescued a woman and her two dogs from the roof of a car trapped in floodwater on the A61 near Ripton on Sunday.", [
 ("Firefighters rescued a woman and her two dogs from a car trapped in floodwater.", True),
 ("The rescue happened on the A61 near Ripton.", True),
 ("A woman rescued two firefighters from floodwater.", False),
 ("Firefighters rescued a woman and her two cats.", False),
 ("The rescue happened on Saturday.", False),
 ("Firefighters rescued a man and his two dogs.", False),
])
_add("The drug reduced the risk of a second heart attack by 20% in a trial of 8,000 patients, but caused stomach bleeding in one in 50.", [
 ("The drug cut the risk of a second heart attack by 20%.", True),
 ("The drug caused stomach bleeding in one in 50 patients.", True),
 ("The drug increased the risk of a second heart attack by 20%.", False),
 ("The drug caused stomach bleeding in one in five patients.", False),
 ("The trial involved 800 patients.", False),
 ("The drug had no side effects.", False),
])
# round 152
_add("A council officer who took £40,000 in bribes from builders was jailed for three years; the two builders who paid him were given suspended sentences.", [
 ("A council officer who took £40,000 in bribes was jailed for three years.", True),
 ("The two builders were given suspended sentences.", True),
 ("The two builders were jailed for three years.", False),
 ("The council officer was given a suspended sentence.", False),
 ("The council officer paid £40,000 in bribes to builders.", False),
 ("The council officer was jailed for 13 years.", False),
])
_add("David Lowe, who led the service for six years, said he was leaving \"with a heavy heart\". Last month he was criticised by inspectors over response times.", [
 ("David Lowe said he was leaving with a heavy heart.", True),
 ("David Lowe was criticised by inspectors over response times last month.", True),
 ("David Lowe criticised inspectors over response times.", False),
 ("David Lowe led the service for 16 years.", False),
 ("Inspectors praised David Lowe over response times.", False),
], body="The head of the county's ambulance service has resigned.\n\nDavid Lowe, who led the service for six years, said he was leaving \"with a heavy heart\". Last month he was criticised by inspectors over response times.")
_add("The bridge will be closed to traffic for up to three weeks while engineers repair cracks found during an inspection, though pedestrians can still use it.", [
 ("The bridge will be closed to traffic for up to three weeks.", True),
 ("Pedestrians can still use the bridge.", True),
 ("The bridge will be closed to pedestrians.", False),
 ("The bridge will be closed for up to three months.", False),
 ("The bridge will be closed to traffic for at least three weeks.", False),
 ("Engineers found no cracks during the inspection.", False),
])
_add("Unemployment rose to 4.4% in the three months to August, up from 4.2%, while wage growth slowed to 5.1%.", [
 ("Unemployment rose to 4.4% in the three months to August.", True),
 ("Wage growth slowed to 5.1%.", True),
 ("Unemployment fell to 4.4%.", False),
 ("Wage growth rose to 5.1%.", False),
 ("Unemployment rose to 4.2%.", False),
 ("Wage growth slowed to 1.5%.", False),
])
_add("Two climbers were airlifted from Ben Corran on Saturday after one of them broke an ankle; the other was unhurt.", [
 ("Two climbers were airlifted from Ben Corran.", True),
 ("One of the climbers broke an ankle.", True),
 ("Both climbers were hurt.", False),
 ("Both climbers broke an ankle.", False),
 ("Two climbers walked down from Ben Corran.", False),
 ("The climbers were airlifted on Sunday.", False),
])
# round 153
_add("The charity said demand at its food banks in the region had doubled in two years, with 18,000 parcels handed out since April.", [
 ("Demand at the charity's food banks had doubled in two years.", True),
 ("18,000 parcels were handed out since April.", True),
 ("Demand at the food banks had halved in two years.", False),
 ("Demand had tripled in two years.", False),
 ("18,000 parcels were handed out since August.", False),
 ("Demand at the food banks doubled in ten years.", False),
])
_add("Police said the driver of the lorry, a 52-year-old man, was arrested on suspicion of causing death by dangerous driving and later released on bail.", [
 ("The lorry driver, 52, was arrested on suspicion of causing death by dangerous driving.", True),
 ("The driver was released on bail.", True),
 ("The lorry driver was charged with causing death by dangerous driving.", False),
 ("The lorry driver was remanded in custody.", False),
 ("The lorry driver was 25.", False),
])
_add("The club has sacked its manager, Ian Fell, after a run of nine games without a win left it two points above the relegation zone.", [
 ("The club sacked Ian Fell after nine games without a win.", True),
 ("The club is two points above the relegation zone.", True),
 ("Ian Fell resigned as manager.", False),
 ("The club is two points below the relegation zone.", False),
 ("The club sacked Ian Fell after nine straight wins.", False),
 ("The club is in the relegation zone.", False),
])
_add("Councillor Amy Rudd, who chairs the planning committee, said the site was \"simply the wrong place\". The developer, Orchard Homes, said it was disappointed and would consider an appeal.", [
 ("Amy Rudd said the site was simply the wrong place.", True),
 ("Orchard Homes said it would consider an appeal.", True),
 ("Orchard Homes said the site was simply the wrong place.", False),
 ("Amy Rudd said she was disappointed and would consider an appeal.", False),
 ("Orchard Homes said it would appeal.", False),
], body="A plan to build 400 homes on green belt land near Thorn has been rejected.\n\nCouncillor Amy Rudd, who chairs the planning committee, said the site was \"simply the wrong place\". The developer, Orchard Homes, said it was disappointed and would consider an appeal.")
_add("More than 1,000 flights were cancelled across Europe on Friday after a fault in an air traffic control system, which was fixed within four hours.", [
 ("More than 1,000 flights were cancelled across Europe on Friday.", True),
 ("The fault was fixed within four hours.", True),
 ("More than 10,000 flights were cancelled.", False),
 ("The fault took four days to fix.", False),
 ("The flights were cancelled because of a strike.", False),
 ("Fewer than 1,000 flights were cancelled.", False),
])
# round 154
_add("The hospice will close its 12-bed inpatient ward next month unless it can raise £500,000, its chief executive said.", [
 ("The hospice will close its inpatient ward unless it can raise £500,000.", True),
 ("The ward has 12 beds.", True),
 ("The hospice will close its inpatient ward next month.", False),
 ("The hospice will close its inpatient ward unless it can raise £50,000.", False),
 ("The hospice has raised £500,000.", False),
 ("The hospice will open a 12-bed ward.", False),
])
_add("Wind power generated more of Norland's electricity than gas for the first time last year, at 32% against 29%.", [
 ("Wind generated more of Norland's electricity than gas last year.", True),
 ("Wind provided 32% of Norland's electricity last year.", True),
 ("Gas generated more electricity than wind last year.", False),
 ("Wind provided 29% of Norland's electricity.", False),
 ("Wind has generated more electricity than gas for many years.", False),
 ("Gas provided 32% of Norland's electricity.", False),
])
_add("The inquest heard that the teenager had been bullied for months, but the coroner said there was no evidence the school knew.", [
 ("The inquest heard the teenager had been bullied for months.", True),
 ("The coroner said there was no evidence the school knew.", True),
 ("The coroner said the school knew about the bullying.", False),
 ("The coroner said the teenager had not been bullied.", False),
 ("The teenager had been bullied for years.", False),
 ("The school admitted it knew about the bullying.", False),
])
_add("Storm Elin brought down trees and power lines across the north on Tuesday, leaving 45,000 homes without electricity; most were reconnected by the evening.", [
 ("Storm Elin left 45,000 homes without electricity.", True),
 ("Most homes were reconnected by the evening.", True),
 ("All homes were reconnected by the evening.", False),
 ("Storm Elin left 4,500 homes without electricity.", False),
 ("Most homes were still without power on Wednesday.", False),
 ("Storm Elin hit the south on Tuesday.", False),
])
_add("The couple, who married in 1954, celebrated their 70th wedding anniversary with a party at the Rose Inn, where they first met.", [
 ("The couple celebrated their 70th wedding anniversary.", True),
 ("The couple first met at the Rose Inn.", True),
 ("The couple married at the Rose Inn.", False),
 ("The couple celebrated their 60th wedding anniversary.", False),
 ("The couple married in 1945.", False),
 ("The couple first met at a dance.", False),
])
# round 155
_add("Keeper staff at Haldon Zoo said on Monday that Asha, a 23-year-old Asian elephant, had given birth to a male calf weighing 110kg after a 22-month pregnancy.", [
 ("Asha, an Asian elephant at Haldon Zoo, gave birth to a male calf.", True),
 ("The calf weighed 110kg.", True),
 ("Asha gave birth to a female calf.", False),
 ("The calf weighed 210kg.", False),
 ("Asha is 32 years old.", False),
 ("Asha gave birth after a 12-month pregnancy.", False),
])
_add("Fares on Westline Ferries' island routes will rise by an average of 6% from March, the operator said, blaming higher fuel and crew costs; islanders' season tickets will be frozen.", [
 ("Westline Ferries will raise fares on its island routes by an average of 6% from March.", True),
 ("Westline Ferries blamed higher fuel and crew costs.", True),
 ("Islanders' season tickets will also rise by 6%.", False),
 ("Westline Ferries will cut fares by 6% from March.", False),
 ("Fares will rise by an average of 16%.", False),
 ("Westline Ferries blamed lower passenger numbers.", False),
])
_add("Calder United striker Marco Bell will miss the rest of the season after scans showed he had torn a knee ligament in Saturday's win over Rexham, manager Tom Price said.", [
 ("Marco Bell will miss the rest of the season.", True),
 ("Scans showed Marco Bell had torn a knee ligament.", True),
 ("Marco Bell tore an ankle ligament.", False),
 ("Marco Bell was injured in Saturday's defeat by Rexham.", False),
 ("Marco Bell said Tom Price would miss the rest of the season.", False),
 ("Marco Bell will miss three weeks.", False),
])
_add("The government has dropped plans to put VAT on school minibus fares after a backlash from rural councils, Treasury minister Alan Reece confirmed.", [
 ("The government has dropped plans to put VAT on school minibus fares.", True),
 ("Alan Reece confirmed the change.", True),
 ("The government has put VAT on school minibus fares.", False),
 ("The government dropped the plans after a backlash from city councils.", False),
 ("Rural councils dropped plans to put VAT on school minibus fares.", False),
 ("Alan Reece denied the plans had been dropped.", False),
])
_add("A £1.8m scanner paid for by the Friends of St Aldhelm's charity began taking patients at the hospital on Thursday, cutting waits for MRI scans from ten weeks to four.", [
 ("The Friends of St Aldhelm's charity paid for the £1.8m scanner.", True),
 ("The scanner cut waits for MRI scans from ten weeks to four.", True),
 ("The hospital paid £1.8m for the charity's scanner.", False),
 ("The scanner cut waits from four weeks to ten.", False),
 ("The scanner cost £8.1m.", False),
 ("Waits for MRI scans have risen to ten weeks.", False),
])
# round 156
_add("The Financial Conduct Authority fined Crestmoor Bank £14.2m on Wednesday for failing to stop money laundering through its business accounts between 2019 and 2022.", [
 ("The Financial Conduct Authority fined Crestmoor Bank £14.2m.", True),
 ("Crestmoor Bank was fined for failing to stop money laundering through its business accounts.", True),
 ("Crestmoor Bank fined the Financial Conduct Authority £14.2m.", False),
 ("Crestmoor Bank was fined £142m.", False),
 ("Crestmoor Bank was fined for money laundering through its savings accounts.", False),
 ("The failings ran between 2012 and 2022.", False),
])
_add("Southvale Water will bring in a hosepipe ban from Friday for 1.2 million customers after the driest spring in 60 years left its reservoirs at 58% of capacity.", [
 ("Southvale Water will bring in a hosepipe ban from Friday.", True),
 ("Southvale Water's reservoirs are at 58% of capacity.", True),
 ("Southvale Water lifted a hosepipe ban on Friday.", False),
 ("The ban will affect 2.1 million customers.", False),
 ("The reservoirs are 58% empty.", False),
 ("It was the wettest spring in 60 years.", False),
])
_add("Housing minister Clare Dunn resigned on Sunday night after it emerged she had claimed £9,400 in expenses for a second home she was renting out; she said she had made an honest mistake.", [
 ("Clare Dunn resigned on Sunday night.", True),
 ("Clare Dunn said she had made an honest mistake.", True),
 ("Clare Dunn was sacked on Sunday night.", False),
 ("Clare Dunn admitted she had broken the rules deliberately.", False),
 ("Clare Dunn claimed £4,900 in expenses.", False),
 ("Clare Dunn was renting a second home.", False),
])
_add("Archaeologists digging before a housing scheme near Wexcombe have found a Roman villa with a mosaic floor that they believe dates from the fourth century.", [
 ("Archaeologists have found a Roman villa near Wexcombe.", True),
 ("The villa has a mosaic floor.", True),
 ("The villa dates from the fourth century.", False),
 ("Archaeologists have found a Saxon villa near Wexcombe.", False),
 ("The villa was found during a housing scheme's construction near Exeter.", False),
 ("Archaeologists believe the villa dates from the second century.", False),
])
_add("Housebuilder Marlow Homes reported a 31% fall in pre-tax profit to £212m for the year, as it completed 9,800 homes, down from 11,400.", [
 ("Marlow Homes' pre-tax profit fell 31% to £212m.", True),
 ("Marlow Homes completed 9,800 homes in the year.", True),
 ("Marlow Homes' pre-tax profit rose 31% to £212m.", False),
 ("Marlow Homes completed 11,400 homes in the year.", False),
 ("Marlow Homes' pre-tax profit fell 13%.", False),
 ("Marlow Homes completed more homes than the year before.", False),
])
# round 157
_add("A 19-year-old man was arrested after a stolen van he was driving crashed into a bus shelter in Fenbridge at the end of a police chase early on Saturday, police said; no one was hurt.", [
 ("A 19-year-old man was arrested after a police chase.", True),
 ("No one was hurt.", True),
 ("Two people were hurt when the van crashed into a bus shelter.", False),
 ("A 91-year-old man was arrested.", False),
 ("The van crashed into a bus shelter late on Saturday.", False),
 ("Police crashed into a stolen van in Fenbridge.", False),
])
_add("Members of the Transport Workers' Union at Norbay Buses voted by 71% to accept a two-year pay offer, ending a dispute that had seen 14 days of strikes since June.", [
 ("Union members at Norbay Buses voted to accept a two-year pay offer.", True),
 ("There had been 14 days of strikes since June.", True),
 ("Union members voted to reject the pay offer.", False),
 ("71% of members voted against the pay offer.", False),
 ("There had been 41 days of strikes since June.", False),
 ("The offer was a three-year deal.", False),
])
_add("Organisers of the Harrowfield folk festival cancelled its final day on Sunday after storms flooded the main stage; ticket holders will get a partial refund.", [
 ("The final day of the Harrowfield folk festival was cancelled.", True),
 ("Ticket holders will get a partial refund.", True),
 ("The whole festival was cancelled.", False),
 ("Ticket holders will get a full refund.", False),
 ("Organisers cancelled the first day of the festival.", False),
 ("A fire damaged the main stage.", False),
])
_add("About one in four children in Kesland lives in poverty, up from one in five a decade ago, according to a report by the Child Welfare Trust published on Tuesday.", [
 ("About one in four children in Kesland lives in poverty, according to the Child Welfare Trust.", True),
 ("Child poverty in Kesland has risen over the past decade.", True),
 ("About one in five children in Kesland lives in poverty.", False),
 ("Child poverty in Kesland has fallen over the past decade.", False),
 ("The government published the report on Tuesday.", False),
 ("About one in four adults in Kesland lives in poverty.", False),
])
_add("SkyLark Airways will stop flying between Carrow and Lisbon in October, saying the route had lost money for three years, but will add a daily service to Madrid.", [
 ("SkyLark Airways will stop flying between Carrow and Lisbon in October.", True),
 ("SkyLark Airways will add a daily service to Madrid.", True),
 ("SkyLark Airways will stop flying between Carrow and Madrid.", False),
 ("SkyLark Airways will add a weekly service to Madrid.", False),
 ("The Lisbon route had made money for three years.", False),
 ("SkyLark Airways will add a daily service to Lisbon.", False),
])
# round 158
_add("The death toll from Sunday's earthquake in the mountains of northern Varesia has risen to 212, the interior ministry said, with more than 1,400 people injured and dozens still missing.", [
 ("The death toll from the earthquake in northern Varesia has risen to 212.", True),
 ("More than 1,400 people were injured.", True),
 ("The death toll has risen to 2,120.", False),
 ("The earthquake struck southern Varesia.", False),
 ("More than 1,400 people are still missing.", False),
 ("The health ministry said the toll had risen to 212.", False),
])
_add("Norland and Estavia signed a trade deal on Friday that will remove tariffs on 95% of goods within seven years, though farm products are left out.", [
 ("Norland and Estavia signed a trade deal on Friday.", True),
 ("The deal will remove tariffs on 95% of goods within seven years.", True),
 ("The deal removes tariffs on farm products.", False),
 ("The deal will remove tariffs on all goods.", False),
 ("The deal will remove tariffs on 95% of goods within 17 years.", False),
 ("Norland and Estavia abandoned trade talks on Friday.", False),
])
_add("The head teacher of Brindle Park Academy has been suspended while the trust that runs the school investigates complaints from parents, a spokesman for the trust said.", [
 ("The head teacher of Brindle Park Academy has been suspended.", True),
 ("The trust that runs the school is investigating complaints from parents.", True),
 ("The head teacher has been sacked.", False),
 ("The head teacher has suspended a member of staff.", False),
 ("Parents are investigating complaints from the trust.", False),
 ("The head teacher has been cleared after an investigation.", False),
])
_add("Cyclist Hannah Vey broke the women's hour record in Aigle on Saturday, riding 50.412km to beat the previous mark, set by her team-mate Lise Moreau in 2023, by 290 metres.", [
 ("Hannah Vey broke the women's hour record in Aigle.", True),
 ("The previous record was set by Lise Moreau in 2023.", True),
 ("Lise Moreau broke the women's hour record in Aigle.", False),
 ("Hannah Vey beat the previous mark by 290 kilometres.", False),
 ("Hannah Vey rode 54.012km.", False),
 ("Hannah Vey missed the record by 290 metres.", False),
])
_add("Households in Tarnshire recycled 47% of their rubbish last year, the county said, short of its 55% target but up from 44% the year before.", [
 ("Households in Tarnshire recycled 47% of their rubbish last year.", True),
 ("The county missed its 55% target.", True),
 ("The county met its recycling target.", False),
 ("Households in Tarnshire recycled 55% of their rubbish last year.", False),
 ("The recycling rate fell from the year before.", False),
 ("Households recycled 44% of their rubbish last year.", False),
])
# round 159
_add("Supermarket Greengate cut the price of 400 everyday products by an average of 10% on Monday, a day after rival Fairway announced price cuts of its own.", [
 ("Greengate cut the price of 400 everyday products.", True),
 ("Fairway announced price cuts a day before Greengate.", True),
 ("Greengate announced its price cuts a day before Fairway.", False),
 ("Greengate raised the price of 400 products.", False),
 ("Greengate cut prices by an average of 40%.", False),
 ("Fairway cut the price of 400 everyday products on Monday.", False),
])
_add("A High Court judge granted Ardley Oil an injunction on Tuesday barring climate protesters from its Humber terminal, but refused to extend it to the public road outside.", [
 ("A High Court judge granted Ardley Oil an injunction.", True),
 ("The judge refused to extend the injunction to the public road outside.", True),
 ("The injunction covers the public road outside the terminal.", False),
 ("The judge refused Ardley Oil an injunction.", False),
 ("Climate protesters won an injunction against Ardley Oil.", False),
 ("The injunction bars protesters from Ardley Oil's Thames terminal.", False),
])
_add("The Tamsin Bridge reopened to traffic on Wednesday, six weeks ahead of schedule, after repairs costing £3.4m, the council said.", [
 ("The Tamsin Bridge reopened to traffic on Wednesday.", True),
 ("The bridge reopened six weeks ahead of schedule.", True),
 ("The bridge reopened six weeks behind schedule.", False),
 ("The repairs cost £4.3m.", False),
 ("The bridge closed to traffic on Wednesday.", False),
 ("The bridge reopened six months ahead of schedule.", False),
])
_add("Professor Amara Osei of Kelbridge University has won the Lindqvist Prize for her work on malaria vaccines, sharing the £500,000 award with Dr Pieter Van Hal of Leiden.", [
 ("Amara Osei has won the Lindqvist Prize for her work on malaria vaccines.", True),
 ("Amara Osei shared the award with Pieter Van Hal.", True),
 ("Amara Osei won the £500,000 award alone.", False),
 ("Amara Osei won the prize for her work on tuberculosis vaccines.", False),
 ("Pieter Van Hal works at Kelbridge University.", False),
 ("The award is worth £50,000.", False),
])
_add("Unemployment in Norland rose to 4.6% in the three months to September, from 4.3%, the highest rate in three years, official figures showed.", [
 ("Unemployment in Norland rose to 4.6% in the three months to September.", True),
 ("The rate was the highest in three years.", True),
 ("Unemployment fell to 4.3%.", False),
 ("Unemployment rose to 4.6% from 3.4%.", False),
 ("The rate was the lowest in three years.", False),
 ("Unemployment rose to 4.6% in the three months to June.", False),
])
# round 160
_add("Independent candidate Rosa Whitfield won the Harbury mayoral election with 41% of first-preference votes, beating Labour's Dan Coyle on second preferences; turnout was 29%.", [
 ("Rosa Whitfield won the Harbury mayoral election.", True),
 ("Turnout was 29%.", True),
 ("Dan Coyle won the Harbury mayoral election.", False),
 ("Rosa Whitfield won 41% of second-preference votes.", False),
 ("Turnout was 41%.", False),
 ("Rosa Whitfield won a majority of first-preference votes.", False),
])
_add("Drugmaker Pellham Labs is recalling two batches of its children's paracetamol syrup after tests found some bottles held twice the stated dose; no illnesses have been reported.", [
 ("Pellham Labs is recalling two batches of children's paracetamol syrup.", True),
 ("No illnesses have been reported.", True),
 ("Some bottles held half the stated dose.", False),
 ("Pellham Labs is recalling all of its children's paracetamol syrup.", False),
 ("Several children have fallen ill.", False),
 ("Pellham Labs is recalling twelve batches.", False),
])
_add("Engineers warned on Thursday that the Coldwater reservoir dam could fail if heavy rain continued, and about 800 people living below it were told to leave their homes.", [
 ("Engineers warned the Coldwater reservoir dam could fail if heavy rain continued.", True),
 ("About 800 people were told to leave their homes.", True),
 ("The Coldwater reservoir dam failed on Thursday.", False),
 ("About 8,000 people were told to leave their homes.", False),
 ("Engineers said the dam was safe.", False),
 ("About 800 people refused to leave their homes.", False),
])
_add("After 22 years presenting the Morning Show, Gail Harper will leave at Christmas, the broadcaster said, adding that she had chosen to go and would be replaced by co-host Sam Ojo.", [
 ("Gail Harper will leave the Morning Show at Christmas.", True),
 ("Sam Ojo will replace Gail Harper.", True),
 ("Gail Harper will replace Sam Ojo.", False),
 ("Gail Harper was forced out of the Morning Show.", False),
 ("Gail Harper has presented the Morning Show for 12 years.", False),
 ("Gail Harper will leave at Easter.", False),
])
_add("The Arts Council will cut its grant to the Kellford Philharmonic by 40% from April, and the orchestra said it would have to shed a third of its 60 players.", [
 ("The Arts Council will cut its grant to the Kellford Philharmonic by 40%.", True),
 ("The orchestra said it would have to shed a third of its players.", True),
 ("The Arts Council will raise its grant to the orchestra by 40%.", False),
 ("The orchestra said it would shed 40% of its players.", False),
 ("The orchestra has 30 players.", False),
 ("The Arts Council said the orchestra would have to shed a third of its players.", False),
])
# round 161
_add("The government will take the East Coast rail franchise into public ownership from May after its operator, Trentline, said it could no longer run it at a profit.", [
 ("The government will take the East Coast rail franchise into public ownership from May.", True),
 ("Trentline said it could no longer run the franchise at a profit.", True),
 ("Trentline will take the franchise into public ownership.", False),
 ("The government will sell the franchise to Trentline.", False),
 ("The government will take the franchise into public ownership from March.", False),
 ("Trentline said the franchise made a record profit.", False),
])
_add("A 15-year-old boy was rescued by lifeboat crews after being swept out to sea on an inflatable off Pendle Sands on Sunday afternoon; he was taken to hospital as a precaution.", [
 ("A 15-year-old boy was rescued by lifeboat crews.", True),
 ("The boy was taken to hospital as a precaution.", True),
 ("A 15-year-old boy rescued a lifeboat crew.", False),
 ("The boy was seriously injured.", False),
 ("The boy was rescued on Sunday morning.", False),
 ("A 50-year-old man was swept out to sea.", False),
])
_add("Councillors rejected plans for a 20,000-seat stadium for Ashby Rovers on Monday night, saying the club had not shown how fans would get there without clogging local roads.", [
 ("Councillors rejected plans for a 20,000-seat stadium for Ashby Rovers.", True),
 ("Councillors said the club had not shown how fans would get there.", True),
 ("Councillors approved plans for the stadium.", False),
 ("The stadium would have held 12,000 fans.", False),
 ("Ashby Rovers rejected the council's plans for a stadium.", False),
 ("Councillors said the stadium was too expensive.", False),
])
_add("People who drank two to three cups of coffee a day were 12% less likely to develop heart disease than those who drank none, a study of 400,000 adults found, though the authors said it could not show that coffee was the cause.", [
 ("People who drank two to three cups of coffee a day were 12% less likely to develop heart disease, a study found.", True),
 ("The study involved 400,000 adults.", True),
 ("The study showed that coffee prevents heart disease.", False),
 ("People who drank coffee were 12% more likely to develop heart disease.", False),
 ("The study involved 40,000 adults.", False),
 ("People who drank two to three cups a day were 21% less likely to develop heart disease.", False),
])
_add("Conservative MP Hugh Lattimer was suspended from the Commons for 10 days on Tuesday after the standards committee found he had lobbied for a firm that paid him £60,000 a year.", [
 ("Hugh Lattimer was suspended from the Commons for 10 days.", True),
 ("The standards committee found he had lobbied for a firm that paid him.", True),
 ("Hugh Lattimer was suspended for 30 days.", False),
 ("The firm paid Hugh Lattimer £6,000 a year.", False),
 ("Hugh Lattimer was cleared by the standards committee.", False),
 ("The firm lobbied for Hugh Lattimer.", False),
])
# round 162
_add("A wildfire has burned 3,000 hectares of forest in the Sella hills since Friday, and firefighters said on Monday they had contained about half of it.", [
 ("A wildfire has burned 3,000 hectares of forest in the Sella hills.", True),
 ("Firefighters said they had contained about half of the fire.", True),
 ("Firefighters said they had put the fire out.", False),
 ("The wildfire has burned 30,000 hectares.", False),
 ("The fire started on Monday.", False),
 ("Firefighters said they had contained most of the fire.", False),
])
_add("The state pension age will rise to 68 in 2039, seven years earlier than planned, the work and pensions secretary announced, affecting people now in their early fifties.", [
 ("The state pension age will rise to 68 in 2039.", True),
 ("The rise comes seven years earlier than planned.", True),
 ("The state pension age will rise to 67 in 2039.", False),
 ("The rise comes seven years later than planned.", False),
 ("The state pension age will fall to 68.", False),
 ("The change affects people now in their early forties.", False),
])
_add("Businessman Victor Haldane, who fled to Spain in 2021 while on trial for a £40m investment fraud, has been extradited and will appear in court in London on Friday.", [
 ("Victor Haldane has been extradited.", True),
 ("Victor Haldane fled to Spain in 2021.", True),
 ("Victor Haldane has been convicted of a £40m investment fraud.", False),
 ("Victor Haldane fled to Portugal in 2021.", False),
 ("Victor Haldane appeared in court in London on Friday.", False),
 ("Victor Haldane fled to Spain in 2012.", False),
])
_add("The animated film Paper Moon took £38m worldwide in its opening weekend, a record for a non-sequel animation, its studio said; critics were less kind.", [
 ("Paper Moon took £38m worldwide in its opening weekend.", True),
 ("The studio said it was a record for a non-sequel animation.", True),
 ("Paper Moon took £38m in Britain in its opening weekend.", False),
 ("Critics praised Paper Moon.", False),
 ("Paper Moon took £83m in its opening weekend.", False),
 ("Paper Moon is a sequel.", False),
])
_add("Fenwater lost 23% of the water it put into its pipes to leaks last year, the regulator said, the worst rate of any company in England.", [
 ("Fenwater lost 23% of its water to leaks last year.", True),
 ("The regulator said Fenwater had the worst leakage rate in England.", True),
 ("Fenwater had the best leakage rate in England.", False),
 ("Fenwater lost 32% of its water to leaks.", False),
 ("Fenwater said the regulator lost 23% of its water to leaks.", False),
 ("Fenwater had the worst leakage rate in Britain.", False),
])
# round 163
_add("Workers at the Calloway tyre plant will strike for three days from Monday after talks over a 4% pay offer broke down, the Unite union said, but managers said the plant would keep running.", [
 ("Workers at the Calloway tyre plant will strike for three days from Monday.", True),
 ("Managers said the plant would keep running.", True),
 ("Talks over a 4% pay offer succeeded.", False),
 ("Workers will strike for three weeks.", False),
 ("The union said the plant would keep running.", False),
 ("Managers said the plant would close during the strike.", False),
])
_add("Hurricane Delia made landfall near Port Salaam late on Wednesday with winds of 140mph, cutting power to half a million homes, before weakening to a tropical storm.", [
 ("Hurricane Delia made landfall near Port Salaam.", True),
 ("Hurricane Delia cut power to half a million homes.", True),
 ("Hurricane Delia strengthened after landfall.", False),
 ("Hurricane Delia made landfall with winds of 104mph.", False),
 ("Hurricane Delia cut power to five million homes.", False),
 ("Hurricane Delia made landfall early on Wednesday.", False),
], "Hurricane Delia made landfall near Port Salaam late on Wednesday with winds of 140mph, cutting power to half a million homes, before weakening to a tropical storm.\n\nThe governor said three people had died, though the figure was expected to rise.")
_add("An independent inquiry will examine 17 deaths at Harlow Vale prison over the past two years, the justice secretary said, after the chief inspector described conditions there as the worst he had seen.", [
 ("An independent inquiry will examine 17 deaths at Harlow Vale prison.", True),
 ("The chief inspector described conditions there as the worst he had seen.", True),
 ("The justice secretary described conditions as the worst he had seen.", False),
 ("The inquiry will examine 71 deaths.", False),
 ("The deaths happened over the past ten years.", False),
 ("The chief inspector will lead the inquiry.", False),
])
_add("The Merriwell Museum will return 30 bronze sculptures to Benora, the museum's trustees announced, after years of talks; the first ten will go back next spring.", [
 ("The Merriwell Museum will return 30 bronze sculptures to Benora.", True),
 ("The first ten will go back next spring.", True),
 ("All 30 sculptures will go back next spring.", False),
 ("Benora will return 30 bronze sculptures to the Merriwell Museum.", False),
 ("The museum will return 13 sculptures.", False),
 ("The museum's trustees refused to return the sculptures.", False),
])
_add("The Bank of Norland cut interest rates by a quarter point to 4.25% on Thursday, its second cut this year, but governor Ellen Marsh warned against expecting rapid further cuts.", [
 ("The Bank of Norland cut interest rates to 4.25%.", True),
 ("It was the bank's second cut this year.", True),
 ("Ellen Marsh said rapid further cuts were expected.", False),
 ("The Bank of Norland cut rates by half a point.", False),
 ("The Bank of Norland raised rates to 4.25%.", False),
 ("It was the bank's first cut this year.", False),
])
# round 164
_add("A Pelican rocket carrying two weather satellites lifted off from the Kestrel launch site on Saturday after three delays, and both satellites reached orbit, the space agency said.", [
 ("A Pelican rocket lifted off from the Kestrel launch site on Saturday.", True),
 ("Both satellites reached orbit.", True),
 ("One of the satellites failed to reach orbit.", False),
 ("The rocket carried three weather satellites.", False),
 ("The launch went ahead without delay.", False),
 ("The rocket exploded after lift-off.", False),
])
_add("Holmbridge council will double its spending on filling potholes to £6m next year, paid for by cutting its grass-cutting budget by a quarter.", [
 ("Holmbridge council will double its spending on filling potholes to £6m.", True),
 ("The council will cut its grass-cutting budget by a quarter.", True),
 ("The council will spend £3m on potholes next year.", False),
 ("The council will double its grass-cutting budget.", False),
 ("The council will cut its pothole budget by a quarter.", False),
 ("The council will triple its spending on potholes.", False),
])
_add("Retired farmer Edith Kemp, who died in March aged 94, left £2.1m to the Blue Cross animal charity, the largest gift in its history, the charity said.", [
 ("Edith Kemp left £2.1m to the Blue Cross animal charity.", True),
 ("Edith Kemp died in March aged 94.", True),
 ("Edith Kemp left £1.2m to the charity.", False),
 ("The Blue Cross left £2.1m to Edith Kemp.", False),
 ("Edith Kemp died aged 84.", False),
 ("It was the second-largest gift in the charity's history.", False),
])
_add("Flanker Owen Price will captain Wales in the autumn internationals after Dan Rees was ruled out by a shoulder injury, head coach Gareth Ellis said.", [
 ("Owen Price will captain Wales in the autumn internationals.", True),
 ("Dan Rees was ruled out by a shoulder injury.", True),
 ("Dan Rees will captain Wales in the autumn internationals.", False),
 ("Owen Price was ruled out by a shoulder injury.", False),
 ("Dan Rees was ruled out by a knee injury.", False),
 ("Owen Price said Gareth Ellis would captain Wales.", False),
])
_add("A tax on sugary drinks cut the sugar sold in soft drinks by 35% in five years, researchers at Denholm University found, but had no clear effect on childhood obesity.", [
 ("Researchers found the tax cut the sugar sold in soft drinks by 35% in five years.", True),
 ("The researchers found no clear effect on childhood obesity.", True),
 ("The tax cut childhood obesity, researchers found.", False),
 ("The tax cut the sugar sold in soft drinks by 53%.", False),
 ("The tax raised the sugar sold in soft drinks by 35%.", False),
 ("The tax cut the sugar sold in soft drinks by 35% in 15 years.", False),
])
# round 165
_add("Eleven children were taken to hospital with minor injuries after a school bus overturned on the B4021 near Alcott on Monday morning, police said; the driver was arrested on suspicion of dangerous driving.", [
 ("Eleven children were taken to hospital with minor injuries.", True),
 ("The driver was arrested on suspicion of dangerous driving.", True),
 ("The bus overturned on January 13.", True),
 ("Eleven children were seriously injured.", False),
 ("The driver was charged with dangerous driving.", False),
 ("The bus overturned on Monday evening.", False),
 ("Police were arrested on suspicion of dangerous driving.", False),
])
_add("Staff at Dunmere council will move to a four-day week without loss of pay from April, after a six-month trial found sickness absence fell by a fifth and no service got worse.", [
 ("Dunmere council staff will move to a four-day week from April.", True),
 ("The trial found sickness absence fell by a fifth.", True),
 ("Staff will take a pay cut under the four-day week.", False),
 ("The trial found sickness absence rose by a fifth.", False),
 ("The trial lasted a year.", False),
 ("The trial found some services got worse.", False),
])
_add("Thieves who smashed their way into Harwick Jewellers on Saturday night escaped with rings and watches worth about £400,000, the shop's owner said, adding that the insurers would cover most of the loss.", [
 ("Thieves escaped with rings and watches worth about £400,000.", True),
 ("The shop's owner said the insurers would cover most of the loss.", True),
 ("The insurers will cover the whole loss.", False),
 ("Thieves escaped with rings and watches worth about £40,000.", False),
 ("Police said the insurers would cover most of the loss.", False),
 ("The thieves were caught on Saturday night.", False),
])
_add("From next month, people aged 65 and over will be able to get the winter flu vaccine at high-street pharmacies as well as at their GP surgery, the health department said.", [
 ("People aged 65 and over will be able to get the flu vaccine at pharmacies from next month.", True),
 ("They can still get it at their GP surgery.", True),
 ("People aged 65 and over will only be able to get the flu vaccine at pharmacies.", False),
 ("People aged 55 and over will be able to get the flu vaccine at pharmacies.", False),
 ("GP surgeries will stop giving the flu vaccine.", False),
 ("The change begins next year.", False),
])
_add("Dairy farmers will be paid 3p a litre less for their milk from February after Crestwell Dairies cut its price for the second time in three months, blaming a glut in Europe.", [
 ("Crestwell Dairies will pay farmers 3p a litre less from February.", True),
 ("Crestwell Dairies blamed a glut in Europe.", True),
 ("Crestwell Dairies will pay farmers 3p a litre more from February.", False),
 ("It is the first cut in three months.", False),
 ("Farmers cut the price of milk by 3p a litre.", False),
 ("Crestwell Dairies blamed a shortage in Europe.", False),
])
# round 166
_add("The Bishop of Kellbridge, the Right Rev Alan Forde, announced on Sunday that he would retire in June after 11 years in the post, saying he wanted to spend more time with his family.", [
 ("Alan Forde announced he would retire in June.", True),
 ("Alan Forde has been Bishop of Kellbridge for 11 years.", True),
 ("Alan Forde retired on Sunday.", False),
 ("Alan Forde was forced to retire.", False),
 ("Alan Forde has been bishop for 12 years.", False),
 ("Alan Forde said he wanted to spend more time on his writing.", False),
])
_add("Volunteers counted 412 harbour seals on the sandbanks of the Wash this summer, down from 520 last year, and scientists said the fall could be linked to a virus.", [
 ("Volunteers counted 412 harbour seals on the Wash this summer.", True),
 ("Scientists said the fall could be linked to a virus.", True),
 ("Scientists said the fall was caused by a virus.", False),
 ("The number of seals rose from last year.", False),
 ("Volunteers counted 520 harbour seals this summer.", False),
 ("Volunteers counted 412 grey seals.", False),
])
_add("The Estavian drama The Salt Road won the Golden Lantern for best film at the Carrow film festival on Saturday, while its star, Mira Dal, was named best actress.", [
 ("The Salt Road won the Golden Lantern for best film.", True),
 ("Mira Dal was named best actress.", True),
 ("Mira Dal was named best director.", False),
 ("The Salt Road is a Norlandic drama.", False),
 ("The Salt Road won the award for best actress.", False),
 ("The festival ended on Sunday.", False),
])
_add("Tarnmouth steelworks will shut its last blast furnace in September, putting 1,100 jobs at risk, though the owners said an electric furnace could be built by 2028 if the government helps pay for it.", [
 ("Tarnmouth steelworks will shut its last blast furnace in September.", True),
 ("The closure puts 1,100 jobs at risk.", True),
 ("The owners will build an electric furnace by 2028.", False),
 ("The closure puts 11,000 jobs at risk.", False),
 ("The owners said the government had agreed to pay for an electric furnace.", False),
 ("The steelworks will reopen its blast furnace in September.", False),
])
_add("Rents for new tenancies in Carrow will be capped at 5% a year from July under a law passed by the city assembly on Thursday by 33 votes to 29.", [
 ("Rents for new tenancies in Carrow will be capped at 5% a year from July.", True),
 ("The city assembly passed the law by 33 votes to 29.", True),
 ("The city assembly rejected the law.", False),
 ("Rents will be capped at 5% a month.", False),
 ("The law passed by 29 votes to 33.", False),
 ("Rents for all tenancies will be capped from July.", False),
])
# round 167
_add("The speed limit on a four-mile stretch of the M52 around Hallam will be cut from 70mph to 50mph for a year from Monday to reduce pollution, National Highways said.", [
 ("The speed limit on part of the M52 will be cut to 50mph from Monday.", True),
 ("The change is meant to reduce pollution.", True),
 ("The speed limit will be raised from 50mph to 70mph.", False),
 ("The limit will be cut on a 14-mile stretch.", False),
 ("The lower limit will be permanent.", False),
 ("The limit will be cut to reduce accidents.", False),
])
_add("Norland's Ilya Renko won the world chess championship in Dubai on Wednesday, beating the defending champion, Tomas Berg of Estavia, 7.5 to 6.5 after a tie-break.", [
 ("Ilya Renko won the world chess championship.", True),
 ("Ilya Renko beat Tomas Berg 7.5 to 6.5.", True),
 ("Tomas Berg won the world chess championship.", False),
 ("Ilya Renko is the defending champion.", False),
 ("Ilya Renko won without a tie-break.", False),
 ("The championship was held in Doha.", False),
])
_add("Bakery chain Cobbs is recalling its seeded sourdough loaves because they may contain small pieces of plastic, the Food Standards Agency said; no other products are affected.", [
 ("Cobbs is recalling its seeded sourdough loaves.", True),
 ("The loaves may contain small pieces of plastic.", True),
 ("The loaves contain small pieces of glass.", False),
 ("The loaves contain small pieces of plastic.", False),
 ("Cobbs is recalling all of its bread.", False),
 ("Cobbs said no other products were affected.", False),
])
_add("A bill to limit short-term holiday lets to 90 nights a year cleared its first vote in the Norland parliament on Tuesday, though ministers admitted it was unlikely to become law before the summer.", [
 ("The bill would limit short-term holiday lets to 90 nights a year.", True),
 ("Ministers admitted the bill was unlikely to become law before the summer.", True),
 ("The bill will become law before the summer.", False),
 ("The bill would limit holiday lets to 60 nights a year.", False),
 ("The bill was defeated in its first vote.", False),
 ("The bill would ban short-term holiday lets.", False),
])
_add("A nearly complete skeleton of a plant-eating dinosaur, found by a farmer on the Isle of Skerra in 2022, will go on display at the Northern Museum in March, curators said.", [
 ("A nearly complete dinosaur skeleton will go on display at the Northern Museum in March.", True),
 ("The skeleton was found by a farmer on the Isle of Skerra.", True),
 ("The skeleton is of a meat-eating dinosaur.", False),
 ("The skeleton was found by curators in 2022.", False),
 ("The skeleton was found in 2020.", False),
 ("The complete skeleton went on display in March.", False),
])
# round 168
_add("About 300 passengers were taken off the ferry Star of Arran on Friday after a fire broke out in its engine room off the Mull of Kintyre; the coastguard said no one was hurt and the fire was put out by the crew.", [
 ("About 300 passengers were taken off the ferry after a fire broke out in its engine room.", True),
 ("The crew put out the fire.", True),
 ("The coastguard put out the fire.", False),
 ("Several passengers were hurt.", False),
 ("About 3,000 passengers were taken off the ferry.", False),
 ("The fire broke out in the ferry's kitchen.", False),
])
_add("The Kesland teachers' pension fund lost 4.2% of its value last year, its worst result since 2008, chiefly because of falls in the value of its property holdings.", [
 ("The Kesland teachers' pension fund lost 4.2% of its value last year.", True),
 ("It was the fund's worst result since 2008.", True),
 ("The fund gained 4.2% last year.", False),
 ("It was the fund's best result since 2008.", False),
 ("The losses came chiefly from its share holdings.", False),
 ("The fund lost 2.4% of its value last year.", False),
])
_add("A nurse who stole morphine from a hospice where she worked has been struck off, a tribunal ruled; it found she had taken the drug on at least 14 occasions over a year.", [
 ("The nurse has been struck off.", True),
 ("The tribunal found she took morphine on at least 14 occasions.", True),
 ("The nurse has been suspended for a year.", False),
 ("The tribunal found she took morphine on 40 occasions.", False),
 ("The nurse stole morphine from a hospital.", False),
 ("The hospice struck off the nurse.", False),
])
_add("Air pollution in Brennock broke legal limits on 38 days last year, up from 21 the year before, and the city council said traffic was mostly to blame.", [
 ("Air pollution in Brennock broke legal limits on 38 days last year.", True),
 ("The city council said traffic was mostly to blame.", True),
 ("Air pollution broke legal limits on 21 days last year.", False),
 ("The number of days fell from the year before.", False),
 ("The city council said factories were mostly to blame.", False),
 ("The city council said traffic was wholly to blame.", False),
])
_add("Broadband firms Fibrenet and Linkway have agreed to merge, creating the country's second-largest provider with 4.1 million customers, subject to approval by the competition regulator.", [
 ("Fibrenet and Linkway have agreed to merge.", True),
 ("The merger needs approval from the competition regulator.", True),
 ("The merger has been approved by the competition regulator.", False),
 ("The merged firm will be the country's largest provider.", False),
 ("The merged firm will have 1.4 million customers.", False),
 ("Fibrenet has agreed to buy Linkway.", False),
])
# round 169
_add("Firefighters pulled a spaniel from the River Wend on Sunday after it was swept away chasing a stick; its owner, who had waded in after it, was treated for the cold.", [
 ("Firefighters pulled a spaniel from the River Wend.", True),
 ("The dog's owner was treated for the cold.", True),
 ("The dog's owner pulled the spaniel from the river.", False),
 ("Firefighters pulled the dog's owner from the river.", False),
 ("The spaniel died after being swept away.", False),
 ("The owner was treated for a broken leg.", False),
])
_add("Carmaker Volta will build its first battery-electric model at its Swindale plant from 2027, securing 2,300 jobs, after the government agreed to contribute £120m towards the £900m cost.", [
 ("Volta will build its first battery-electric model at Swindale from 2027.", True),
 ("The government agreed to contribute £120m.", True),
 ("The government will pay the £900m cost.", False),
 ("The plan secures 3,200 jobs.", False),
 ("Volta will contribute £120m to the government.", False),
 ("Volta will build its first electric model at Swindale from 2026.", False),
])
_add("Mayor Dana Kirk vetoed the city's budget on Monday, saying its 8% property tax rise was too steep; the council can override her with a two-thirds majority.", [
 ("Dana Kirk vetoed the city's budget.", True),
 ("Dana Kirk said the 8% property tax rise was too steep.", True),
 ("The council vetoed Dana Kirk's budget.", False),
 ("The council has overridden the veto.", False),
 ("The council needs a simple majority to override the veto.", False),
 ("Dana Kirk said the property tax rise was too small.", False),
])
_add("Captain Leah Marsh hit an unbeaten 132 as Norland beat Estavia by six wickets in Harwick on Saturday to level the series at 1-1.", [
 ("Leah Marsh hit an unbeaten 132.", True),
 ("Norland beat Estavia by six wickets.", True),
 ("Estavia beat Norland by six wickets.", False),
 ("Leah Marsh was out for 132.", False),
 ("Norland lead the series 2-1.", False),
 ("Leah Marsh hit an unbeaten 123.", False),
])
_add("Flu cases in Kesland have risen for a fourth week, with 1,960 people in hospital, but health officials said the peak may have been reached.", [
 ("Flu cases in Kesland have risen for a fourth week.", True),
 ("There are 1,960 people with flu in hospital.", True),
 ("Health officials said the peak had been reached.", False),
 ("Flu cases have fallen for a fourth week.", False),
 ("There are 1,690 people with flu in hospital.", False),
 ("Flu cases have risen for a fourth month.", False),
])
# round 170
_add("The government approved a third runway at Harrowby airport on Thursday, overruling the planning inspector, who had recommended refusal on noise grounds.", [
 ("The government approved a third runway at Harrowby airport.", True),
 ("The planning inspector had recommended refusal on noise grounds.", True),
 ("The planning inspector approved the third runway.", False),
 ("The government rejected the third runway.", False),
 ("The planning inspector had recommended approval.", False),
 ("The inspector had objected on cost grounds.", False),
])
_add("Maths teacher Rachel Obi of Fernhill School was named Teacher of the Year at a ceremony in London on Tuesday, beating 4,000 nominees; her pupils had nominated her.", [
 ("Rachel Obi was named Teacher of the Year.", True),
 ("Rachel Obi's pupils nominated her.", True),
 ("Rachel Obi is a science teacher.", False),
 ("Rachel Obi nominated her pupils.", False),
 ("Rachel Obi beat 400 nominees.", False),
 ("The ceremony was held in Manchester.", False),
])
_add("Junior doctors in Norland will strike for five days from 3 March after 88% of those who voted backed action, on a turnout of 61%, the doctors' union said.", [
 ("Junior doctors will strike for five days from 3 March.", True),
 ("88% of those who voted backed action, the union said.", True),
 ("Junior doctors will strike for three days.", False),
 ("61% of those who voted backed action.", False),
 ("Turnout was 88%.", False),
 ("The government said 88% of those who voted backed action.", False),
])
_add("The Ardloch dam produced a record 1.2 terawatt hours of electricity last year, enough for about 400,000 homes, after heavy rain filled its reservoir.", [
 ("The Ardloch dam produced a record 1.2 terawatt hours of electricity last year.", True),
 ("Heavy rain filled its reservoir.", True),
 ("The dam produced enough electricity for 4 million homes.", False),
 ("The dam produced less electricity than the year before because of drought.", False),
 ("The dam produced 2.1 terawatt hours last year.", False),
 ("The record came after a dry year.", False),
])
_add("Customers of Brightway Bank were unable to use its app or make card payments for about six hours on Friday; the bank blamed a software update and said no money had been lost.", [
 ("Brightway Bank customers were unable to use its app for about six hours.", True),
 ("The bank blamed a software update.", True),
 ("The bank blamed a cyber attack.", False),
 ("Customers lost money during the outage.", False),
 ("The outage lasted about six days.", False),
 ("Customers could still make card payments.", False),
])
# round 171
_add("Celebrity chef Marco Vane will close his flagship restaurant in Harwick at the end of the month, blaming rising energy bills, but his two other restaurants will stay open.", [
 ("Marco Vane will close his flagship restaurant at the end of the month.", True),
 ("His two other restaurants will stay open.", True),
 ("Marco Vane will close all three of his restaurants.", False),
 ("Marco Vane blamed rising rents.", False),
 ("Marco Vane will open a new restaurant in Harwick.", False),
 ("His two other restaurants will also close.", False),
])
_add("House prices in Norland fell 1.8% in the year to November, the first annual fall since 2012, but the average home still costs £281,000, according to the Harrow building society.", [
 ("House prices in Norland fell 1.8% in the year to November.", True),
 ("The average home costs £281,000, according to the Harrow building society.", True),
 ("House prices rose 1.8% in the year to November.", False),
 ("It was the second annual fall since 2012.", False),
 ("The average home costs £218,000.", False),
 ("The government said house prices fell 1.8%.", False),
])
_add("The coastguard rescued 46 people from a dinghy that began sinking in the Channel early on Wednesday; two children were flown to hospital with hypothermia.", [
 ("The coastguard rescued 46 people from a dinghy in the Channel.", True),
 ("Two children were flown to hospital with hypothermia.", True),
 ("Two children died of hypothermia.", False),
 ("The coastguard rescued 64 people.", False),
 ("The dinghy sank late on Wednesday.", False),
 ("Two adults were flown to hospital.", False),
])
_add("A syndicate of 12 bus drivers from the Kellmoor depot has won £4.2m on the lottery, meaning each will receive £350,000; one said he would keep working.", [
 ("A syndicate of 12 bus drivers has won £4.2m on the lottery.", True),
 ("Each member will receive £350,000.", True),
 ("All of the drivers said they would stop working.", False),
 ("Each member will receive £4.2m.", False),
 ("A syndicate of 21 bus drivers has won the lottery.", False),
 ("One driver said he would retire.", False),
])
_add("Norland's parliament elected Joan Petrie as its first woman Speaker on Monday by 302 votes to 241, after the previous Speaker, Hal Drew, stood down.", [
 ("Joan Petrie was elected Speaker of Norland's parliament.", True),
 ("Joan Petrie is the first woman Speaker.", True),
 ("Hal Drew was elected Speaker.", False),
 ("Joan Petrie won by 302 votes to 214.", False),
 ("Hal Drew was removed as Speaker.", False),
 ("Joan Petrie stood down as Speaker.", False),
])
# round 172
_add("Households can claim a grant of up to £7,500 towards a heat pump from April, up from £5,000, the energy department said, but the scheme will close once its £300m budget runs out.", [
 ("Households can claim up to £7,500 towards a heat pump from April.", True),
 ("The scheme will close once its £300m budget runs out.", True),
 ("The grant will fall from £7,500 to £5,000.", False),
 ("Households can claim up to £5,000 from April.", False),
 ("The scheme has a budget of £3m.", False),
 ("The scheme will stay open until 2030.", False),
])
_add("The Glenmore ski centre has opened for the season two weeks early after heavy snowfall, with all eight of its lifts running, its manager said.", [
 ("The Glenmore ski centre has opened for the season two weeks early.", True),
 ("All eight lifts are running.", True),
 ("The ski centre opened two weeks late.", False),
 ("Only some of the lifts are running.", False),
 ("The ski centre has six lifts.", False),
 ("The centre opened early because of snow machines.", False),
])
_add("A polar bear cub born at Halvik Wildlife Park in November has been seen outside its den for the first time, keepers said; its sex is not yet known.", [
 ("A polar bear cub born at Halvik Wildlife Park has been seen outside its den for the first time.", True),
 ("Keepers said the cub's sex is not yet known.", True),
 ("The cub is female.", False),
 ("The cub was born in October.", False),
 ("The cub has left the park.", False),
 ("Keepers saw the cub's mother outside the den for the first time.", False),
])
_add("The Court of Appeal quashed Daniel Price's murder conviction on Wednesday and ordered a retrial, ruling that the jury had not been properly directed; he remains in custody.", [
 ("The Court of Appeal quashed Daniel Price's murder conviction.", True),
 ("The court ordered a retrial.", True),
 ("Daniel Price has been released from custody.", False),
 ("The court upheld Daniel Price's murder conviction.", False),
 ("Daniel Price was cleared of murder.", False),
 ("The court ruled that the jury had been properly directed.", False),
])
_add("Supermarket group Hallmark reported a 12% rise in half-year profit to £540m, helped by strong Christmas sales, and raised its dividend by 5%.", [
 ("Hallmark reported a 12% rise in half-year profit to £540m.", True),
 ("Hallmark raised its dividend by 5%.", True),
 ("Hallmark raised its dividend by 12%.", False),
 ("Hallmark reported a 12% fall in half-year profit.", False),
 ("Hallmark's half-year profit rose to £450m.", False),
 ("Hallmark cut its dividend.", False),
])
# round 173
_add("A tram came off the rails at a junction in Carrow city centre on Thursday evening; none of the 30 passengers was hurt, and the operator said services on the line would be suspended until Monday.", [
 ("A tram came off the rails in Carrow city centre.", True),
 ("None of the 30 passengers was hurt.", True),
 ("Services on the line will be suspended until Monday.", True),
 ("Several of the passengers were hurt.", False),
 ("Services will resume on Friday.", False),
 ("The tram was carrying 13 passengers.", False),
])
_add("Firefighters in Tarnshire have accepted a pay offer of 5% this year and 3% next year, their union said, ending the threat of a strike over the winter.", [
 ("Firefighters in Tarnshire have accepted a pay offer.", True),
 ("The offer is 5% this year and 3% next year.", True),
 ("Firefighters have rejected the pay offer.", False),
 ("The offer is 3% this year and 5% next year.", False),
 ("Firefighters will strike over the winter.", False),
 ("The employers said the firefighters had accepted the offer.", False),
])
_add("Regulators have approved the skin-cancer drug Melvera for patients whose cancer has spread, but not for those at an earlier stage, after a trial showed it extended life by an average of five months.", [
 ("Regulators have approved Melvera for patients whose cancer has spread.", True),
 ("The trial showed Melvera extended life by an average of five months.", True),
 ("Melvera has been approved for patients at an earlier stage.", False),
 ("The trial showed Melvera extended life by five years.", False),
 ("Regulators rejected Melvera.", False),
 ("The trial showed Melvera cured the cancer.", False),
])
_add("A landslide has closed the railway between Pendle and Rosscombe, and Network Rail said the line was unlikely to reopen before Easter; buses are replacing trains.", [
 ("A landslide has closed the railway between Pendle and Rosscombe.", True),
 ("Buses are replacing trains.", True),
 ("Network Rail said the line will reopen before Easter.", False),
 ("Network Rail said the line would reopen on Monday.", False),
 ("A flood has closed the railway between Pendle and Rosscombe.", False),
 ("Trains are still running between Pendle and Rosscombe.", False),
])
_add("Toddlers who spent more than two hours a day in front of screens had smaller vocabularies at age three, a study of 5,000 children found, though the researchers said other factors could explain the link.", [
 ("Toddlers who spent more than two hours a day in front of screens had smaller vocabularies at age three, a study found.", True),
 ("The study involved 5,000 children.", True),
 ("The study proved that screens shrink toddlers' vocabularies.", False),
 ("Toddlers who spent more than two hours on screens had larger vocabularies.", False),
 ("The study involved 50,000 children.", False),
 ("The researchers said no other factors could explain the link.", False),
])
# round 174
_add("Dockers at the port of Fennick will strike for 48 hours from Tuesday over pay, the union said; the port's owner said it had offered 6% and called the strike unnecessary.", [
 ("Dockers at Fennick will strike for 48 hours from Tuesday.", True),
 ("The port's owner said it had offered 6%.", True),
 ("The union said it had offered 6%.", False),
 ("The port's owner called the strike necessary.", False),
 ("Dockers will strike for 24 hours.", False),
 ("The port's owner said it had offered 16%.", False),
])
_add("The Harwick Courier has appointed its deputy editor, Sian Lowe, as editor, replacing Mark Tate, who is leaving after nine years to run a journalism school.", [
 ("The Harwick Courier has appointed Sian Lowe as editor.", True),
 ("Mark Tate is leaving after nine years.", True),
 ("Mark Tate has been appointed editor.", False),
 ("Sian Lowe is leaving to run a journalism school.", False),
 ("Mark Tate was sacked after nine years.", False),
 ("Mark Tate is leaving after five years.", False),
])
_add("Smoke from wildfires in the Estavian hills could reach the north of Norland by Thursday, forecasters said, advising people with asthma to stay indoors if the air quality worsens.", [
 ("Smoke from wildfires could reach the north of Norland by Thursday, forecasters said.", True),
 ("Forecasters advised people with asthma to stay indoors if the air quality worsens.", True),
 ("Smoke from wildfires will reach the north of Norland by Thursday.", False),
 ("Forecasters advised everyone to stay indoors.", False),
 ("Smoke could reach the south of Norland by Thursday.", False),
 ("Forecasters said the air quality had worsened.", False),
])
_add("An American investment group has agreed to buy Rexham Athletic for £85m from its long-time owner, the Ashby family, pending approval from the league.", [
 ("An American investment group has agreed to buy Rexham Athletic for £85m.", True),
 ("The deal needs approval from the league.", True),
 ("The Ashby family has agreed to buy Rexham Athletic.", False),
 ("The league has approved the takeover.", False),
 ("The group will pay £58m.", False),
 ("A Saudi investment group has agreed to buy Rexham Athletic.", False),
])
_add("Norland's population grew by 3.1% to 6.4 million in the ten years to 2024, the census showed, with almost all of the growth in the two largest cities.", [
 ("Norland's population grew by 3.1% to 6.4 million in the ten years to 2024.", True),
 ("Almost all of the growth was in the two largest cities.", True),
 ("Norland's population fell by 3.1%.", False),
 ("All of the growth was in the two largest cities.", False),
 ("Norland's population grew to 4.6 million.", False),
 ("Most of the growth was in rural areas.", False),
])
# round 175
_add("Brenlow council has voted to close three of its seven public toilets to save £90,000 a year, despite a petition signed by 2,300 residents asking it to keep them open.", [
 ("Brenlow council voted to close three of its seven public toilets.", True),
 ("A petition asking the council to keep the toilets open was signed by 2,300 residents.", True),
 ("Brenlow council voted to close all seven of its public toilets.", False),
 ("The closures will save £900,000 a year.", False),
 ("Brenlow council voted to keep the toilets open after a petition.", False),
 ("Residents voted to close three public toilets.", False),
])
_add("Two climbers were rescued from Scar Pike on Saturday evening after one of them slipped and broke an ankle, Kelder Mountain Rescue said; both were flown to Carnford hospital by the coastguard helicopter.", [
 ("Two climbers were rescued from Scar Pike on Saturday evening.", True),
 ("Both climbers were flown to Carnford hospital.", True),
 ("One of the climbers broke a leg.", False),
 ("Both climbers slipped and broke an ankle.", False),
 ("The climbers were carried down by Kelder Mountain Rescue.", False),
 ("The climbers were rescued on Sunday evening.", False),
])
_add("Sales at the fashion chain Mabel & Rowe fell 8% in the three months to June, and the company warned that profits for the year would be at the lower end of forecasts because of the wet summer.", [
 ("Sales at Mabel & Rowe fell 8% in the three months to June.", True),
 ("Mabel & Rowe blamed the wet summer.", True),
 ("Sales at Mabel & Rowe rose 8% in the three months to June.", False),
 ("Mabel & Rowe said profits would be at the upper end of forecasts.", False),
 ("Mabel & Rowe said it would make a loss for the year.", False),
 ("Sales fell 8% in the six months to June.", False),
])
_add("A man who posed as a gas engineer to steal from elderly people in their homes was jailed for six years at Tolbury Crown Court on Friday; the judge said he had preyed on the vulnerable.", [
 ("The man was jailed for six years at Tolbury Crown Court.", True),
 ("The man posed as a gas engineer.", True),
 ("The man was jailed for sixteen years.", False),
 ("The man was given a suspended sentence.", False),
 ("The man posed as a police officer.", False),
 ("The judge was accused of preying on the vulnerable.", False),
])
_add("The Norland women's hockey team reached the final of the European Championship for the first time with a 3-2 win over Belgium in Amstel on Thursday, Lena Fox scoring twice.", [
 ("Norland reached the final of the European Championship for the first time.", True),
 ("Lena Fox scored twice.", True),
 ("Norland lost 3-2 to Belgium.", False),
 ("Norland won the European Championship for the first time.", False),
 ("Lena Fox scored a hat-trick.", False),
 ("Belgium reached the final for the first time.", False),
])
# round 176
_add("About 4,000 homes in Westmere were without water for a second day on Tuesday after a main burst under the ring road, and bottled water stations were set up at three supermarkets, Kestrel Water said.", [
 ("About 4,000 homes in Westmere were without water for a second day.", True),
 ("Bottled water stations were set up at three supermarkets.", True),
 ("About 40,000 homes were without water.", False),
 ("Water was restored to Westmere on Tuesday.", False),
 ("Bottled water stations were set up at three schools.", False),
 ("The main burst under the railway station.", False),
])
_add("Police have charged a 34-year-old woman with fraud after £210,000 went missing from the accounts of the Linwood Scout group, where she had been treasurer for five years.", [
 ("A 34-year-old woman has been charged with fraud.", True),
 ("£210,000 went missing from the accounts of the Linwood Scout group.", True),
 ("A 34-year-old woman has been convicted of fraud.", False),
 ("£120,000 went missing from the accounts.", False),
 ("The woman had been treasurer for fifteen years.", False),
 ("The woman had been the group's leader for five years.", False),
])
_add("The Arts Council will cut its grant to the Calder Opera by 40% from next year, and the company's director said it would have to stage fewer productions and might leave its home theatre.", [
 ("The Arts Council will cut its grant to the Calder Opera by 40% from next year.", True),
 ("The director said the company might leave its home theatre.", True),
 ("The company will leave its home theatre.", False),
 ("The Arts Council will cut its grant by 14%.", False),
 ("The Arts Council will increase its grant to the Calder Opera.", False),
 ("The director said the company would stage more productions.", False),
])
_add("Investigators said the freight train that derailed near Halton Junction last month had been travelling at 48mph on a stretch limited to 20mph, and that the driver had been on duty for eleven hours.", [
 ("The freight train had been travelling at 48mph on a stretch limited to 20mph.", True),
 ("The driver had been on duty for eleven hours.", True),
 ("The train had been travelling at 20mph.", False),
 ("The stretch was limited to 48mph.", False),
 ("The driver had been on duty for seven hours.", False),
 ("The passenger train derailed near Halton Junction.", False),
])
_add("A rare white-tailed eagle released on the Isle of Carra five years ago has raised the first chick born on the island in more than a century, the wildlife trust said.", [
 ("A white-tailed eagle on the Isle of Carra has raised a chick.", True),
 ("The eagle was released on the island five years ago.", True),
 ("The chick is the first born on the island in more than a decade.", False),
 ("The eagle was released on the island fifteen years ago.", False),
 ("A golden eagle has raised the first chick born on the island.", False),
 ("The wildlife trust released the chick five years ago.", False),
])
# round 177
_add("Hospital admissions for flu in Norland doubled in the week to Sunday to 1,450, the health agency said, urging people over 65 who had not yet had a jab to book one.", [
 ("Hospital admissions for flu doubled in the week to Sunday to 1,450.", True),
 ("The health agency urged people over 65 to book a flu jab.", True),
 ("Hospital admissions for flu halved in the week to Sunday.", False),
 ("Hospital admissions for flu rose to 4,150.", False),
 ("The health agency urged everyone to book a flu jab.", False),
 ("Hospital deaths from flu doubled to 1,450.", False),
])
_add("The owner of the Grand Pavilion hotel in Seacombe has been told to repair its crumbling seafront facade within six months or face prosecution, after a chunk of masonry fell onto the pavement in March.", [
 ("The owner of the Grand Pavilion hotel has been told to repair its facade within six months.", True),
 ("A chunk of masonry fell onto the pavement in March.", True),
 ("The owner of the Grand Pavilion hotel has been prosecuted.", False),
 ("The owner has been told to repair the facade within six weeks.", False),
 ("A chunk of masonry fell onto a passer-by in March.", False),
 ("The hotel has been told to demolish its facade.", False),
])
_add("Westbrook Rovers have signed goalkeeper Danny Moss from Alcott Town on a two-year deal for an undisclosed fee, ending a search that began when Pete Hale retired in May.", [
 ("Westbrook Rovers have signed goalkeeper Danny Moss from Alcott Town.", True),
 ("Danny Moss signed a two-year deal.", True),
 ("Alcott Town have signed Danny Moss from Westbrook Rovers.", False),
 ("Danny Moss signed for a fee of £2m.", False),
 ("Danny Moss retired in May.", False),
 ("Danny Moss signed a three-year deal.", False),
])
_add("The number of people sleeping rough in Harwick on a single night in autumn rose to 112 from 87 a year earlier, the council's count found; the council said a new shelter would open in January.", [
 ("The number of people sleeping rough in Harwick rose to 112 from 87.", True),
 ("The council said a new shelter would open in January.", True),
 ("The number of people sleeping rough fell to 87.", False),
 ("The number of people sleeping rough rose to 112 from 78.", False),
 ("A new shelter opened in January.", False),
 ("The council said it would close a shelter in January.", False),
])
_add("Ferries between Portcallan and the Isle of Mull were cancelled on Wednesday as winds of up to 70mph hit the west coast, and the Met Office said the worst would pass by Thursday afternoon.", [
 ("Ferries between Portcallan and the Isle of Mull were cancelled on Wednesday.", True),
 ("The Met Office said the worst would pass by Thursday afternoon.", True),
 ("Winds of up to 170mph hit the west coast.", False),
 ("Ferries were cancelled on Thursday.", False),
 ("Winds of up to 70mph hit the east coast.", False),
 ("The Met Office said the worst had passed.", False),
])
# round 178
_add("Dr Ruth Okafor, the head of Tarrow University's medical school, has been appointed the country's chief medical officer and will start in September, succeeding Sir Colin Ames.", [
 ("Dr Ruth Okafor has been appointed chief medical officer.", True),
 ("Dr Ruth Okafor will start in September.", True),
 ("Sir Colin Ames has been appointed chief medical officer.", False),
 ("Dr Ruth Okafor will start in November.", False),
 ("Dr Ruth Okafor is the head of Tarrow University's law school.", False),
 ("Sir Colin Ames will succeed Dr Ruth Okafor.", False),
])
_add("A fire that broke out in the kitchen of the Old Bell pub in Dunmere on Sunday night spread to the roof and destroyed the 17th-century building, though all 30 customers and staff got out unhurt.", [
 ("A fire destroyed the Old Bell pub in Dunmere on Sunday night.", True),
 ("All 30 customers and staff got out unhurt.", True),
 ("The fire broke out in the roof of the Old Bell pub.", False),
 ("Two customers were hurt in the fire.", False),
 ("The building dated from the 18th century.", False),
 ("The fire spread to the kitchen.", False),
])
_add("Consumer prices in Norland rose 2.9% in the year to October, down from 3.4% in September, the statistics office said, the lowest rate since early 2021.", [
 ("Consumer prices in Norland rose 2.9% in the year to October.", True),
 ("Inflation was 3.4% in September.", True),
 ("Consumer prices rose 3.4% in the year to October.", False),
 ("Inflation rose from 2.9% to 3.4%.", False),
 ("It was the highest rate since early 2021.", False),
 ("Consumer prices fell 2.9% in the year to October.", False),
])
_add("The Millbrook festival, which drew 40,000 people last summer, will not take place next year because its organisers could not get insurance, they said in a statement on Monday.", [
 ("The Millbrook festival will not take place next year.", True),
 ("The organisers said they could not get insurance.", True),
 ("The Millbrook festival drew 14,000 people last summer.", False),
 ("The Millbrook festival has been cancelled because of poor ticket sales.", False),
 ("The Millbrook festival will take place next year without insurance.", False),
 ("The insurers said in a statement on Monday that the festival would not take place.", False),
])
_add("A jury at Calder Crown Court found care worker Anna Pike not guilty of stealing from a resident but guilty of fraud by abuse of position; she will be sentenced next month.", [
 ("Anna Pike was found guilty of fraud by abuse of position.", True),
 ("Anna Pike will be sentenced next month.", True),
 ("Anna Pike was found guilty of stealing from a resident.", False),
 ("Anna Pike was cleared of fraud by abuse of position.", False),
 ("Anna Pike was sentenced last month.", False),
 ("A resident was found guilty of stealing from Anna Pike.", False),
])
# round 179
_add("Kelder's new swimming pool opened on Saturday, two years late and £3m over its £11m budget, and the council's leader apologised to residents for the delay.", [
 ("Kelder's new swimming pool opened on Saturday.", True),
 ("The council's leader apologised for the delay.", True),
 ("The pool opened on time.", False),
 ("The pool came in £3m under budget.", False),
 ("The pool's budget was £13m.", False),
 ("Residents apologised to the council's leader for the delay.", False),
])
_add("Norland's biggest bus operator, Greenway, will cut 14 rural routes from January because of falling passenger numbers and the end of a government subsidy, the company said; the county council said it was considering running some of them itself.", [
 ("Greenway will cut 14 rural routes from January.", True),
 ("The county council said it was considering running some of the routes itself.", True),
 ("The county council will run the routes itself.", False),
 ("Greenway will cut 40 rural routes.", False),
 ("Greenway blamed rising passenger numbers.", False),
 ("Greenway will add 14 rural routes from January.", False),
])
_add("Scientists at the University of Alcott said a trial of 1,200 adults found that those who ate a handful of nuts a day had a 12% lower risk of heart disease over ten years, but warned the study could not prove the nuts were the cause.", [
 ("The trial involved 1,200 adults.", True),
 ("The scientists said the study could not prove the nuts were the cause.", True),
 ("The study proved that nuts lower the risk of heart disease.", False),
 ("Those who ate nuts had a 21% lower risk of heart disease.", False),
 ("Those who ate nuts had a higher risk of heart disease.", False),
 ("The trial involved 12,000 adults.", False),
])
_add("Two men were arrested on Tuesday after 300kg of cannabis was found hidden in a lorry carrying frozen fish at the port of Carnford, the border force said.", [
 ("Two men were arrested after 300kg of cannabis was found in a lorry.", True),
 ("The lorry was carrying frozen fish.", True),
 ("Two men were charged after cannabis was found in a lorry.", False),
 ("300kg of cocaine was found in the lorry.", False),
 ("Three men were arrested at the port of Carnford.", False),
 ("The cannabis was found at Carnford airport.", False),
])
_add("Former Olympic rower Kate Dunmore has been elected mayor of the Tarrow region with 51% of the vote after second preferences, beating the sitting mayor, Ian Shaw, by fewer than 4,000 votes.", [
 ("Kate Dunmore has been elected mayor of the Tarrow region.", True),
 ("Kate Dunmore beat Ian Shaw by fewer than 4,000 votes.", True),
 ("Ian Shaw has been re-elected mayor of the Tarrow region.", False),
 ("Kate Dunmore won with 61% of the vote.", False),
 ("Kate Dunmore beat Ian Shaw by more than 4,000 votes.", False),
 ("Kate Dunmore is a former Olympic swimmer.", False),
])
# round 180
_add("Engineers have found cracks in 23 of the 40 concrete beams holding up the roof of Seacombe's main library, which will stay shut until at least Easter while repairs are made, the council said.", [
 ("Cracks were found in 23 of the 40 concrete beams.", True),
 ("The library will stay shut until at least Easter.", True),
 ("Cracks were found in all 40 concrete beams.", False),
 ("The library will reopen at Easter.", False),
 ("Cracks were found in 32 of the 40 beams.", False),
 ("The library's roof collapsed.", False),
])
_add("The chief executive of Harbour Energy, Mark Vell, will step down next year after eight years in charge, the company said on Thursday, as it reported a 30% fall in annual profit to £640m.", [
 ("Mark Vell will step down next year.", True),
 ("Harbour Energy reported a 30% fall in annual profit to £640m.", True),
 ("Mark Vell has been sacked as chief executive.", False),
 ("Harbour Energy reported a 30% rise in annual profit.", False),
 ("Mark Vell has been in charge for three years.", False),
 ("Annual profit fell to £460m.", False),
])
_add("A seven-year-old boy who went missing while on a school trip to Fellside Forest on Wednesday was found safe and well four hours later by a police dog, Cumbran police said.", [
 ("The boy was found safe and well four hours later.", True),
 ("The boy went missing on a school trip to Fellside Forest.", True),
 ("The boy was found by his teacher.", False),
 ("The boy was found safe and well fourteen hours later.", False),
 ("The boy was found injured.", False),
 ("A nine-year-old boy went missing.", False),
])
_add("Unions representing 8,000 cleaners and porters at hospitals in the Harwick trust accepted a pay offer of 5.5% on Friday, calling off strikes planned for next week.", [
 ("Unions accepted a pay offer of 5.5%.", True),
 ("Strikes planned for next week were called off.", True),
 ("Unions rejected a pay offer of 5.5%.", False),
 ("Cleaners and porters will strike next week.", False),
 ("The unions represent 18,000 cleaners and porters.", False),
 ("The unions accepted a pay offer of 4.5%.", False),
])
_add("A painting bought for £40 at a car boot sale in Kelder has been identified as a lost work by the 19th-century artist Thomas Bright and could sell for £250,000 at auction next month, Harlow's auction house said.", [
 ("The painting was bought for £40 at a car boot sale.", True),
 ("The painting could sell for £250,000 at auction.", True),
 ("The painting sold for £250,000 at auction.", False),
 ("The painting was bought for £400.", False),
 ("The painting is by the 18th-century artist Thomas Bright.", False),
 ("Harlow's auction house bought the painting for £40.", False),
])
# round 181
_add("The number of new homes started in Norland fell by a quarter in the three months to September compared with a year earlier, to 21,000, as builders blamed high borrowing costs.", [
 ("The number of new homes started fell by a quarter.", True),
 ("Builders blamed high borrowing costs.", True),
 ("The number of new homes started rose by a quarter.", False),
 ("The number of new homes started fell to 12,000.", False),
 ("The number of new homes started fell by a half.", False),
 ("Builders blamed a shortage of workers.", False),
])
_add("Airline SkyNor cancelled 180 flights on Monday after a computer fault grounded its fleet for three hours; the company apologised and said it had not been a cyber attack.", [
 ("SkyNor cancelled 180 flights on Monday.", True),
 ("SkyNor said the fault had not been a cyber attack.", True),
 ("SkyNor said the fault was caused by a cyber attack.", False),
 ("A computer fault grounded the fleet for three days.", False),
 ("SkyNor cancelled 80 flights.", False),
 ("SkyNor refused to apologise.", False),
])
_add("Planning inspectors have rejected an appeal by Oakfield Homes against the refusal of 400 houses on farmland outside Brenlow, saying the site was too far from shops and schools.", [
 ("Planning inspectors rejected Oakfield Homes' appeal.", True),
 ("The inspectors said the site was too far from shops and schools.", True),
 ("Planning inspectors approved 400 houses outside Brenlow.", False),
 ("The appeal concerned 40 houses.", False),
 ("Oakfield Homes rejected an appeal by planning inspectors.", False),
 ("The inspectors said the site was too close to shops and schools.", False),
])
_add("Calder City's captain, Joe Marsh, has been banned for three matches and fined £20,000 for swearing at a referee after Saturday's defeat by Westbrook, the football association said.", [
 ("Joe Marsh has been banned for three matches.", True),
 ("Joe Marsh was fined £20,000.", True),
 ("Joe Marsh has been banned for six matches.", False),
 ("The referee was fined £20,000.", False),
 ("Joe Marsh swore at a referee after Saturday's win over Westbrook.", False),
 ("Joe Marsh was fined £2,000.", False),
])
_add("Police in Alcott are appealing for witnesses after a cyclist in his 60s was seriously hurt in a hit-and-run on the A38 on Sunday morning; the driver of a dark blue van did not stop.", [
 ("A cyclist in his 60s was seriously hurt in a hit-and-run.", True),
 ("The driver of a dark blue van did not stop.", True),
 ("A cyclist in his 60s was killed in a hit-and-run.", False),
 ("The driver of a dark blue van was arrested.", False),
 ("The hit-and-run happened on Sunday evening.", False),
 ("The driver of a red car did not stop.", False),
])
# round 182
_add("The Norland central bank left interest rates at 4.75% on Thursday, but two of its nine policymakers voted for a cut, and the governor said rates could fall early next year if inflation keeps easing.", [
 ("The central bank left interest rates at 4.75%.", True),
 ("Two of the nine policymakers voted for a cut.", True),
 ("The central bank cut interest rates to 4.75%.", False),
 ("The governor said rates would fall early next year.", False),
 ("All nine policymakers voted to hold rates.", False),
 ("Two policymakers voted for a rise.", False),
])
_add("A puppy that fell 20 metres down a cliff at Hobb's Point was rescued unhurt by coastguards on Sunday after spending the night on a ledge, its owner said.", [
 ("A puppy was rescued unhurt by coastguards on Sunday.", True),
 ("The puppy spent the night on a ledge.", True),
 ("The puppy was rescued by firefighters.", False),
 ("The puppy fell 200 metres down a cliff.", False),
 ("The puppy was badly hurt.", False),
 ("The puppy's owner spent the night on a ledge.", False),
])
_add("The University of Seacombe will cut 250 jobs, about one in twelve of its staff, to close a £30m budget gap caused by a fall in overseas students, its vice-chancellor said.", [
 ("The University of Seacombe will cut 250 jobs.", True),
 ("The vice-chancellor blamed a fall in overseas students.", True),
 ("The University of Seacombe will cut one in four of its staff.", False),
 ("The budget gap is £13m.", False),
 ("The university will create 250 jobs.", False),
 ("The vice-chancellor blamed a rise in overseas students.", False),
])
_add("A 19-year-old man has been charged with murder after Tom Rivers, 17, was stabbed outside a takeaway in Dunmere on Friday night; a second man arrested on Saturday has been released without charge.", [
 ("A 19-year-old man has been charged with murder.", True),
 ("Tom Rivers was stabbed outside a takeaway in Dunmere.", True),
 ("A 17-year-old man has been charged with murder.", False),
 ("Two men have been charged with murder.", False),
 ("The second man has been charged.", False),
 ("Tom Rivers was stabbed outside a nightclub.", False),
])
_add("Marsh Foods has recalled jars of its tomato pasta sauce sold in the last month because some may contain small pieces of glass; no injuries have been reported.", [
 ("Marsh Foods has recalled jars of its tomato pasta sauce.", True),
 ("No injuries have been reported.", True),
 ("Several people have been injured by the sauce.", False),
 ("The jars contain small pieces of glass.", False),
 ("Marsh Foods has recalled its pesto sauce.", False),
 ("The sauce was sold in the last year.", False),
])
# round 183
_add("Opposition leader Gail Hurst said on Sunday that her party would scrap the planned rise in fuel duty if it won the election, a pledge the finance minister called unaffordable.", [
 ("Gail Hurst said her party would scrap the planned rise in fuel duty.", True),
 ("The finance minister called the pledge unaffordable.", True),
 ("The finance minister said the government would scrap the rise in fuel duty.", False),
 ("Gail Hurst called the pledge unaffordable.", False),
 ("Gail Hurst said her party would raise fuel duty.", False),
 ("Gail Hurst said her party would scrap the fuel duty rise whether or not it won.", False),
])
_add("Snow closed 60 schools in the Fellside district on Monday, and gritters worked through the night on the main roads; the Met Office has warned of ice until Wednesday.", [
 ("Snow closed 60 schools in the Fellside district on Monday.", True),
 ("The Met Office has warned of ice until Wednesday.", True),
 ("Snow closed 16 schools.", False),
 ("The Met Office has warned of snow until Friday.", False),
 ("Gritters worked through the night on the side roads.", False),
 ("All schools in the Fellside district were closed.", False),
])
_add("Shares in the drugmaker Vellant fell 18% on Tuesday after it said its Alzheimer's drug had failed to slow memory loss in a late-stage trial of 1,600 patients.", [
 ("Shares in Vellant fell 18% on Tuesday.", True),
 ("Vellant's Alzheimer's drug failed to slow memory loss in a late-stage trial.", True),
 ("Vellant's Alzheimer's drug slowed memory loss in a late-stage trial.", False),
 ("Shares in Vellant rose 18%.", False),
 ("The trial involved 6,100 patients.", False),
 ("Vellant's cancer drug failed in a late-stage trial.", False),
])
_add("Farmers in the Tarrow valley have been told they can resume moving cattle after a 10km restriction zone set up during an outbreak of bluetongue disease was lifted on Friday.", [
 ("Farmers in the Tarrow valley can resume moving cattle.", True),
 ("The restriction zone was lifted on Friday.", True),
 ("A 10km restriction zone was set up on Friday.", False),
 ("The restriction zone covered 100km.", False),
 ("Farmers have been told they cannot move cattle.", False),
 ("The outbreak was of foot-and-mouth disease.", False),
])
_add("Harwick's oldest cinema, the Regal, will close next month after 92 years because its owners want to sell the building for flats; a campaign to save it has raised £60,000.", [
 ("The Regal will close next month after 92 years.", True),
 ("A campaign to save the Regal has raised £60,000.", True),
 ("The Regal will close after 29 years.", False),
 ("The campaign has raised enough to save the Regal.", False),
 ("The owners want to turn the building into a hotel.", False),
 ("The Regal closed last month.", False),
])
# round 184
_add("Norland's exports of whisky rose 6% to £2.1bn last year, helped by strong demand in India, though sales to the United States fell for a second year, the industry body said.", [
 ("Norland's exports of whisky rose 6% to £2.1bn last year.", True),
 ("Sales to the United States fell for a second year.", True),
 ("Sales to India fell for a second year.", False),
 ("Whisky exports fell 6% last year.", False),
 ("Whisky exports rose to £1.2bn.", False),
 ("Strong demand in the United States helped whisky exports.", False),
])
_add("A former nurse at Calder General Hospital has been struck off after a tribunal found she had falsified records of checks on 14 patients; she had denied the charges.", [
 ("The former nurse has been struck off.", True),
 ("A tribunal found she had falsified records of checks on 14 patients.", True),
 ("The nurse admitted falsifying the records.", False),
 ("The nurse has been suspended for a year.", False),
 ("A tribunal found she had falsified records of checks on 40 patients.", False),
 ("A tribunal cleared the nurse.", False),
])
_add("The first direct flights between Seacombe and Lisbon will start in May, running three times a week, after Coastair won a council subsidy of £1.2m over two years.", [
 ("Direct flights between Seacombe and Lisbon will start in May.", True),
 ("Coastair won a council subsidy of £1.2m over two years.", True),
 ("The flights will run daily.", False),
 ("The flights started in March.", False),
 ("Coastair won a council subsidy of £2.1m.", False),
 ("The council won a subsidy of £1.2m from Coastair.", False),
])
_add("Rescuers pulled a woman alive from the rubble of a collapsed house in Brenlow on Tuesday, ten hours after a gas explosion that killed her neighbour, fire officers said.", [
 ("Rescuers pulled a woman alive from the rubble.", True),
 ("The gas explosion killed her neighbour.", True),
 ("The woman was killed in the gas explosion.", False),
 ("The woman was pulled from the rubble two hours after the explosion.", False),
 ("The neighbour was pulled alive from the rubble.", False),
 ("The explosion was caused by a bomb.", False),
])
_add("Drivers caught using a mobile phone at the wheel will face a £500 fine and six penalty points from June, up from £200, the transport minister announced.", [
 ("Drivers caught using a mobile phone will face a £500 fine from June.", True),
 ("The fine is currently £200.", True),
 ("Drivers will face a £200 fine from June.", False),
 ("Drivers will face three penalty points.", False),
 ("The fine will fall from £500 to £200.", False),
 ("Drivers caught using a mobile phone will lose their licence.", False),
])
# round 185
_add("Harwick's first food hall, in the former Co-op building on Mill Street, will open in March with 14 traders, the developer said; plans for a rooftop bar were dropped after objections from neighbours.", [
 ("Harwick's first food hall will open in March with 14 traders.", True),
 ("Plans for a rooftop bar were dropped after objections from neighbours.", True),
 ("The food hall will open with 40 traders.", False),
 ("Neighbours objected to the food hall.", False),
 ("The food hall will have a rooftop bar.", False),
 ("The food hall will open in May.", False),
])
_add("A 62-year-old man died after being hit by a tractor while walking his dog on a farm track near Olby on Sunday; the tractor's driver, a 19-year-old, was not hurt and is helping police.", [
 ("A 62-year-old man died after being hit by a tractor.", True),
 ("The tractor's driver was not hurt.", True),
 ("The tractor's driver was arrested.", False),
 ("A 19-year-old man died after being hit by a tractor.", False),
 ("The man was hit by a car.", False),
 ("The man's dog was killed.", False),
])
_add("Shares in Corvane, the satellite broadband company, rose 11% after it won a £300m contract to connect remote schools, its largest ever, beating two American rivals.", [
 ("Shares in Corvane rose 11%.", True),
 ("Corvane won a £300m contract to connect remote schools.", True),
 ("Shares in Corvane fell 11%.", False),
 ("An American rival won the £300m contract.", False),
 ("The contract is Corvane's second largest.", False),
 ("Corvane won a £300m contract to connect hospitals.", False),
])
_add("The number of children in Norland waiting more than a year for mental health treatment has trebled since 2021 to 8,200, the children's commissioner said, calling the delays shameful.", [
 ("The number of children waiting more than a year has trebled since 2021.", True),
 ("The children's commissioner called the delays shameful.", True),
 ("The number has doubled since 2021.", False),
 ("The number has fallen to 8,200.", False),
 ("The health minister called the delays shameful.", False),
 ("8,200 children waited more than two years.", False),
])
_add("Striker Leon Adu scored twice as Carrow City came from behind to beat Olby Town 3-2 on Saturday, moving them up to fourth in the table.", [
 ("Leon Adu scored twice.", True),
 ("Carrow City beat Olby Town 3-2.", True),
 ("Olby Town beat Carrow City 3-2.", False),
 ("The win moved Carrow City up to first in the table.", False),
 ("Leon Adu scored a hat-trick.", False),
 ("Carrow City led throughout the match.", False),
])
# round 186
_add("Fire crews rescued 40 people from a block of flats in Dunmere early on Thursday after a fire in a ground-floor shop sent smoke up the stairwell; three residents were treated for smoke inhalation.", [
 ("Fire crews rescued 40 people from a block of flats.", True),
 ("Three residents were treated for smoke inhalation.", True),
 ("The fire started in a top-floor flat.", False),
 ("Forty residents were treated for smoke inhalation.", False),
 ("Three residents died.", False),
 ("Fire crews rescued 14 people.", False),
])
_add("The Tarrow Festival's director, Anita Rhys, will step down after this year's event, her tenth, to lead the national theatre company in Wales, the festival board announced.", [
 ("Anita Rhys will step down after this year's festival.", True),
 ("Anita Rhys will lead the national theatre company in Wales.", True),
 ("Anita Rhys has been sacked by the festival board.", False),
 ("This year's festival will be Anita Rhys's fifth.", False),
 ("Anita Rhys will lead the national opera company in Wales.", False),
 ("The festival board will step down after this year's event.", False),
])
_add("A study of 9,000 nurses found that those working night shifts for more than ten years were 18% more likely to develop type 2 diabetes, researchers at Kelder University reported.", [
 ("The study involved 9,000 nurses.", True),
 ("Nurses working night shifts for more than ten years were 18% more likely to develop type 2 diabetes.", True),
 ("Night shifts cause type 2 diabetes.", False),
 ("Nurses working night shifts were 18% less likely to develop diabetes.", False),
 ("The study involved 900 nurses.", False),
 ("Nurses working night shifts for more than five years were 18% more likely to develop diabetes.", False),
])
_add("Police have closed the case into the disappearance of a £50,000 sculpture from a park in Seacombe after it was found dumped in a river, damaged but repairable.", [
 ("The sculpture was found dumped in a river.", True),
 ("The sculpture was damaged but repairable.", True),
 ("The sculpture was destroyed.", False),
 ("Police have arrested two men over the sculpture's disappearance.", False),
 ("The sculpture is worth £500,000.", False),
 ("The sculpture was found in a park.", False),
])
_add("Norland's trade deficit narrowed to £2.1bn in August from £3.4bn in July as exports of cars rose and imports of fuel fell, official figures showed.", [
 ("Norland's trade deficit narrowed to £2.1bn in August.", True),
 ("Exports of cars rose.", True),
 ("Norland's trade deficit widened to £2.1bn in August.", False),
 ("Imports of fuel rose.", False),
 ("The trade deficit was £2.1bn in July.", False),
 ("Exports of cars fell.", False),
])
# round 187
_add("Kelder council has agreed to sell the town's former magistrates' court to a hotel group for £2.3m, ending a six-year search for a buyer; the money will go towards repairing schools.", [
 ("Kelder council has agreed to sell the former magistrates' court for £2.3m.", True),
 ("The money will go towards repairing schools.", True),
 ("A hotel group has agreed to sell the court to Kelder council.", False),
 ("The money will go towards repairing roads.", False),
 ("The council has been searching for a buyer for two years.", False),
 ("The court will be sold for £3.2m.", False),
])
_add("An Air Norland flight from Lisbon to Harwick was diverted to Bordeaux on Friday after a passenger became aggressive and assaulted a member of the cabin crew, the airline said; he was arrested on landing.", [
 ("The flight was diverted to Bordeaux.", True),
 ("The passenger was arrested on landing.", True),
 ("The flight was diverted to Lisbon.", False),
 ("A member of the cabin crew assaulted a passenger.", False),
 ("The flight was diverted after a medical emergency.", False),
 ("The flight from Harwick to Lisbon was diverted.", False),
])
_add("About one in five secondary school teachers in Norland plan to leave the profession within three years, a union survey of 12,000 members found, citing workload as the main reason.", [
 ("About one in five secondary school teachers plan to leave the profession within three years.", True),
 ("The survey cited workload as the main reason.", True),
 ("About half of secondary school teachers plan to leave the profession.", False),
 ("The survey cited pay as the main reason.", False),
 ("The survey was of 1,200 members.", False),
 ("About one in five primary school teachers plan to leave.", False),
])
_add("The body of a missing kayaker was recovered from Lake Tarn on Tuesday, two days after he failed to return from a trip, police said; his death is not being treated as suspicious.", [
 ("The body of a missing kayaker was recovered from Lake Tarn on Tuesday.", True),
 ("The death is not being treated as suspicious.", True),
 ("The death is being treated as suspicious.", False),
 ("The kayaker was found alive.", False),
 ("The kayaker went missing a week earlier.", False),
 ("The body was recovered from the River Tarn.", False),
])
_add("Oil prices fell 4% on Monday to their lowest level in six months after the producers' group agreed to raise output from next month.", [
 ("Oil prices fell 4% on Monday.", True),
 ("The producers' group agreed to raise output from next month.", True),
 ("Oil prices rose 4% on Monday.", False),
 ("Oil prices fell to their lowest level in six years.", False),
 ("The producers' group agreed to cut output.", False),
 ("Oil prices fell 14%.", False),
])
# round 188
_add("A judge has ordered the owners of the derelict Crown Hotel in Brenlow to pay £180,000 towards the cost of making it safe, after the council demolished its unstable chimney last winter.", [
 ("A judge ordered the owners of the Crown Hotel to pay £180,000.", True),
 ("The council demolished the hotel's unstable chimney last winter.", True),
 ("The owners demolished the hotel's chimney last winter.", False),
 ("The council was ordered to pay £180,000.", False),
 ("The owners were ordered to pay £18,000.", False),
 ("The council demolished the hotel last winter.", False),
])
_add("Norland's men's rugby team named three uncapped players in a 33-man squad for the autumn series, with captain Joe Farrant returning after a shoulder injury, head coach Mike Vale said.", [
 ("Three uncapped players were named in a 33-man squad.", True),
 ("Joe Farrant returns after a shoulder injury.", True),
 ("Joe Farrant misses the series with a shoulder injury.", False),
 ("Five uncapped players were named in the squad.", False),
 ("Joe Farrant returns after a knee injury.", False),
 ("Joe Farrant named three uncapped players in the squad.", False),
])
_add("Tests on water from a stream near the Marlow chemical works found levels of a banned pesticide 40 times the legal limit, the environment agency said, adding that drinking water was not affected.", [
 ("Tests found a banned pesticide at 40 times the legal limit.", True),
 ("The environment agency said drinking water was not affected.", True),
 ("Drinking water was contaminated with the pesticide.", False),
 ("Tests found the pesticide at four times the legal limit.", False),
 ("The chemical works was fined for the pollution.", False),
 ("Tests found a legal pesticide at 40 times the limit.", False),
])
_add("Seacombe's pier will reopen in July, two years after a storm destroyed its end section, though the cafe at its tip will not be rebuilt until next year, the trust that owns it said.", [
 ("Seacombe's pier will reopen in July.", True),
 ("A storm destroyed the pier's end section two years ago.", True),
 ("The cafe will reopen with the pier in July.", False),
 ("A fire destroyed the pier's end section.", False),
 ("The pier will reopen in June.", False),
 ("The council that owns the pier said it would reopen.", False),
])
_add("Two brothers who ran an illegal waste site on farmland near Harwick were jailed on Monday, Paul Grey for three years and Mark Grey for 18 months; a third man was given a suspended sentence.", [
 ("Paul Grey was jailed for three years.", True),
 ("Mark Grey was jailed for 18 months.", True),
 ("Mark Grey was jailed for three years.", False),
 ("Both brothers were given suspended sentences.", False),
 ("A third man was jailed for 18 months.", False),
 ("Paul Grey was jailed for 13 years.", False),
])
# round 189
_add("The number of people killed on Norland's roads fell by 6% last year to 1,580, but deaths among cyclists rose for the third year running, the transport department said.", [
 ("Road deaths fell by 6% last year to 1,580.", True),
 ("Deaths among cyclists rose for the third year running.", True),
 ("Deaths among cyclists fell for the third year running.", False),
 ("Road deaths rose by 6% last year.", False),
 ("Deaths among pedestrians rose for the third year running.", False),
 ("Road deaths fell to 1,850.", False),
])
_add("Mayor Gemma Hurst has vetoed the council's plan to turn the old bus depot into 300 flats, saying it had too little affordable housing; councillors can overturn her veto with a two-thirds majority.", [
 ("Gemma Hurst vetoed the plan to turn the old bus depot into 300 flats.", True),
 ("Councillors can overturn the veto with a two-thirds majority.", True),
 ("Councillors have overturned the mayor's veto.", False),
 ("Gemma Hurst said the plan had too much affordable housing.", False),
 ("The council vetoed Gemma Hurst's plan for the depot.", False),
 ("The plan was for 30 flats.", False),
])
_add("Scientists have recorded the first wild beaver kits born in the Tarrow valley for 400 years, a year after a family of four beavers was released there by the wildlife trust.", [
 ("Wild beaver kits have been born in the Tarrow valley for the first time in 400 years.", True),
 ("A family of four beavers was released a year ago.", True),
 ("A family of four beavers was released 400 years ago.", False),
 ("The wildlife trust released the kits.", False),
 ("A family of six beavers was released.", False),
 ("Wild otter cubs have been born in the Tarrow valley.", False),
])
_add("The chief executive of Olby Hospitals Trust, Dr Ian Marsh, has apologised after a report found that 14 patients came to harm because of delays in reading scans; he said extra staff had been hired.", [
 ("Dr Ian Marsh has apologised.", True),
 ("A report found that 14 patients came to harm because of delays in reading scans.", True),
 ("Dr Ian Marsh has resigned.", False),
 ("A report found that 14 patients died because of delays in reading scans.", False),
 ("Dr Ian Marsh said staff had been cut.", False),
 ("A report found that 40 patients came to harm.", False),
])
_add("Kestrel Air will cut 600 jobs, mostly in its maintenance division at Harwick airport, after losing its contract to service a rival's fleet, the company said on Wednesday.", [
 ("Kestrel Air will cut 600 jobs.", True),
 ("Most of the job cuts will be in its maintenance division.", True),
 ("Kestrel Air will cut 600 jobs, mostly in its cabin crew.", False),
 ("Kestrel Air will create 600 jobs.", False),
 ("Kestrel Air won a contract to service a rival's fleet.", False),
 ("Kestrel Air will cut 6,000 jobs.", False),
])
# round 190
_add("The Ministry of Justice has dropped plans to close Brenlow's county court after the local MP and judges warned that people would have to travel 50 miles to the nearest court.", [
 ("The Ministry of Justice has dropped plans to close Brenlow's county court.", True),
 ("Judges warned that people would have to travel 50 miles to the nearest court.", True),
 ("The Ministry of Justice has closed Brenlow's county court.", False),
 ("People would have to travel 15 miles to the nearest court.", False),
 ("The local MP backed the closure.", False),
 ("The Ministry of Justice has dropped plans to close Brenlow's crown court.", False),
])
_add("Heavy rain flooded 120 homes in the village of Eddleston overnight, and the river reached its highest level since records began in 1958, the environment agency said.", [
 ("Heavy rain flooded 120 homes in Eddleston overnight.", True),
 ("The river reached its highest level since records began in 1958.", True),
 ("The river reached its lowest level since 1958.", False),
 ("Heavy rain flooded 12 homes.", False),
 ("Records began in 1985.", False),
 ("Heavy rain flooded 120 homes in the town of Eddleston.", False),
])
_add("Calder Rovers have sacked manager Phil Ennis after a run of eight games without a win left them bottom of the league; his assistant, Sam Kaye, will take charge of the next match.", [
 ("Calder Rovers have sacked Phil Ennis.", True),
 ("Sam Kaye will take charge of the next match.", True),
 ("Phil Ennis has resigned.", False),
 ("Sam Kaye has been appointed permanent manager.", False),
 ("Calder Rovers are top of the league.", False),
 ("The run was of six games without a win.", False),
])
_add("Norland's biggest supermarket chain, Fenwick's, will raise the pay of its 90,000 shop workers by 7% from April, taking the hourly rate above the minimum wage for the first time in five years.", [
 ("Fenwick's will raise the pay of its shop workers by 7% from April.", True),
 ("Fenwick's has 90,000 shop workers.", True),
 ("Fenwick's will raise pay by 7% for its managers.", False),
 ("Fenwick's will cut pay by 7%.", False),
 ("Fenwick's has 9,000 shop workers.", False),
 ("The rise will take the hourly rate below the minimum wage.", False),
])
_add("A rare copy of the first edition of a 1865 children's book sold for £140,000 at auction in Harwick on Thursday, more than twice its estimate, to an anonymous telephone bidder.", [
 ("A first edition of an 1865 children's book sold for £140,000.", True),
 ("The book sold for more than twice its estimate.", True),
 ("The book sold for less than its estimate.", False),
 ("The book was bought by a museum.", False),
 ("The book sold for £14,000.", False),
 ("The book was published in 1856.", False),
])
# round 191
_add("A 16-year-old girl has been found guilty of attempting to murder a classmate, who was stabbed three times in a school corridor in April; the judge adjourned sentencing for reports.", [
 ("A 16-year-old girl has been found guilty of attempted murder.", True),
 ("Sentencing was adjourned for reports.", True),
 ("The girl was found guilty of murder.", False),
 ("The girl has been sentenced.", False),
 ("The classmate was stabbed five times.", False),
 ("The girl was stabbed three times in a school corridor.", False),
])
_add("The government will spend £1.2bn over four years to replace 2,000 outdated school buildings, the education secretary said, though unions said the sum was a fraction of what was needed.", [
 ("The government will spend £1.2bn over four years.", True),
 ("Unions said the sum was a fraction of what was needed.", True),
 ("The government will spend £1.2bn a year.", False),
 ("The unions welcomed the sum as enough.", False),
 ("The money will replace 200 school buildings.", False),
 ("The education secretary said the sum was a fraction of what was needed.", False),
])
_add("A landslide blocked the only road into the village of Carnmore on Tuesday, cutting off 300 residents; engineers said it could take a week to clear, and a temporary ferry is being arranged.", [
 ("A landslide blocked the only road into Carnmore.", True),
 ("Engineers said the road could take a week to clear.", True),
 ("Engineers said the road would be cleared by Wednesday.", False),
 ("A temporary ferry is already running.", False),
 ("The landslide cut off 3,000 residents.", False),
 ("A landslide blocked one of three roads into Carnmore.", False),
])
_add("Inflation in the eurozone rose unexpectedly to 2.6% in May from 2.4% in April, driven by higher prices for services, data showed on Friday.", [
 ("Eurozone inflation rose to 2.6% in May.", True),
 ("The rise was driven by higher prices for services.", True),
 ("Eurozone inflation fell to 2.6% in May.", False),
 ("The rise was driven by higher energy prices.", False),
 ("Eurozone inflation was 2.6% in April.", False),
 ("The rise had been expected.", False),
])
_add("The actor Martin Kell, best known for playing a detective in the long-running series Harbour Lights, has died aged 81, his agent said.", [
 ("Martin Kell has died aged 81.", True),
 ("Martin Kell was best known for playing a detective in Harbour Lights.", True),
 ("Martin Kell has died aged 18.", False),
 ("Martin Kell played a doctor in Harbour Lights.", False),
 ("Martin Kell's agent has died aged 81.", False),
 ("Martin Kell was best known as a director.", False),
])
# round 192
_add("Police in Tarrow are investigating after about 200 graves were damaged in a cemetery overnight, with headstones pushed over and smashed; the council called it a sickening act.", [
 ("About 200 graves were damaged in a cemetery overnight.", True),
 ("The council called it a sickening act.", True),
 ("About 20 graves were damaged.", False),
 ("Police called it a sickening act.", False),
 ("Police have charged two people over the damage.", False),
 ("The graves were damaged during the day.", False),
])
_add("Harwick University has been given £25m by a former student, the largest gift in its history, to build a centre for climate research that will open in 2027.", [
 ("Harwick University has been given £25m by a former student.", True),
 ("The centre for climate research will open in 2027.", True),
 ("Harwick University has given £25m to a former student.", False),
 ("The gift is the second largest in its history.", False),
 ("The centre will open in 2025.", False),
 ("The centre will be for cancer research.", False),
])
_add("Customers of Westvale Energy will see their bills fall by an average of £120 a year from January, after the regulator lowered its price cap by 7%.", [
 ("Westvale Energy bills will fall by an average of £120 a year from January.", True),
 ("The regulator lowered its price cap by 7%.", True),
 ("Westvale Energy bills will rise by £120 a year.", False),
 ("The regulator raised its price cap by 7%.", False),
 ("Bills will fall by £210 a year.", False),
 ("Westvale Energy lowered the price cap by 7%.", False),
])
_add("An 84-year-old woman who was missing for two days after leaving a care home in Olby has been found safe in a neighbour's garden shed, police said.", [
 ("The 84-year-old woman was found safe in a garden shed.", True),
 ("She had been missing for two days.", True),
 ("The woman was found dead.", False),
 ("She had been missing for two weeks.", False),
 ("The woman was found in a neighbour's car.", False),
 ("The woman was 48 years old.", False),
])
_add("Norland's first offshore wind farm built without subsidy started generating power on Monday; its 80 turbines can supply about 600,000 homes, its Danish owner said.", [
 ("The wind farm started generating power on Monday.", True),
 ("Its 80 turbines can supply about 600,000 homes.", True),
 ("The wind farm was built with a government subsidy.", False),
 ("Its 80 turbines can supply about 6 million homes.", False),
 ("The wind farm's Norwegian owner said it could supply 600,000 homes.", False),
 ("The wind farm has 60 turbines.", False),
])
# round 193
_add("The Olby by-election was won by the Green candidate, Ruth Lane, with a majority of 1,240 over Labour, whose vote fell by half; turnout was 31%.", [
 ("Ruth Lane won the Olby by-election.", True),
 ("Turnout was 31%.", True),
 ("Labour won the Olby by-election.", False),
 ("Ruth Lane won with a majority of 12,400.", False),
 ("Labour's vote doubled.", False),
 ("Turnout was 13%.", False),
])
_add("The National Gallery will lend 12 paintings to a museum in Tokyo next year, the first time so many have left Norland together, in return for a loan of Japanese prints.", [
 ("The National Gallery will lend 12 paintings to a museum in Tokyo.", True),
 ("The gallery will receive a loan of Japanese prints in return.", True),
 ("A museum in Tokyo will lend 12 paintings to the National Gallery.", False),
 ("The gallery will lend 20 paintings.", False),
 ("The gallery has sold 12 paintings to a museum in Tokyo.", False),
 ("The gallery will receive Japanese paintings in return.", False),
])
_add("A cargo ship carrying 3,000 tonnes of fertiliser ran aground off the Kell peninsula on Sunday; the crew of 14 were unhurt and no pollution has been found, the coastguard said.", [
 ("The cargo ship ran aground off the Kell peninsula on Sunday.", True),
 ("No pollution has been found.", True),
 ("The crew of 14 were injured.", False),
 ("The ship was carrying 3,000 tonnes of oil.", False),
 ("Fertiliser has leaked into the sea.", False),
 ("The ship sank off the Kell peninsula.", False),
])
_add("Norland's economy grew by 0.4% in the three months to June, faster than the 0.2% economists had expected, helped by strong consumer spending, official figures showed.", [
 ("Norland's economy grew by 0.4% in the three months to June.", True),
 ("Growth was faster than economists had expected.", True),
 ("Norland's economy shrank by 0.4%.", False),
 ("Growth was slower than economists had expected.", False),
 ("Economists had expected growth of 0.4%.", False),
 ("Growth was helped by strong exports.", False),
])
_add("Three people were taken to hospital after a car mounted the pavement and hit a bus stop in Harwick city centre on Saturday afternoon; the driver, a man in his 80s, stopped at the scene.", [
 ("Three people were taken to hospital.", True),
 ("The driver stopped at the scene.", True),
 ("The driver fled the scene.", False),
 ("Three people were killed.", False),
 ("A bus mounted the pavement.", False),
 ("The driver was a man in his 30s.", False),
])
# round 194
_add("The town of Kelder will get its first cinema in 20 years after plans for a five-screen complex on the site of a former bus garage were approved by councillors on Tuesday.", [
 ("Kelder will get its first cinema in 20 years.", True),
 ("Councillors approved plans for a five-screen cinema.", True),
 ("Councillors rejected plans for a cinema.", False),
 ("The cinema will have fifteen screens.", False),
 ("The cinema will be built on the site of a former car park.", False),
 ("Kelder's cinema closed 20 years ago after councillors approved plans.", False),
])
_add("Thousands of commuters faced delays on Monday after a signal failure at Harwick Central halted all trains for two hours during the morning rush; Northway Rail apologised.", [
 ("A signal failure at Harwick Central halted all trains for two hours.", True),
 ("Northway Rail apologised.", True),
 ("A power cut halted the trains.", False),
 ("Trains were halted for two days.", False),
 ("The delays happened in the evening rush.", False),
 ("Northway Rail blamed the commuters.", False),
])
_add("The health regulator has approved a nasal spray vaccine against flu for children aged two to 17, which will be offered in schools from September instead of an injection.", [
 ("The regulator has approved a nasal spray flu vaccine for children.", True),
 ("The vaccine will be offered in schools from September.", True),
 ("The vaccine was approved for adults.", False),
 ("The vaccine will be given as an injection.", False),
 ("The vaccine will be offered in pharmacies from September.", False),
 ("The vaccine is for children aged two to 7.", False),
])
_add("A retired teacher from Brenlow has walked 5,000 miles around Norland's coast in a year, raising £80,000 for a cancer charity that cared for her late husband.", [
 ("The retired teacher walked 5,000 miles around Norland's coast.", True),
 ("She raised £80,000 for a cancer charity.", True),
 ("She walked 500 miles.", False),
 ("She raised £80,000 for a heart charity.", False),
 ("She took five years to walk around the coast.", False),
 ("The charity cared for her late sister.", False),
])
_add("Tarrow council will cut its bin collections to once every three weeks from June, saying it will save £1.5m a year and push up recycling; opposition councillors said rubbish would pile up.", [
 ("Tarrow council will collect bins once every three weeks from June.", True),
 ("Opposition councillors said rubbish would pile up.", True),
 ("Tarrow council will collect bins every two weeks.", False),
 ("The change will cost £1.5m a year.", False),
 ("The council said rubbish would pile up.", False),
 ("Opposition councillors said the change would push up recycling.", False),
])
# round 195
_add("Ana Ruiz, 24, won the women's 10,000 metres in 30 minutes 41 seconds, a championship record, ahead of the defending champion, Mia Kovac, who finished 11 seconds behind.", [
 ("Ana Ruiz won the women's 10,000 metres.", True),
 ("Mia Kovac finished 11 seconds behind Ana Ruiz.", True),
 ("Mia Kovac won the women's 10,000 metres.", False),
 ("Ana Ruiz is the defending champion.", False),
 ("Ana Ruiz set a world record.", False),
 ("Ana Ruiz won in 31 minutes 41 seconds.", False),
])
_add("The housing association Brightway has been fined £60,000 after a tenant in one of its flats in Olby was left without heating for five months, the ombudsman said.", [
 ("Brightway has been fined £60,000.", True),
 ("A tenant was left without heating for five months.", True),
 ("The tenant has been fined £60,000.", False),
 ("A tenant was left without heating for five weeks.", False),
 ("Brightway was fined by the council.", False),
 ("A tenant was left without water for five months.", False),
])
_add("Harlow Motors will build its new electric van at its plant in Dunmere rather than in Spain, securing 1,100 jobs, after the government offered £90m in support.", [
 ("Harlow Motors will build its new electric van in Dunmere.", True),
 ("The government offered £90m in support.", True),
 ("Harlow Motors will build its new electric van in Spain.", False),
 ("The decision will create 1,100 new jobs.", False),
 ("Harlow Motors offered the government £90m.", False),
 ("Harlow Motors will build its new electric car in Dunmere.", False),
])
_add("The Kelder Courier's editor, Joan Pike, said the paper would stop printing on Saturdays from next month because of rising paper costs, but its website would be updated every day.", [
 ("The Kelder Courier will stop printing on Saturdays from next month.", True),
 ("Joan Pike blamed rising paper costs.", True),
 ("The Kelder Courier will stop printing altogether.", False),
 ("The website will no longer be updated on Saturdays.", False),
 ("The paper will stop printing on Sundays.", False),
 ("Joan Pike blamed falling advertising revenue.", False),
])
_add("Two paintings by the Norland artist Elsa Brand, stolen from a gallery in Harwick in 1994, have been found in a house in Belgium and will be returned next year, police said.", [
 ("Two paintings by Elsa Brand have been found in Belgium.", True),
 ("The paintings were stolen from a gallery in Harwick in 1994.", True),
 ("The paintings were stolen in 1949.", False),
 ("The paintings were found in a gallery in Harwick.", False),
 ("The paintings have already been returned.", False),
 ("Three paintings by Elsa Brand have been found.", False),
])
# round 196
_add("Calder council will close its last two public care homes by 2027 and move their 80 residents to private homes, saying the buildings would cost £12m to bring up to standard.", [
 ("Calder council will close its last two public care homes by 2027.", True),
 ("The buildings would cost £12m to bring up to standard, the council said.", True),
 ("Calder council will close two of its ten public care homes.", False),
 ("The 80 residents will move to council-run homes.", False),
 ("The buildings would cost £21m to bring up to standard.", False),
 ("The care homes will close by 2026.", False),
])
_add("Norland's tennis number one, Sam Reed, lost his second-round match at the Harwick Open to the world number 48, Luca Moretti, in three sets on Wednesday.", [
 ("Sam Reed lost his second-round match at the Harwick Open.", True),
 ("Luca Moretti is ranked 48th in the world.", True),
 ("Sam Reed beat Luca Moretti in three sets.", False),
 ("Sam Reed lost his first-round match.", False),
 ("Sam Reed is the world number 48.", False),
 ("Sam Reed lost in straight sets.", False),
])
_add("A fire at a recycling centre near Brenlow sent a plume of black smoke across the town on Monday, and residents were told to keep their windows closed; nobody was hurt.", [
 ("A fire broke out at a recycling centre near Brenlow on Monday.", True),
 ("Residents were told to keep their windows closed.", True),
 ("Residents were told to leave their homes.", False),
 ("Two firefighters were hurt.", False),
 ("The fire was at a chemical plant.", False),
 ("The fire sent white smoke across the town.", False),
])
_add("The Bank of Estavia raised its main interest rate by half a point to 6% on Thursday, its third rise this year, to try to stem a fall in the country's currency.", [
 ("The Bank of Estavia raised its main interest rate to 6%.", True),
 ("It was the bank's third rise this year.", True),
 ("The Bank of Estavia raised its rate by a quarter of a point.", False),
 ("It was the bank's first rise this year.", False),
 ("The bank raised rates to stem a rise in the currency.", False),
 ("The Bank of Estavia cut its main interest rate to 6%.", False),
])
_add("More than 2,000 people marched through Seacombe on Saturday to protest against plans to build an incinerator on the edge of the town, organisers said; police put the number at 1,200.", [
 ("Organisers said more than 2,000 people marched through Seacombe.", True),
 ("Police put the number at 1,200.", True),
 ("Police said more than 2,000 people marched.", False),
 ("Organisers put the number at 1,200.", False),
 ("The protesters marched in support of the incinerator.", False),
 ("More than 2,000 people marched on Sunday.", False),
])
# round 197
_add("Forty-two people were rescued from a cable car that stopped 80 metres above a valley in the Estavian Alps on Sunday; they were lowered by rope over six hours, and none was injured.", [
 ("Forty-two people were rescued from a cable car.", True),
 ("They were lowered by rope over six hours.", True),
 ("Forty-two people were rescued by helicopter.", False),
 ("Several people were injured.", False),
 ("The cable car stopped 800 metres above a valley.", False),
 ("The rescue took six days.", False),
])
_add("Shares in the online retailer Boxly halved on Tuesday after it cut its sales forecast for the second time in three months and its finance chief, Ruth Amis, said she would leave.", [
 ("Shares in Boxly halved on Tuesday.", True),
 ("Ruth Amis said she would leave.", True),
 ("Shares in Boxly doubled on Tuesday.", False),
 ("Boxly raised its sales forecast.", False),
 ("Boxly cut its sales forecast for the first time.", False),
 ("Boxly's chief executive said she would leave.", False),
])
_add("A jury at Harwick Crown Court cleared a police officer of assault after he was filmed pushing a protester to the ground during a demonstration last year.", [
 ("A jury cleared a police officer of assault.", True),
 ("The officer was filmed pushing a protester to the ground.", True),
 ("The police officer was convicted of assault.", False),
 ("A protester was cleared of assaulting a police officer.", False),
 ("The officer was filmed punching a protester.", False),
 ("A judge cleared the police officer.", False),
])
_add("Norland will host the 2031 World Rowing Championships on Lake Tarn, beating bids from Estavia and Pelland, the sport's governing body announced on Friday.", [
 ("Norland will host the 2031 World Rowing Championships.", True),
 ("Norland beat bids from Estavia and Pelland.", True),
 ("Estavia will host the 2031 World Rowing Championships.", False),
 ("Norland will host the 2013 World Rowing Championships.", False),
 ("The championships will be held on the River Tarn.", False),
 ("Norland will host the World Swimming Championships.", False),
])
_add("Waiting times for planned operations at Olby General fell for the first time in two years in October, though 4,100 patients were still waiting more than a year, the trust said.", [
 ("Waiting times for planned operations at Olby General fell in October.", True),
 ("4,100 patients were still waiting more than a year.", True),
 ("Waiting times rose for the first time in two years.", False),
 ("4,100 patients were waiting more than two years.", False),
 ("Waiting times fell for the second month in a row.", False),
 ("No patients were waiting more than a year.", False),
])
# round 198
_add("The Westbrook Players will stage their first production in their new theatre in May, after a £4m fundraising campaign that took eight years; the old hall they used will be sold.", [
 ("The Westbrook Players will stage their first production in their new theatre in May.", True),
 ("The fundraising campaign raised £4m.", True),
 ("The fundraising campaign took four years.", False),
 ("The new theatre will be sold.", False),
 ("The Westbrook Players will stage their last production in May.", False),
 ("The campaign raised £8m.", False),
])
_add("A man who drove his car at two police officers during a chase in Olby was jailed for five years on Wednesday; one of the officers suffered a broken leg.", [
 ("The man was jailed for five years.", True),
 ("One of the officers suffered a broken leg.", True),
 ("Both officers suffered broken legs.", False),
 ("The man was jailed for five months.", False),
 ("A police officer drove his car at the man.", False),
 ("One of the officers suffered a broken arm.", False),
])
_add("Farmers in the east of Norland have had their worst wheat harvest in 20 years after a wet spring and a dry summer, with yields down by a quarter, the farmers' union said.", [
 ("Farmers in the east of Norland have had their worst wheat harvest in 20 years.", True),
 ("Yields were down by a quarter.", True),
 ("Farmers have had their best wheat harvest in 20 years.", False),
 ("Yields were down by a half.", False),
 ("The harvest was hit by a dry spring and a wet summer.", False),
 ("Farmers in the west of Norland had their worst harvest.", False),
])
_add("Heathway airport's owner has withdrawn its plan for a second runway after the government said it would not support expansion before 2035, the company said in a statement.", [
 ("Heathway airport's owner has withdrawn its plan for a second runway.", True),
 ("The government said it would not support expansion before 2035.", True),
 ("The government has approved a second runway.", False),
 ("Heathway airport's owner will build a second runway by 2035.", False),
 ("The government said it would support expansion before 2035.", False),
 ("The owner has withdrawn its plan for a third runway.", False),
])
_add("The author Clara Venn has won the Harwick Prize for her third novel, The Salt House, beating five other writers, including last year's winner, Tom Hale.", [
 ("Clara Venn has won the Harwick Prize.", True),
 ("The Salt House is Clara Venn's third novel.", True),
 ("Tom Hale has won the Harwick Prize for The Salt House.", False),
 ("The Salt House is Clara Venn's first novel.", False),
 ("Clara Venn beat seven other writers.", False),
 ("Clara Venn won last year's Harwick Prize.", False),
])
# round 199
_add("A 30-year-old woman has been charged with the manslaughter of her two-year-old son, who died in hospital in March after being found unconscious at their home in Kelder.", [
 ("A 30-year-old woman has been charged with manslaughter.", True),
 ("The boy died in hospital in March.", True),
 ("The woman has been charged with murder.", False),
 ("The boy died at home.", False),
 ("The woman has been convicted of manslaughter.", False),
 ("The boy was three years old.", False),
])
_add("Electric cars made up 28% of new cars sold in Norland last month, up from 19% a year earlier, overtaking petrol cars for the first time, industry figures showed.", [
 ("Electric cars made up 28% of new cars sold last month.", True),
 ("Electric cars made up 19% a year earlier.", True),
 ("Electric cars made up 19% of new cars sold last month.", False),
 ("Petrol cars overtook electric cars for the first time.", False),
 ("Electric cars made up 28% of all cars on the road.", False),
 ("The share of electric cars fell from 28% to 19%.", False),
])
_add("The Olby marathon will move from April to October next year to avoid clashing with the national championships, organisers said, and the number of places will rise to 18,000.", [
 ("The Olby marathon will move to October next year.", True),
 ("The number of places will rise to 18,000.", True),
 ("The Olby marathon will move from October to April.", False),
 ("The number of places will fall to 18,000.", False),
 ("The marathon will move to avoid clashing with a football match.", False),
 ("The number of places will rise to 8,000.", False),
])
_add("Scientists have found microplastics in the lungs of 11 of 13 patients having surgery at Harwick hospital, the first study of its kind in Norland, and called for more research.", [
 ("Scientists found microplastics in the lungs of 11 of 13 patients.", True),
 ("The scientists called for more research.", True),
 ("Scientists found microplastics in the lungs of all 13 patients.", False),
 ("Scientists found microplastics in the blood of 11 patients.", False),
 ("The study proved microplastics cause lung disease.", False),
 ("Scientists found microplastics in the lungs of 13 of 31 patients.", False),
])
_add("The Harwick bus company has ordered 120 hydrogen buses from Estavian maker Volta, replacing its diesel fleet by 2028; the city council is paying a third of the £60m cost.", [
 ("The Harwick bus company has ordered 120 hydrogen buses.", True),
 ("The city council is paying a third of the £60m cost.", True),
 ("The city council is paying the whole £60m cost.", False),
 ("The buses will replace the electric fleet.", False),
 ("The bus company has ordered 210 hydrogen buses.", False),
 ("Volta has ordered 120 buses from the Harwick bus company.", False),
])
# round 200
_add("A man has been arrested after a 4,000-year-old bronze axe was stolen from Kelder Museum on Saturday; the axe was recovered undamaged from his car, police said.", [
 ("A man has been arrested after a bronze axe was stolen from Kelder Museum.", True),
 ("The axe was recovered undamaged.", True),
 ("The axe was recovered damaged.", False),
 ("The axe is 400 years old.", False),
 ("The axe was recovered from the man's home.", False),
 ("A man has been charged with stealing the axe.", False),
])
_add("Norland's unemployment rate rose to 4.6% in the three months to September, its highest for three years, while wage growth slowed to 4.9%, official figures showed.", [
 ("Unemployment rose to 4.6% in the three months to September.", True),
 ("Wage growth slowed to 4.9%.", True),
 ("Unemployment fell to 4.6%.", False),
 ("Wage growth rose to 4.9%.", False),
 ("Unemployment is at its highest for five years.", False),
 ("Unemployment rose to 4.9%.", False),
])
_add("The Kestrel Theatre in Olby has cancelled the rest of its pantomime run after the lead actor, Dan Cole, broke his ankle during Tuesday's performance, and will refund 9,000 tickets.", [
 ("The Kestrel Theatre has cancelled the rest of its pantomime run.", True),
 ("Dan Cole broke his ankle during Tuesday's performance.", True),
 ("Dan Cole broke his wrist.", False),
 ("The theatre will refund 900 tickets.", False),
 ("The pantomime will continue with an understudy.", False),
 ("Dan Cole broke his ankle during Monday's performance.", False),
])
_add("A report by the Norland Audit Office found the new tax computer system was two years late and had cost £410m, almost double its original budget of £210m.", [
 ("The new tax computer system was two years late.", True),
 ("The system had cost £410m.", True),
 ("The system came in under budget.", False),
 ("The system's original budget was £410m.", False),
 ("The system was four years late.", False),
 ("The system cost almost three times its original budget.", False),
])
_add("The Duke of Harwick has sold the family's 300-year-old estate, Marlow Park, to a conservation charity for £35m, and will move to a farmhouse on the estate.", [
 ("The Duke of Harwick has sold Marlow Park to a conservation charity.", True),
 ("The Duke will move to a farmhouse on the estate.", True),
 ("A conservation charity has sold Marlow Park to the Duke.", False),
 ("The estate is 200 years old.", False),
 ("The Duke has sold Marlow Park for £53m.", False),
 ("The Duke will move abroad.", False),
])
# round 201
_add("Rail passengers in the north-west face a week of disruption from Monday as Northway Rail closes the line between Carrow and Dunmere for repairs to a tunnel, with buses replacing trains.", [
 ("Northway Rail will close the line between Carrow and Dunmere from Monday.", True),
 ("Buses will replace trains.", True),
 ("The line will close for a month.", False),
 ("The line will close for repairs to a bridge.", False),
 ("Passengers in the north-east face disruption.", False),
 ("Trains will run as normal.", False),
])
_add("The Olby food bank handed out 14,000 parcels last year, a third of them to families with children, and has had to buy food for the first time because donations fell.", [
 ("The Olby food bank handed out 14,000 parcels last year.", True),
 ("Donations to the food bank fell.", True),
 ("Donations to the food bank rose.", False),
 ("Half of the parcels went to families with children.", False),
 ("The food bank has always had to buy food.", False),
 ("The food bank handed out 4,000 parcels last year.", False),
])
_add("A new bridge over the River Ost, which will cut 20 minutes off journeys between Tarrow and Kelder, will open in June, a year later than planned, the county council said.", [
 ("The new bridge over the River Ost will open in June.", True),
 ("The bridge will open a year later than planned.", True),
 ("The bridge will open a year earlier than planned.", False),
 ("The bridge will cut 20 minutes off journeys between Tarrow and Harwick.", False),
 ("The bridge will cut 40 minutes off journeys.", False),
 ("The bridge opened in June.", False),
])
_add("Police have seized 1,200 fake designer handbags and 3,000 counterfeit watches from a warehouse in Brenlow, and two men aged 35 and 41 have been arrested.", [
 ("Police seized 1,200 fake designer handbags.", True),
 ("Two men aged 35 and 41 have been arrested.", True),
 ("Police seized 3,000 fake designer handbags.", False),
 ("Two women have been arrested.", False),
 ("Police seized 1,200 counterfeit watches.", False),
 ("Two men aged 35 and 41 have been charged.", False),
])
_add("The Harwick orchestra's chief conductor, Yuri Petrov, will leave in 2027 after ten years, and will be succeeded by his deputy, Anna Holt, the orchestra said.", [
 ("Yuri Petrov will leave in 2027.", True),
 ("Anna Holt will succeed Yuri Petrov.", True),
 ("Yuri Petrov will succeed Anna Holt.", False),
 ("Yuri Petrov will leave after twenty years.", False),
 ("Anna Holt will leave in 2027.", False),
 ("Anna Holt is the orchestra's chief executive.", False),
])
# round 202
_add("The number of Norland students taking German at A-level has fallen by 40% in a decade, while numbers taking Spanish have risen by 15%, exam board figures showed.", [
 ("The number of students taking German at A-level has fallen by 40% in a decade.", True),
 ("Numbers taking Spanish have risen by 15%.", True),
 ("The number of students taking Spanish has fallen by 40%.", False),
 ("Numbers taking German have risen by 15%.", False),
 ("The number of students taking French has fallen by 40%.", False),
 ("The number of students taking German has fallen by 14%.", False),
])
_add("A pilot whale that stranded on a beach at Seacombe was refloated on the evening tide by volunteers on Tuesday after spending eight hours on the sand.", [
 ("A pilot whale that stranded at Seacombe was refloated.", True),
 ("The whale spent eight hours on the sand.", True),
 ("The pilot whale died on the beach.", False),
 ("The whale was refloated on the morning tide.", False),
 ("Coastguards refloated the whale.", False),
 ("The whale spent eighteen hours on the sand.", False),
])
_add("The Norland Football Association has banned Rexham Athletic's owner, Gary Stone, from any role in the game for five years for failing to disclose a loan from a betting company.", [
 ("Gary Stone has been banned from any role in the game for five years.", True),
 ("Gary Stone failed to disclose a loan from a betting company.", True),
 ("Gary Stone has been banned for life.", False),
 ("Rexham Athletic have been banned for five years.", False),
 ("Gary Stone failed to disclose a loan from a bank.", False),
 ("Gary Stone has been fined for failing to disclose a loan.", False),
])
_add("Householders in Tarrow will pay £40 a year for their garden waste to be collected from April, the council said, though people on benefits will be exempt.", [
 ("Householders in Tarrow will pay £40 a year for garden waste collection from April.", True),
 ("People on benefits will be exempt.", True),
 ("Everyone will have to pay the £40 charge.", False),
 ("Householders will pay £40 a month.", False),
 ("The charge will start in August.", False),
 ("People on benefits will pay half.", False),
])
_add("A study of 2,400 children found those who slept fewer than nine hours a night did worse in reading tests, researchers said, though they stressed other factors may be involved.", [
 ("The study involved 2,400 children.", True),
 ("Researchers stressed other factors may be involved.", True),
 ("Lack of sleep causes children to do worse in reading tests.", False),
 ("Children who slept fewer than nine hours did better in reading tests.", False),
 ("The study involved 4,200 children.", False),
 ("Children who slept fewer than nine hours did worse in maths tests.", False),
])
# round 203
_add("The Prime Minister, Alan Marsh, has sacked his transport secretary, Emma Cole, after she criticised the government's decision to scrap the northern rail link, Downing Street said.", [
 ("Alan Marsh has sacked Emma Cole.", True),
 ("Emma Cole criticised the decision to scrap the northern rail link.", True),
 ("Emma Cole has resigned.", False),
 ("Emma Cole has sacked Alan Marsh.", False),
 ("Emma Cole praised the decision to scrap the rail link.", False),
 ("Alan Marsh has sacked his health secretary.", False),
])
_add("Heavy snow closed the M62 across the Pennines for nine hours overnight, stranding about 200 drivers, some of whom were given blankets and food by volunteers.", [
 ("Heavy snow closed the M62 for nine hours overnight.", True),
 ("About 200 drivers were stranded.", True),
 ("About 2,000 drivers were stranded.", False),
 ("All of the stranded drivers were given food.", False),
 ("The M62 was closed for nine days.", False),
 ("Police gave blankets and food to the drivers.", False),
])
_add("Sales at Norland's pubs and bars rose 3% in December compared with a year earlier, helped by the World Cup, though the number of pubs fell by 210 over the year.", [
 ("Sales at pubs and bars rose 3% in December.", True),
 ("The number of pubs fell by 210 over the year.", True),
 ("Sales at pubs and bars fell 3% in December.", False),
 ("The number of pubs rose by 210.", False),
 ("Sales were helped by the Olympics.", False),
 ("The number of pubs fell by 120.", False),
])
_add("Olby's Victorian swimming baths, closed since 2011, will reopen as a community centre after a £7m restoration paid for mostly by a lottery grant, the trust running the project said.", [
 ("Olby's Victorian swimming baths will reopen as a community centre.", True),
 ("The restoration cost £7m.", True),
 ("The baths will reopen as a swimming pool.", False),
 ("The restoration was paid for mostly by the council.", False),
 ("The baths have been closed since 2001.", False),
 ("The restoration cost £17m.", False),
])
_add("Kelder Town's new stadium has been approved by councillors by seven votes to four, despite objections from 300 residents over traffic and noise.", [
 ("Councillors approved Kelder Town's new stadium.", True),
 ("The vote was seven to four.", True),
 ("Councillors rejected Kelder Town's new stadium.", False),
 ("The vote was unanimous.", False),
 ("3,000 residents objected.", False),
 ("Residents objected over the cost.", False),
])
# round 204
_add("A wildfire on Holm Moor has burned 900 hectares in four days, and firefighters said on Thursday it was 70% contained but could flare up again if the wind picked up.", [
 ("A wildfire on Holm Moor has burned 900 hectares.", True),
 ("Firefighters said the fire was 70% contained.", True),
 ("The wildfire has been put out.", False),
 ("Firefighters said the fire would not flare up again.", False),
 ("The wildfire has burned 9,000 hectares.", False),
 ("The fire has burned for fourteen days.", False),
])
_add("Estavia's president, Marek Dvor, met Norland's prime minister in Harwick on Monday and signed a deal to supply gas for ten years, the first such agreement between the two countries.", [
 ("Marek Dvor met Norland's prime minister in Harwick on Monday.", True),
 ("The deal is the first such agreement between the two countries.", True),
 ("The deal will supply gas for five years.", False),
 ("The two leaders met in Estavia's capital.", False),
 ("Norland will supply gas to Estavia.", False),
 ("The deal will supply oil for ten years.", False),
])
_add("Fewer than one in three adults in Norland eat five portions of fruit and vegetables a day, a health survey found, with men less likely to than women.", [
 ("Fewer than one in three adults eat five portions of fruit and vegetables a day.", True),
 ("Men are less likely than women to eat five portions a day.", True),
 ("Women are less likely than men to eat five portions a day.", False),
 ("Most adults eat five portions of fruit and vegetables a day.", False),
 ("Fewer than one in four adults eat five portions a day.", False),
 ("Fewer than one in three children eat five portions a day.", False),
])
_add("A Roman mosaic found under a car park in Dunmere will be lifted and put on display in the town's museum, after archaeologists said it was too fragile to leave in place.", [
 ("A Roman mosaic was found under a car park in Dunmere.", True),
 ("The mosaic will be put on display in the town's museum.", True),
 ("The mosaic will be left in place.", False),
 ("A Roman coin hoard was found under the car park.", False),
 ("The mosaic was found under a supermarket.", False),
 ("Archaeologists said the mosaic was strong enough to leave in place.", False),
])
_add("Norland's biggest water company, Southvale, will raise bills by an average of 21% from April, the regulator said, the first of five yearly rises to pay for new sewers.", [
 ("Southvale will raise bills by an average of 21% from April.", True),
 ("The rise is the first of five yearly rises.", True),
 ("Southvale will raise bills by 12%.", False),
 ("The rise is the last of five yearly rises.", False),
 ("The money will pay for new reservoirs.", False),
 ("Southvale will cut bills by 21%.", False),
])
# round 205
_add("Brenlow's only maternity unit will stop delivering babies from March because it cannot recruit enough midwives, the health trust said; expectant mothers will be sent to Kelder, 30 miles away.", [
 ("Brenlow's maternity unit will stop delivering babies from March.", True),
 ("Expectant mothers will be sent to Kelder.", True),
 ("The unit will stop delivering babies because it cannot recruit enough doctors.", False),
 ("Expectant mothers will be sent to Kelder, 13 miles away.", False),
 ("Kelder's maternity unit will stop delivering babies.", False),
 ("The unit will close permanently in March.", False),
])
_add("The cost of a first-class stamp will rise by 10p to £1.45 in April, the fourth rise in two years, Norland Post said, blaming falling letter volumes.", [
 ("A first-class stamp will cost £1.45 from April.", True),
 ("Norland Post blamed falling letter volumes.", True),
 ("A first-class stamp will cost £1.54 from April.", False),
 ("It is the first rise in two years.", False),
 ("Norland Post blamed rising letter volumes.", False),
 ("A second-class stamp will rise by 10p.", False),
])
_add("A teenager who stole a bus from a depot in Olby and drove it three miles before crashing into a wall was given a 12-month youth order on Tuesday; no one was hurt.", [
 ("The teenager was given a 12-month youth order.", True),
 ("No one was hurt.", True),
 ("The teenager was jailed for 12 months.", False),
 ("The teenager drove the bus 30 miles.", False),
 ("The bus driver was given a youth order.", False),
 ("Two people were hurt in the crash.", False),
])
_add("Kestrel Water has been told to cut leaks by a quarter by 2030 or face fines, after figures showed it lost a fifth of the water it supplied through leaking pipes last year.", [
 ("Kestrel Water has been told to cut leaks by a quarter by 2030.", True),
 ("Kestrel Water lost a fifth of its water through leaking pipes last year.", True),
 ("Kestrel Water has been fined for leaks.", False),
 ("Kestrel Water lost a quarter of its water through leaks.", False),
 ("Kestrel Water has been told to cut leaks by a fifth.", False),
 ("Kestrel Water must cut leaks by 2040.", False),
])
_add("The singer Rosa Vale has cancelled the last five dates of her European tour on doctor's orders after losing her voice, her management said; fans will get full refunds.", [
 ("Rosa Vale has cancelled the last five dates of her European tour.", True),
 ("Fans will get full refunds.", True),
 ("Rosa Vale has cancelled her whole European tour.", False),
 ("Fans will get half their money back.", False),
 ("Rosa Vale cancelled the dates after breaking her leg.", False),
 ("Rosa Vale has postponed the last five dates.", False),
])
# round 206
_add("A record 2.4 million people visited Norland's national parks in August, up 9% on last year, but park rangers said litter and wildfires caused by barbecues were rising.", [
 ("A record 2.4 million people visited the national parks in August.", True),
 ("Park rangers said litter was rising.", True),
 ("Visits fell 9% on last year.", False),
 ("Park rangers said litter was falling.", False),
 ("A record 4.2 million people visited the parks.", False),
 ("Park rangers said wildfires caused by cigarettes were rising.", False),
])
_add("An appeal court has overturned the conviction of former Kelder council leader Neil Hart for misconduct in public office, saying the trial judge misdirected the jury; prosecutors will not seek a retrial.", [
 ("An appeal court has overturned Neil Hart's conviction.", True),
 ("Prosecutors will not seek a retrial.", True),
 ("An appeal court has upheld Neil Hart's conviction.", False),
 ("Prosecutors will seek a retrial.", False),
 ("The appeal court said the jury misdirected the judge.", False),
 ("Neil Hart was convicted of fraud.", False),
])
_add("The number of house sales in Norland fell 12% in the year to September, while average prices rose 1.5% to £268,000, the land registry said.", [
 ("House sales fell 12% in the year to September.", True),
 ("Average prices rose 1.5% to £268,000.", True),
 ("House sales rose 1.5%.", False),
 ("Average prices fell 12%.", False),
 ("Average prices rose to £286,000.", False),
 ("House sales fell 12% in the year to June.", False),
])
_add("Two ferries collided in thick fog outside Carnford harbour on Wednesday morning, slightly injuring four passengers; both ships returned to port under their own power.", [
 ("Two ferries collided in thick fog outside Carnford harbour.", True),
 ("Four passengers were slightly injured.", True),
 ("Four passengers were seriously injured.", False),
 ("One of the ships sank.", False),
 ("The ferries collided in heavy rain.", False),
 ("The ferries had to be towed back to port.", False),
])
_add("The Harwick Symphony Orchestra will play its first concert in China next May, in Shanghai, the orchestra's chairman, Lord Tenby, announced.", [
 ("The Harwick Symphony Orchestra will play its first concert in China next May.", True),
 ("The concert will be in Shanghai.", True),
 ("The orchestra will play in Beijing.", False),
 ("The orchestra has played in China before.", False),
 ("The orchestra's conductor announced the concert.", False),
 ("The concert will be next March.", False),
])
# round 207
_add("Harbour Bank will close 48 of its 300 branches next year as more customers bank online, putting 700 jobs at risk, the union said; the bank said it hoped to move most staff to other roles.", [
 ("Harbour Bank will close 48 of its 300 branches next year.", True),
 ("The union said 700 jobs were at risk.", True),
 ("Harbour Bank will cut 700 jobs.", False),
 ("Harbour Bank will close 84 branches.", False),
 ("The bank said it would move all staff to other roles.", False),
 ("Harbour Bank will close all of its 300 branches.", False),
])
_add("Kelder's new library, built in a former department store, opened on Saturday with 80,000 books, a cafe and a recording studio for young people, the council said.", [
 ("Kelder's new library opened on Saturday.", True),
 ("The library has 80,000 books.", True),
 ("The library was built in a former church.", False),
 ("The library has 18,000 books.", False),
 ("The library will open next Saturday.", False),
 ("The library has a cinema for young people.", False),
])
_add("Shares in Vantor Energy rose 6% after it reported a first-half profit of £1.2bn, up from £900m, and said it would pay a special dividend.", [
 ("Shares in Vantor Energy rose 6%.", True),
 ("Vantor Energy reported a first-half profit of £1.2bn.", True),
 ("Vantor Energy's first-half profit fell to £1.2bn.", False),
 ("Vantor Energy's profit was £900m in the first half.", False),
 ("Vantor Energy cut its dividend.", False),
 ("Shares in Vantor Energy fell 6%.", False),
])
_add("Police in Dunmere have arrested five people after a large fight broke out at a wedding reception at the Grand Hotel on Saturday night; two guests were taken to hospital.", [
 ("Police have arrested five people after a fight at a wedding reception.", True),
 ("Two guests were taken to hospital.", True),
 ("Police have charged five people.", False),
 ("Five guests were taken to hospital.", False),
 ("The fight broke out at a funeral.", False),
 ("The fight happened on Friday night.", False),
])
_add("Norland's men beat Estavia 2-1 in Harwick on Tuesday to qualify for the European Championship, with captain Tom Reyes scoring the winner in the 89th minute.", [
 ("Norland's men beat Estavia 2-1.", True),
 ("Tom Reyes scored the winner in the 89th minute.", True),
 ("Estavia beat Norland 2-1.", False),
 ("Tom Reyes scored the winner in the 19th minute.", False),
 ("Norland failed to qualify.", False),
 ("The match was played in Estavia.", False),
])
# round 208
_add("About 30,000 homes in the Tarrow valley were without power on Sunday after storm Bella brought down lines, and the power company said some might not be reconnected until Wednesday.", [
 ("About 30,000 homes were without power on Sunday.", True),
 ("The power company said some homes might not be reconnected until Wednesday.", True),
 ("All homes will be reconnected by Monday.", False),
 ("About 3,000 homes were without power.", False),
 ("Storm Bella brought down trees onto the railway.", False),
 ("The power company said all homes would be reconnected by Wednesday.", False),
])
_add("A survey of 3,000 parents found two-thirds thought school uniforms were too expensive, and one in five had bought second-hand uniform for the first time this year.", [
 ("Two-thirds of parents thought school uniforms were too expensive.", True),
 ("One in five parents had bought second-hand uniform for the first time.", True),
 ("One-third of parents thought school uniforms were too expensive.", False),
 ("Two-thirds of parents had bought second-hand uniform.", False),
 ("The survey was of 300 parents.", False),
 ("Most parents thought uniforms were good value.", False),
])
_add("The Olby Chronicle's owner has agreed to sell the paper to its staff for £1 after failing to find another buyer, saving it from closure, the union said.", [
 ("The Olby Chronicle's owner has agreed to sell the paper to its staff for £1.", True),
 ("The sale saves the paper from closure.", True),
 ("The staff have agreed to sell the paper to its owner.", False),
 ("The paper will close.", False),
 ("The paper was sold for £1m.", False),
 ("The owner found another buyer.", False),
])
_add("An 18-year-old woman has died after being hit by a car on a pedestrian crossing in Seacombe on Friday evening; the 50-year-old driver was arrested on suspicion of careless driving.", [
 ("An 18-year-old woman died after being hit by a car.", True),
 ("The driver was arrested on suspicion of careless driving.", True),
 ("A 50-year-old woman died after being hit by a car.", False),
 ("The driver was arrested on suspicion of dangerous driving.", False),
 ("The woman was hit by a bus.", False),
 ("The driver was charged with careless driving.", False),
])
_add("Norland's biggest housebuilder, Oakfield, will build 3,000 fewer homes this year than planned because of high mortgage rates, it said, and its shares fell 4%.", [
 ("Oakfield will build 3,000 fewer homes this year than planned.", True),
 ("Oakfield's shares fell 4%.", True),
 ("Oakfield will build 3,000 more homes this year.", False),
 ("Oakfield blamed low mortgage rates.", False),
 ("Oakfield's shares rose 4%.", False),
 ("Oakfield will build 300 fewer homes.", False),
])
# round 209
_add("The Kelder marathon was won by 19-year-old Ben Amis in 2 hours 14 minutes, the youngest winner in its 40-year history, while Sara Fell won the women's race for a third time.", [
 ("Ben Amis won the Kelder marathon.", True),
 ("Sara Fell won the women's race for a third time.", True),
 ("Ben Amis won the women's race.", False),
 ("Sara Fell is the youngest winner in the race's history.", False),
 ("Ben Amis won in 2 hours 41 minutes.", False),
 ("Sara Fell won the women's race for the first time.", False),
])
_add("The government has delayed its ban on new petrol and diesel cars by five years to 2035, the transport secretary said, blaming the slow rollout of charging points.", [
 ("The government has delayed its ban on new petrol and diesel cars to 2035.", True),
 ("The transport secretary blamed the slow rollout of charging points.", True),
 ("The government has brought forward its ban to 2035.", False),
 ("The ban has been delayed by three years.", False),
 ("The government has scrapped the ban.", False),
 ("The transport secretary blamed high electricity prices.", False),
])
_add("A colony of 300 rare bats has been found in the roof of a church in Tarrow, forcing the diocese to put off repairs until the autumn, when the bats will have left.", [
 ("A colony of 300 rare bats has been found in the roof of a church.", True),
 ("The diocese has put off repairs until the autumn.", True),
 ("The diocese has cancelled the repairs.", False),
 ("A colony of 30 rare bats has been found.", False),
 ("The bats were found in the roof of a school.", False),
 ("The repairs will go ahead this summer.", False),
])
_add("Ticket prices at Calder City will rise by 8% next season, the club said, the first rise in four years, though children's tickets will be frozen.", [
 ("Ticket prices at Calder City will rise by 8% next season.", True),
 ("Children's tickets will be frozen.", True),
 ("Children's tickets will also rise by 8%.", False),
 ("It is the third rise in four years.", False),
 ("Ticket prices will rise by 18%.", False),
 ("Ticket prices will fall by 8%.", False),
])
_add("Scientists in Norland have grown a strain of wheat that needs 30% less water, which they hope could help farmers cope with drought, though it will not be sold for at least five years.", [
 ("Scientists have grown a strain of wheat that needs 30% less water.", True),
 ("The wheat will not be sold for at least five years.", True),
 ("The wheat needs 30% more water.", False),
 ("The wheat will go on sale next year.", False),
 ("The new strain will help farmers cope with drought.", False),
 ("Scientists have grown a strain of rice that needs less water.", False),
])
# round 210
_add("A jury at Hollin Crown Court found former council treasurer Dale Prior guilty of stealing £240,000 from the authority over six years; he will be sentenced on 3 March.", [
 ("Dale Prior was found guilty of stealing £240,000 from the council.", True),
 ("Dale Prior will be sentenced on 3 March.", True),
 ("Dale Prior was cleared of stealing from the council.", False),
 ("Dale Prior was sentenced on 3 March.", False),
 ("Dale Prior stole £420,000 from the authority.", False),
 ("The thefts took place over 16 years.", False),
])
_add("Police believe the fire at the Marlow warehouse may have been started deliberately, but say they are keeping an open mind until forensic tests are complete.", [
 ("Police believe the fire may have been started deliberately.", True),
 ("Police are keeping an open mind until forensic tests are complete.", True),
 ("Police have confirmed the fire was started deliberately.", False),
 ("Forensic tests have shown the fire was started deliberately.", False),
 ("Police have ruled out the fire being started deliberately.", False),
 ("The fire was at a Marlow school.", False),
])
_add("\"We were not consulted,\" said Rena Holt, who chairs the residents' group, after the mayor, Tom Baird, approved the new bus lane. Baird said the lane would \"cut journey times for thousands\".", [
 ("Rena Holt said residents were not consulted.", True),
 ("Tom Baird said the lane would cut journey times for thousands.", True),
 ("Tom Baird said residents were not consulted.", False),
 ("Rena Holt approved the new bus lane.", False),
 ("Rena Holt said the lane would cut journey times for thousands.", False),
 ("The mayor rejected the new bus lane.", False),
])
_add("Unemployment in the region fell to 4.1% in the three months to June, down from 4.6% a year earlier, the lowest rate since 2008.", [
 ("Unemployment in the region fell to 4.1%.", True),
 ("The rate is the lowest since 2008.", True),
 ("Unemployment in the region rose to 4.1%.", False),
 ("Unemployment in the region fell to 4.6%.", False),
 ("The rate is the highest since 2008.", False),
 ("Unemployment fell to 4.1% in the three months to March.", False),
])
_add("Defender Luis Mora was sent off for a foul on Kai Brandt in the 60th minute, and Brandt scored the winner from the resulting free kick.", [
 ("Luis Mora was sent off for a foul on Kai Brandt.", True),
 ("Kai Brandt scored the winner from a free kick.", True),
 ("Kai Brandt was sent off for a foul on Luis Mora.", False),
 ("Luis Mora scored the winner.", False),
 ("Mora was sent off in the 16th minute.", False),
 ("Brandt missed the resulting free kick.", False),
])
# round 211
_add("Harlow Foods has agreed to buy rival snack maker Pell & Co for £1.2bn, subject to approval by regulators, in a deal expected to close next spring.", [
 ("Harlow Foods has agreed to buy Pell & Co.", True),
 ("The deal is subject to approval by regulators.", True),
 ("Pell & Co has agreed to buy Harlow Foods.", False),
 ("The deal has been approved by regulators.", False),
 ("Harlow Foods has agreed to buy Pell & Co for £2.1bn.", False),
 ("The deal closed last spring.", False),
])
_add("A study of 12,000 adults found that those who walked at least 7,000 steps a day had a 30% lower risk of heart disease, though the authors cautioned it could not prove cause and effect.", [
 ("Those who walked at least 7,000 steps a day had a lower risk of heart disease.", True),
 ("The authors said the study could not prove cause and effect.", True),
 ("The study proved that walking prevents heart disease.", False),
 ("Those who walked at least 7,000 steps a day had a 30% higher risk of heart disease.", False),
 ("The study was of 1,200 adults.", False),
 ("The authors said the study proved cause and effect.", False),
])
_add("Storm Edda brought gusts of up to 90mph to the west coast overnight, leaving 40,000 homes without power; the Met Office has issued an amber warning for Thursday.", [
 ("Storm Edda left 40,000 homes without power.", True),
 ("The Met Office has issued an amber warning for Thursday.", True),
 ("The Met Office has issued a red warning for Thursday.", False),
 ("Storm Edda brought gusts of up to 90mph to the east coast.", False),
 ("Storm Edda left 14,000 homes without power.", False),
 ("The Met Office has lifted its warning.", False),
])
_add("MPs voted 312 to 290 to reject an amendment that would have banned the sale of the state forest, with 11 government MPs rebelling.", [
 ("MPs rejected an amendment that would have banned the sale of the state forest.", True),
 ("Eleven government MPs rebelled.", True),
 ("MPs voted to ban the sale of the state forest.", False),
 ("The amendment was passed by 312 votes to 290.", False),
 ("Thirty government MPs rebelled.", False),
 ("Eleven opposition MPs rebelled.", False),
])
_add("Ms Okafor, the head teacher of Brindle Academy, said the school would reopen on Monday after the boiler was repaired, but pupils in years 7 and 8 would learn from home until Wednesday.", [
 ("The school will reopen on Monday.", True),
 ("Pupils in years 7 and 8 will learn from home until Wednesday.", True),
 ("The school will stay closed until Wednesday.", False),
 ("Pupils in years 10 and 11 will learn from home until Wednesday.", False),
 ("The school will reopen on Tuesday.", False),
 ("Ms Okafor said the boiler could not be repaired.", False),
])
# round 212
_add("The Lyra probe, launched in 2019, will make its closest approach to Jupiter's moon Europa on 14 October, passing 25km above its surface, Nasa said.", [
 ("The Lyra probe will pass 25km above Europa's surface.", True),
 ("The Lyra probe was launched in 2019.", True),
 ("The Lyra probe will land on Europa.", False),
 ("The Lyra probe will pass 250km above Europa's surface.", False),
 ("The Lyra probe was launched in 2009.", False),
 ("The Lyra probe will make its closest approach to Europa on 4 October.", False),
])
_add("Two men were arrested after a security guard was attacked during a raid on a jewellery shop in Fenton on Saturday; the guard was treated in hospital for a head wound.", [
 ("Two men were arrested after a security guard was attacked.", True),
 ("The guard was treated in hospital for a head wound.", True),
 ("Two security guards were arrested.", False),
 ("The security guard attacked two men.", False),
 ("The guard was killed in the raid.", False),
 ("The raid was on a bank in Fenton.", False),
])
_add("The novel 'Salt Roads' by debut author Mira Chen has won the Harcourt Prize, beating books by two former winners; the judges called it 'fearless'.", [
 ("Mira Chen has won the Harcourt Prize.", True),
 ("The judges called the novel fearless.", True),
 ("Mira Chen is a former winner of the Harcourt Prize.", False),
 ("The judges called the novel careless.", False),
 ("Salt Roads was beaten by a book by a former winner.", False),
 ("Salt Roads beat books by three former winners.", False),
])
_add("Rail fares will rise by 4.6% in March, the smallest increase in three years, but still above the rate of inflation, the rail regulator said.", [
 ("Rail fares will rise by 4.6% in March.", True),
 ("The increase is above the rate of inflation.", True),
 ("The increase is below the rate of inflation.", False),
 ("It is the biggest increase in three years.", False),
 ("Rail fares will rise by 6.4% in March.", False),
 ("Rail fares will be frozen in March.", False),
])
_add("Foreign ministers from Arland and Vesk met in Geneva on Tuesday for the first talks since the border clashes, but left without agreeing a ceasefire.", [
 ("Foreign ministers from Arland and Vesk met in Geneva.", True),
 ("The ministers left without agreeing a ceasefire.", True),
 ("The ministers agreed a ceasefire.", False),
 ("The ministers met in Vienna.", False),
 ("It was the third round of talks since the border clashes.", False),
 ("The prime ministers of Arland and Vesk met in Geneva.", False),
])
# round 213
_add("Sterling Air reported a pre-tax loss of £85m for the first half, compared with a profit of £20m a year earlier, as fuel costs soared.", [
 ("Sterling Air reported a pre-tax loss of £85m for the first half.", True),
 ("Sterling Air made a profit of £20m a year earlier.", True),
 ("Sterling Air reported a pre-tax profit of £85m for the first half.", False),
 ("Sterling Air made a loss of £20m a year earlier.", False),
 ("Fuel costs fell.", False),
 ("Sterling Air reported a pre-tax loss of £58m.", False),
])
_add("The coach, Anna Veld, said her side had been 'robbed' by the referee's decision, while captain Jon Pike admitted the team 'did not deserve to win'.", [
 ("Anna Veld said her side had been robbed by the referee's decision.", True),
 ("Jon Pike admitted the team did not deserve to win.", True),
 ("Anna Veld admitted the team did not deserve to win.", False),
 ("Jon Pike said the side had been robbed by the referee's decision.", False),
 ("Jon Pike said the team deserved to win.", False),
 ("The referee said the side had been robbed.", False),
])
_add("Water company Tarnside has been fined £3m for pumping sewage into the River Lune on 120 occasions in 2022, the largest fine the regulator has issued this year.", [
 ("Tarnside has been fined £3m.", True),
 ("Tarnside pumped sewage into the River Lune on 120 occasions.", True),
 ("Tarnside has been fined £30m.", False),
 ("Tarnside pumped sewage into the River Lune on 12 occasions.", False),
 ("The regulator has been fined £3m.", False),
 ("It is the smallest fine the regulator has issued this year.", False),
])
_add("The museum, which closed in 2020 for a £40m rebuild, will reopen to the public next Saturday, two years later than planned.", [
 ("The museum closed in 2020 for a rebuild.", True),
 ("The museum will reopen two years later than planned.", True),
 ("The museum will reopen on time.", False),
 ("The museum closed in 2022.", False),
 ("The rebuild cost £14m.", False),
 ("The museum reopened last Saturday.", False),
])
_add("Ministers are considering raising the pension age to 68 earlier than planned, according to a leaked document, though the Treasury said no decision had been taken.", [
 ("Ministers are considering raising the pension age to 68 earlier than planned.", True),
 ("The Treasury said no decision had been taken.", True),
 ("Ministers have decided to raise the pension age to 68.", False),
 ("The Treasury confirmed the pension age will rise to 68.", False),
 ("Ministers are considering raising the pension age to 70.", False),
 ("Ministers are considering lowering the pension age.", False),
])
# round 214
_add("Wenham Rovers have signed striker Omar Diallo from Kessel United for a club-record fee of £18m on a five-year contract.", [
 ("Wenham Rovers have signed Omar Diallo from Kessel United.", True),
 ("Omar Diallo signed a five-year contract.", True),
 ("Kessel United have signed Omar Diallo from Wenham Rovers.", False),
 ("Omar Diallo signed a three-year contract.", False),
 ("The fee was £8m.", False),
 ("Wenham Rovers have sold Omar Diallo.", False),
])
_add("Average house prices fell 1.8% in November, the third monthly fall in a row, leaving the typical home worth £262,000, according to the Harbour Building Society.", [
 ("Average house prices fell 1.8% in November.", True),
 ("It was the third monthly fall in a row.", True),
 ("Average house prices rose 1.8% in November.", False),
 ("It was the second monthly fall in a row.", False),
 ("The typical home is worth £226,000.", False),
 ("Average house prices fell 1.8% in October.", False),
])
_add("Messaging app Chatly said a fault that left users unable to send messages for six hours on Monday was caused by a faulty software update, not a cyber attack.", [
 ("Chatly said the fault was caused by a faulty software update.", True),
 ("Users were unable to send messages for six hours.", True),
 ("Chatly said the fault was caused by a cyber attack.", False),
 ("Users were unable to send messages for six days.", False),
 ("Chatly said the fault was caused by a power cut.", False),
 ("The outage happened on Tuesday.", False),
])
_add("Waiting lists at Dunmore hospitals have grown to 82,000, up 5,000 since March, despite a pledge by the health board to cut them by a quarter.", [
 ("Waiting lists at Dunmore hospitals have grown to 82,000.", True),
 ("The health board pledged to cut waiting lists by a quarter.", True),
 ("Waiting lists at Dunmore hospitals have fallen to 82,000.", False),
 ("The health board has cut waiting lists by a quarter.", False),
 ("Waiting lists have grown by 50,000 since March.", False),
 ("The health board pledged to cut waiting lists by half.", False),
])
_add("Farmers in the Vale have been told to cull 20,000 chickens after bird flu was confirmed at a farm near Ashby, the second outbreak in the area this month.", [
 ("Farmers have been told to cull 20,000 chickens.", True),
 ("Bird flu was confirmed at a farm near Ashby.", True),
 ("It was the first outbreak in the area this month.", False),
 ("Farmers have been told to cull 20,000 turkeys.", False),
 ("Bird flu was ruled out at a farm near Ashby.", False),
 ("Farmers have been told to vaccinate 20,000 chickens.", False),
])
# round 215
_add("Prime minister Lena Voss sacked her deputy, Mark Hale, on Friday. He had been accused of misleading parliament over the cost of the new hospital. Voss said she had 'lost confidence' in him.", [
 ("Lena Voss sacked Mark Hale.", True),
 ("Voss said she had lost confidence in Hale.", True),
 ("Mark Hale sacked Lena Voss.", False),
 ("Mark Hale resigned.", False),
 ("Lena Voss had been accused of misleading parliament.", False),
 ("Hale said he had lost confidence in Voss.", False),
])
_add("Around 2,000 people marched through Calden on Sunday to protest against plans to close the town's maternity unit, organisers said; police put the figure at 800.", [
 ("Organisers said around 2,000 people marched through Calden.", True),
 ("Police put the figure at 800.", True),
 ("Police said around 2,000 people marched.", False),
 ("Around 2,000 people marched in support of plans to close the maternity unit.", False),
 ("People marched against plans to close the town's library.", False),
 ("Organisers put the figure at 800.", False),
])
_add("The airline will cut 1,500 jobs, about 10% of its workforce, by the end of next year, and close its base at Hemsby airport.", [
 ("The airline will cut 1,500 jobs.", True),
 ("The airline will close its base at Hemsby airport.", True),
 ("The airline will create 1,500 jobs.", False),
 ("The cuts are about 20% of its workforce.", False),
 ("The airline will open a base at Hemsby airport.", False),
 ("The airline will cut 15,000 jobs.", False),
])
_add("Researchers said the vaccine was 71% effective at preventing severe illness in a trial of 4,000 volunteers, but was less effective in people over 75.", [
 ("The vaccine was 71% effective at preventing severe illness.", True),
 ("The vaccine was less effective in people over 75.", True),
 ("The vaccine was more effective in people over 75.", False),
 ("The vaccine was 91% effective at preventing severe illness.", False),
 ("The trial involved 40,000 volunteers.", False),
 ("The vaccine was less effective in people under 75.", False),
])
_add("Greta Lind, 34, was named the new chief executive of Orrin Bank, replacing Paul Marsh, who is retiring after 12 years in the job.", [
 ("Greta Lind was named chief executive of Orrin Bank.", True),
 ("Paul Marsh is retiring after 12 years.", True),
 ("Paul Marsh was named chief executive of Orrin Bank.", False),
 ("Greta Lind is retiring.", False),
 ("Paul Marsh was sacked.", False),
 ("Paul Marsh is retiring after 21 years.", False),
])
# round 216
_add("The Senate passed the bill by 58 votes to 41, sending it to the president, who has promised to sign it.", [
 ("The Senate passed the bill by 58 votes to 41.", True),
 ("The president has promised to sign the bill.", True),
 ("The president has signed the bill.", False),
 ("The Senate rejected the bill.", False),
 ("The president has threatened to veto the bill.", False),
 ("The bill passed by 85 votes to 41.", False),
])
_add("An inquest heard that the climber, Sam Oduya, 27, fell 200 metres after a ledge gave way; the coroner recorded a verdict of accidental death.", [
 ("Sam Oduya fell 200 metres after a ledge gave way.", True),
 ("The coroner recorded a verdict of accidental death.", True),
 ("The coroner recorded a verdict of unlawful killing.", False),
 ("Sam Oduya fell 20 metres.", False),
 ("Sam Oduya was pushed from a ledge.", False),
 ("Sam Oduya was 72.", False),
])
_add("Sales of electric cars overtook diesel for the first time last month, taking 21% of the market against diesel's 18%, industry figures show.", [
 ("Sales of electric cars overtook diesel for the first time last month.", True),
 ("Electric cars took 21% of the market.", True),
 ("Diesel cars took 21% of the market.", False),
 ("Sales of diesel cars overtook electric cars.", False),
 ("Electric cars took 12% of the market.", False),
 ("Sales of electric cars overtook petrol for the first time.", False),
])
_add("The council leader, Priya Shah, apologised to families after 300 children were wrongly refused school transport, and promised refunds to those who had paid for taxis.", [
 ("Priya Shah apologised to families.", True),
 ("Shah promised refunds to families who had paid for taxis.", True),
 ("Priya Shah refused to apologise.", False),
 ("3,000 children were wrongly refused school transport.", False),
 ("Families apologised to Priya Shah.", False),
 ("Shah promised free taxis to all families.", False),
])
_add("Firefighters took four hours to bring the blaze at the Kinross paper mill under control; no one was hurt, but 60 workers were sent home.", [
 ("No one was hurt in the blaze.", True),
 ("Firefighters took four hours to bring the blaze under control.", True),
 ("Sixty workers were hurt in the blaze.", False),
 ("Firefighters took 14 hours to bring the blaze under control.", False),
 ("Firefighters failed to bring the blaze under control.", False),
 ("The blaze was at a Kinross steel mill.", False),
])
# round 217
_add("The central bank left interest rates unchanged at 5.25% for a third meeting, but two of the nine members voted for a cut.", [
 ("The central bank left interest rates unchanged at 5.25%.", True),
 ("Two of the nine members voted for a cut.", True),
 ("The central bank cut interest rates.", False),
 ("Two of the nine members voted for a rise.", False),
 ("Seven of the nine members voted for a cut.", False),
 ("Interest rates were left unchanged at 5.5%.", False),
])
_add("The actor Tom Rees, best known for the series 'Harbour Lights', has died aged 81 after a short illness, his agent said.", [
 ("Tom Rees has died aged 81.", True),
 ("Tom Rees was best known for the series Harbour Lights.", True),
 ("Tom Rees has died aged 71.", False),
 ("Tom Rees's agent has died.", False),
 ("Tom Rees died after a long illness.", False),
 ("Tom Rees's son said he had died.", False),
])
_add("The bridge will be closed to lorries from Monday after engineers found cracks in two of its supports, though cars and buses can still use it.", [
 ("The bridge will be closed to lorries from Monday.", True),
 ("Cars and buses can still use the bridge.", True),
 ("The bridge will be closed to all traffic from Monday.", False),
 ("Engineers found cracks in twelve of its supports.", False),
 ("Buses will be banned from the bridge.", False),
 ("The bridge will reopen to lorries on Monday.", False),
])
_add("Police are appealing for witnesses after a 15-year-old boy was stabbed outside a shop in Wexley on Tuesday evening; his injuries are not thought to be life-threatening.", [
 ("A 15-year-old boy was stabbed outside a shop in Wexley.", True),
 ("The boy's injuries are not thought to be life-threatening.", True),
 ("The boy's injuries are thought to be life-threatening.", False),
 ("A 15-year-old boy has been arrested.", False),
 ("The boy was stabbed on Tuesday morning.", False),
 ("A 50-year-old man was stabbed outside a shop.", False),
])
_add("The festival, which drew 90,000 people last year, has been cancelled for 2025 because of rising costs, organisers said, but they hope to return in 2026.", [
 ("The festival has been cancelled for 2025.", True),
 ("Organisers hope to return in 2026.", True),
 ("The festival has been cancelled for good.", False),
 ("The festival drew 9,000 people last year.", False),
 ("The festival was cancelled because of poor ticket sales.", False),
 ("Organisers have confirmed the festival will return in 2026.", False),
])
# round 218
_add("Shares in chipmaker Varo fell 12% after it warned that sales would be lower than expected, wiping $4bn off its value.", [
 ("Shares in Varo fell 12%.", True),
 ("Varo warned that sales would be lower than expected.", True),
 ("Shares in Varo rose 12%.", False),
 ("Varo warned that sales would be higher than expected.", False),
 ("The fall wiped $40bn off Varo's value.", False),
 ("Shares in Varo fell 21%.", False),
])
_add("The zoo's oldest elephant, Mali, has been put down at the age of 52 after her health declined, keepers said.", [
 ("Mali has been put down at the age of 52.", True),
 ("Keepers said Mali's health had declined.", True),
 ("Mali has been moved to another zoo.", False),
 ("Mali was the zoo's youngest elephant.", False),
 ("Mali was put down at the age of 25.", False),
 ("Keepers said Mali's health had improved.", False),
])
_add("Under the deal, nurses will get a 5% pay rise this year and 3% next year, the union said, ending a strike that began in May.", [
 ("Nurses will get a 5% pay rise this year.", True),
 ("The deal ends a strike that began in May.", True),
 ("Nurses will get a 3% pay rise this year.", False),
 ("Nurses will get a 5% pay rise next year.", False),
 ("The strike began in March.", False),
 ("The union rejected the deal.", False),
])
_add("The minister denied claims by the opposition that she had known about the data breach for a month before it was made public.", [
 ("The minister denied the opposition's claims.", True),
 ("The opposition claimed the minister had known about the data breach for a month.", True),
 ("The minister admitted she had known about the data breach for a month.", False),
 ("The minister had known about the data breach for a month before it was made public.", False),
 ("The opposition denied the minister's claims.", False),
 ("The minister claimed the opposition had known about the data breach.", False),
])
_add("Sixty pupils at Ferry Lane primary were taken ill with sickness after a school trip to a farm, and 12 were treated in hospital.", [
 ("Sixty pupils were taken ill after a school trip.", True),
 ("Twelve pupils were treated in hospital.", True),
 ("Sixty pupils were treated in hospital.", False),
 ("Twelve pupils were taken ill after a trip to a farm, none of them in hospital.", False),
 ("The pupils were taken ill after a trip to a zoo.", False),
 ("Sixteen pupils were treated in hospital.", False),
])
# round 219
_add("Judge Harriet Cole jailed Nathan Crowe for nine years for the attack, describing him as 'a danger to women'; Crowe had denied the charge.", [
 ("Nathan Crowe was jailed for nine years.", True),
 ("Judge Harriet Cole described Crowe as a danger to women.", True),
 ("Nathan Crowe admitted the charge.", False),
 ("Nathan Crowe was jailed for five years.", False),
 ("Crowe described the judge as a danger to women.", False),
 ("Nathan Crowe was given a suspended sentence.", False),
])
_add("Overnight temperatures fell to minus 14C in Braemar, the coldest night of the winter so far, and forecasters expect the cold snap to last until the weekend.", [
 ("Temperatures fell to minus 14C in Braemar.", True),
 ("Forecasters expect the cold snap to last until the weekend.", True),
 ("It was the coldest night for ten years.", False),
 ("Temperatures fell to minus 4C in Braemar.", False),
 ("Forecasters expect the cold snap to end tomorrow.", False),
 ("Temperatures rose to 14C in Braemar.", False),
])
_add("The charity said donations had fallen by a third since 2022, forcing it to close 14 of its 60 shops.", [
 ("Donations had fallen by a third since 2022.", True),
 ("The charity has been forced to close 14 of its shops.", True),
 ("Donations had risen by a third since 2022.", False),
 ("The charity will close all 60 of its shops.", False),
 ("The charity will open 14 new shops.", False),
 ("Donations had fallen by half since 2022.", False),
])
_add("Hospital bosses say the new cancer unit, due to open in June, has been delayed until at least December because of a shortage of specialist staff.", [
 ("The new cancer unit has been delayed until at least December.", True),
 ("The delay is because of a shortage of specialist staff.", True),
 ("The new cancer unit will open in June.", False),
 ("The unit has been delayed because of building problems.", False),
 ("The new cancer unit has been cancelled.", False),
 ("The unit opened in December.", False),
])
_add("An 18-year-old student from Calbridge has become the youngest person to row across the Atlantic alone, completing the 3,000-mile crossing in 58 days.", [
 ("An 18-year-old student has become the youngest person to row across the Atlantic alone.", True),
 ("The crossing took 58 days.", True),
 ("The student is the first person to row across the Atlantic alone.", False),
 ("The crossing took 85 days.", False),
 ("The student rowed across the Pacific.", False),
 ("The student completed the crossing with a partner.", False),
])
# round 220
_add("The airport's second runway, approved in 2019, will not open until 2031 at the earliest, four years later than planned, after costs rose to £4.2bn, the operator said.", [
 ("The second runway will not open until 2031 at the earliest.", True),
 ("The operator said costs had risen to £4.2bn.", True),
 ("The second runway will open in 2027.", False),
 ("The second runway was approved in 2021.", False),
 ("Costs have fallen to £4.2bn.", False),
 ("The runway will open two years later than planned.", False),
])
_add("Shoppers spent £1.9bn online on Black Friday, up 4% on last year, but footfall in high streets fell by 7%, according to the retail consortium.", [
 ("Shoppers spent £1.9bn online on Black Friday.", True),
 ("Footfall in high streets fell by 7%, according to the retail consortium.", True),
 ("Online spending fell 4% on last year.", False),
 ("Footfall in high streets rose by 7%.", False),
 ("Shoppers spent £9.1bn online on Black Friday.", False),
 ("Footfall in high streets fell by 4%.", False),
])
_add("\"This is the worst flooding I have seen in 30 years,\" said farmer Owen Pryce, whose fields near the River Teme have been under water since Sunday.", [
 ("Owen Pryce said it was the worst flooding he had seen in 30 years.", True),
 ("Owen Pryce's fields have been under water since Sunday.", True),
 ("Owen Pryce said it was the worst flooding he had seen in 13 years.", False),
 ("Owen Pryce's fields have been under water since Monday.", False),
 ("Owen Pryce said the flooding was not as bad as in previous years.", False),
 ("Owen Pryce's fields near the River Severn are under water.", False),
])
_add("The inquiry found that the care home had failed to call a doctor for three days, but cleared staff of deliberately neglecting residents.", [
 ("The inquiry found the care home had failed to call a doctor for three days.", True),
 ("The inquiry cleared staff of deliberately neglecting residents.", True),
 ("The inquiry found staff had deliberately neglected residents.", False),
 ("The care home called a doctor within three days.", False),
 ("The inquiry found the care home failed to call a doctor for five days.", False),
 ("The inquiry blamed the doctor for the delay.", False),
])
_add("Carla Moss, 41, has been elected the first female leader of the Greens, beating two rivals with 58% of members' votes.", [
 ("Carla Moss has been elected leader of the Greens.", True),
 ("Carla Moss won 58% of members' votes.", True),
 ("Carla Moss is the second female leader of the Greens.", False),
 ("Carla Moss won 85% of members' votes.", False),
 ("Carla Moss beat three rivals.", False),
 ("Carla Moss lost to two rivals.", False),
])
# round 221
_add("A lorry driver who killed a cyclist while looking at his phone has been jailed for five years and banned from driving for eight years.", [
 ("The lorry driver has been jailed for five years.", True),
 ("The lorry driver was banned from driving for eight years.", True),
 ("The lorry driver was banned from driving for five years.", False),
 ("The lorry driver has been jailed for eight years.", False),
 ("The cyclist was looking at his phone.", False),
 ("The lorry driver was given a suspended sentence.", False),
])
_add("Scientists have found that a common blood pressure drug may slow memory loss in people with early dementia, but say larger trials are needed before it can be recommended.", [
 ("Scientists say a common blood pressure drug may slow memory loss in people with early dementia.", True),
 ("Scientists say larger trials are needed.", True),
 ("A common blood pressure drug slows memory loss in people with early dementia.", False),
 ("Scientists have recommended the drug for people with early dementia.", False),
 ("Scientists found the drug may speed up memory loss.", False),
 ("Scientists say no further trials are needed.", False),
])
_add("Hartfield United sacked manager Ryan Cole on Sunday after a run of eight games without a win, and named his assistant, Dev Patel, as caretaker.", [
 ("Hartfield United sacked Ryan Cole.", True),
 ("Dev Patel was named caretaker.", True),
 ("Dev Patel was sacked by Hartfield United.", False),
 ("Ryan Cole was named caretaker.", False),
 ("Hartfield United had gone six games without a win.", False),
 ("Ryan Cole resigned as manager.", False),
])
_add("The price of a first-class stamp will rise by 10p to £1.45 in April, the third increase in two years, Royal Post said.", [
 ("The price of a first-class stamp will rise to £1.45 in April.", True),
 ("It is the third increase in two years.", True),
 ("The price of a first-class stamp will fall by 10p.", False),
 ("The price of a second-class stamp will rise to £1.45.", False),
 ("The price will rise by 15p.", False),
 ("The price of a first-class stamp rose to £1.45 in April last year.", False),
])
_add("Half of the town's 40 bus stops have no shelter, a survey by the parish council found, and a third have no timetable.", [
 ("Half of the town's bus stops have no shelter.", True),
 ("A third of the bus stops have no timetable, the survey found.", True),
 ("A third of the town's bus stops have no shelter.", False),
 ("Half of the bus stops have no timetable.", False),
 ("The town has 14 bus stops.", False),
 ("A survey by the county council found half the bus stops have no shelter.", False),
])
# round 222
_add("Police in Darrow have seized 12,000 fake designer handbags worth an estimated £3m from a warehouse, and arrested two men.", [
 ("Police have seized 12,000 fake designer handbags.", True),
 ("The handbags were worth an estimated £3m.", True),
 ("Police have seized 2,000 fake designer handbags.", False),
 ("Police arrested three men.", False),
 ("The handbags were worth exactly £3m.", False),
 ("Police seized the handbags from a shop.", False),
])
_add("The minister said the new rules would come into force next spring, not this autumn as first announced, to give businesses more time to prepare.", [
 ("The new rules will come into force next spring.", True),
 ("The delay is to give businesses more time to prepare.", True),
 ("The new rules will come into force this autumn.", False),
 ("The rules came into force this spring.", False),
 ("The delay is to give councils more time to prepare.", False),
 ("The minister said the rules had been scrapped.", False),
])
_add("Tennis player Ana Silva, the world number three, withdrew from the Open with a wrist injury an hour before her first-round match against Yuki Mori.", [
 ("Ana Silva withdrew from the Open with a wrist injury.", True),
 ("Ana Silva is the world number three.", True),
 ("Yuki Mori withdrew from the Open.", False),
 ("Ana Silva withdrew with an ankle injury.", False),
 ("Ana Silva lost her first-round match to Yuki Mori.", False),
 ("Ana Silva is the world number one.", False),
])
_add("About 70 jobs are at risk after the Fenwick bakery went into administration, though administrators said they hoped to find a buyer.", [
 ("About 70 jobs are at risk.", True),
 ("Administrators hope to find a buyer for the bakery.", True),
 ("About 70 jobs have been lost.", False),
 ("Administrators have found a buyer for the bakery.", False),
 ("About 170 jobs are at risk.", False),
 ("The bakery has been bought out of administration.", False),
])
_add("The Met Office said last month was the wettest October on record in Wales, with 290mm of rain, almost double the average.", [
 ("Last month was the wettest October on record in Wales.", True),
 ("Wales had 290mm of rain last month.", True),
 ("Last month was the driest October on record in Wales.", False),
 ("Wales had 190mm of rain last month.", False),
 ("The rainfall was almost triple the average.", False),
 ("It was the wettest October on record in Scotland.", False),
])
# round 223
_add("Ben Ash, the company's founder, will step down as chief executive at the end of the year but stay on as chairman, the firm said.", [
 ("Ben Ash will step down as chief executive at the end of the year.", True),
 ("Ben Ash will stay on as chairman.", True),
 ("Ben Ash will step down as chairman.", False),
 ("Ben Ash has stepped down as chief executive.", False),
 ("Ben Ash will leave the company at the end of the year.", False),
 ("Ben Ash will stay on as chief executive.", False),
])
_add("Ambulance response times for the most serious calls averaged 9 minutes 40 seconds in October, against a target of 7 minutes.", [
 ("Response times for the most serious calls averaged 9 minutes 40 seconds in October.", True),
 ("The target is 7 minutes.", True),
 ("Response times met the target of 7 minutes.", False),
 ("The target is 9 minutes 40 seconds.", False),
 ("Response times averaged 7 minutes in October.", False),
 ("Response times for the most serious calls averaged 9 minutes 40 seconds in September.", False),
])
_add("A 19th-century painting that hung unnoticed in a school corridor for decades has sold at auction for £620,000, ten times its estimate.", [
 ("A painting that hung in a school corridor has sold for £620,000.", True),
 ("The painting sold for ten times its estimate.", True),
 ("The painting sold for £62,000.", False),
 ("The painting hung in a hospital corridor.", False),
 ("The painting sold for less than its estimate.", False),
 ("The painting was painted in the 18th century.", False),
])
_add("The government has agreed to pay £40m in compensation to 900 postmasters wrongly accused of theft, but campaigners say the sum is far too low.", [
 ("The government has agreed to pay £40m in compensation.", True),
 ("Campaigners say the sum is far too low.", True),
 ("The government has agreed to pay £40m to 9,000 postmasters.", False),
 ("Campaigners have welcomed the sum.", False),
 ("The postmasters were rightly accused of theft.", False),
 ("The government has paid £40m in compensation.", False),
])
_add("Elm Park school will become an academy in September after parents voted in favour by 312 votes to 95, ending a two-year dispute with the council.", [
 ("Elm Park school will become an academy in September.", True),
 ("Parents voted in favour by 312 votes to 95.", True),
 ("Parents voted against the plan by 312 votes to 95.", False),
 ("Elm Park school became an academy last September.", False),
 ("The dispute with the council lasted five years.", False),
 ("Teachers voted in favour by 312 votes to 95.", False),
])
# round 224
_add("Two climbers were airlifted to hospital after falling on Ben Nevis on Saturday; one has since been discharged, and the other is in a stable condition.", [
 ("Two climbers were airlifted to hospital after falling on Ben Nevis.", True),
 ("One of the climbers has been discharged.", True),
 ("Both climbers have been discharged.", False),
 ("One of the climbers is in a critical condition.", False),
 ("Three climbers were airlifted to hospital.", False),
 ("The climbers fell on Ben Nevis on Sunday.", False),
])
_add("The retailer reported that like-for-like sales rose 2.1% over Christmas, beating forecasts, but warned that profits would be hit by higher wage costs.", [
 ("Like-for-like sales rose 2.1% over Christmas.", True),
 ("The retailer warned that profits would be hit by higher wage costs.", True),
 ("Like-for-like sales fell 2.1% over Christmas.", False),
 ("Sales missed forecasts.", False),
 ("The retailer warned profits would be hit by higher energy costs.", False),
 ("Profits have been hit by higher wage costs.", False),
])
_add("A new law will require dog owners to microchip cats by June, with fines of up to £500 for those who do not, the environment department said.", [
 ("Owners must microchip cats by June.", True),
 ("Fines of up to £500 will apply to those who do not.", True),
 ("Owners must microchip cats by January.", False),
 ("Fines of exactly £500 will apply.", False),
 ("Fines of up to £5,000 will apply.", False),
 ("The health department announced the new law.", False),
])
_add("Researchers tracked 5,000 teenagers for ten years and found those who played team sports were less likely to report anxiety, though the link was weaker for girls.", [
 ("Researchers tracked 5,000 teenagers for ten years.", True),
 ("Teenagers who played team sports were less likely to report anxiety.", True),
 ("The link was stronger for girls.", False),
 ("Teenagers who played team sports were more likely to report anxiety.", False),
 ("Researchers tracked 500 teenagers.", False),
 ("Playing team sports prevents anxiety in teenagers.", False),
])
_add("The city's mayor, Ruth Ames, has vetoed the budget passed by councillors, saying it would leave a £12m hole in the finances.", [
 ("Ruth Ames has vetoed the budget.", True),
 ("Ruth Ames said the budget would leave a £12m hole in the finances.", True),
 ("Councillors have vetoed the mayor's budget.", False),
 ("Ruth Ames has approved the budget.", False),
 ("Ruth Ames said the budget would leave a £21m hole.", False),
 ("Councillors said the budget would leave a £12m hole in the finances.", False),
])
# round 225
_add("Eastline Ferries has cancelled all sailings to the islands until Friday because of gales, the third cancellation this week.", [
 ("Eastline Ferries has cancelled all sailings to the islands until Friday.", True),
 ("The cancellations are because of gales.", True),
 ("Eastline Ferries has cancelled some sailings.", False),
 ("It is the first cancellation this week.", False),
 ("The sailings have been cancelled until Sunday.", False),
 ("The cancellations are because of a strike.", False),
])
_add("Norland's economy grew by 0.3% in the third quarter, slower than the 0.5% in the second, the statistics office said, as manufacturing shrank.", [
 ("Norland's economy grew by 0.3% in the third quarter.", True),
 ("Manufacturing shrank in the third quarter.", True),
 ("The economy grew faster in the third quarter than in the second.", False),
 ("The economy grew by 0.5% in the third quarter.", False),
 ("Manufacturing grew in the third quarter.", False),
 ("The economy shrank by 0.3% in the third quarter.", False),
])
_add("Sir Tom Hale, who founded the Hale theatre company in 1968, has died at his home in Devon at the age of 92, his family announced.", [
 ("Sir Tom Hale has died at the age of 92.", True),
 ("Tom Hale founded the Hale theatre company in 1968.", True),
 ("Sir Tom Hale died in hospital.", False),
 ("Sir Tom Hale has died at the age of 82.", False),
 ("Tom Hale founded the theatre company in 1986.", False),
 ("The theatre company announced his death.", False),
])
_add("More than 200 homes will be built on the old gasworks site after the plan was approved on appeal, overturning the council's refusal.", [
 ("More than 200 homes will be built on the old gasworks site.", True),
 ("The plan was approved on appeal.", True),
 ("The council approved the plan.", False),
 ("The appeal was rejected.", False),
 ("Exactly 200 homes will be built.", False),
 ("More than 200 homes will be built on the old power station site.", False),
])
_add("The two leaders agreed to reopen the border crossing for trade from next month, but talks on a wider peace deal ended without progress.", [
 ("The two leaders agreed to reopen the border crossing for trade.", True),
 ("Talks on a wider peace deal ended without progress.", True),
 ("The two leaders agreed a wider peace deal.", False),
 ("The border crossing has reopened for trade.", False),
 ("The two leaders agreed to close the border crossing.", False),
 ("The border crossing will reopen next year.", False),
])
# round 226
_add("Gareth Lloyd, 58, of Cardiff, pleaded guilty to fraud after taking £85,000 from elderly customers, and will be sentenced next month.", [
 ("Gareth Lloyd pleaded guilty to fraud.", True),
 ("Gareth Lloyd will be sentenced next month.", True),
 ("Gareth Lloyd denied fraud.", False),
 ("Gareth Lloyd has been sentenced.", False),
 ("Gareth Lloyd took £58,000 from elderly customers.", False),
 ("Gareth Lloyd was found guilty of fraud by a jury.", False),
])
_add("Visitor numbers at the castle have doubled since the new visitor centre opened in May, with 48,000 people passing through its gates.", [
 ("Visitor numbers at the castle have doubled since May.", True),
 ("48,000 people have visited the castle since the visitor centre opened.", True),
 ("Visitor numbers have halved since the new visitor centre opened.", False),
 ("The visitor centre opened in March.", False),
 ("84,000 people have visited the castle.", False),
 ("Visitor numbers have tripled since May.", False),
])
_add("Union members at Orbit Telecom have voted to accept a pay offer of 6%, calling off strikes planned for next week.", [
 ("Union members at Orbit Telecom have voted to accept a pay offer of 6%.", True),
 ("Strikes planned for next week have been called off.", True),
 ("Union members voted to reject the pay offer.", False),
 ("The strikes went ahead last week.", False),
 ("The pay offer was 4%.", False),
 ("Union members voted to strike next week.", False),
])
_add("The council will close three of its seven libraries next year to save £1.1m, but said volunteers could take over the buildings.", [
 ("The council will close three of its seven libraries next year.", True),
 ("The closures will save £1.1m.", True),
 ("The council will close all seven of its libraries.", False),
 ("The council will close three libraries this year.", False),
 ("Volunteers will take over the buildings.", False),
 ("The closures will save £11m.", False),
])
_add("The company recalled 40,000 electric heaters after reports that some had overheated, although no injuries were reported.", [
 ("The company recalled 40,000 electric heaters.", True),
 ("No injuries were reported.", True),
 ("The company recalled 400,000 electric heaters.", False),
 ("Several people were injured by the heaters.", False),
 ("All of the heaters had overheated.", False),
 ("The company recalled 40,000 electric kettles.", False),
])
# round 227
_add("Ava Brooks became the youngest player to win the national chess title, aged 15, after beating the defending champion, Igor Lenz, in the final round.", [
 ("Ava Brooks won the national chess title aged 15.", True),
 ("Ava Brooks beat Igor Lenz in the final round.", True),
 ("Igor Lenz beat Ava Brooks in the final round.", False),
 ("Ava Brooks is the defending champion.", False),
 ("Ava Brooks won the title aged 16.", False),
 ("Igor Lenz became the youngest player to win the title.", False),
])
_add("Passenger numbers on the Westway line have fallen by a quarter since fares rose in January, figures from the operator show.", [
 ("Passenger numbers on the Westway line have fallen by a quarter.", True),
 ("Fares rose in January.", True),
 ("Passenger numbers have risen by a quarter.", False),
 ("Passenger numbers have fallen by a third.", False),
 ("Fares fell in January.", False),
 ("Fares rose in June.", False),
])
_add("The hospital has apologised to the family of a man who waited 14 hours in A&E before being seen, and said it had reviewed its procedures.", [
 ("The hospital has apologised to the man's family.", True),
 ("The man waited 14 hours in A&E before being seen.", True),
 ("The family has apologised to the hospital.", False),
 ("The man waited 4 hours in A&E.", False),
 ("The hospital refused to review its procedures.", False),
 ("The man died after waiting 14 hours in A&E.", False),
])
_add("Vantis shares jumped 15% after the drugmaker said its cancer treatment had shrunk tumours in 60% of patients in a small early trial.", [
 ("Vantis shares jumped 15%.", True),
 ("The treatment shrank tumours in 60% of patients in a small early trial.", True),
 ("Vantis shares fell 15%.", False),
 ("The treatment shrank tumours in 15% of patients.", False),
 ("The treatment cured cancer in 60% of patients.", False),
 ("The trial was large and late-stage.", False),
])
_add("Flooding has closed the A39 between Kelby and Marsh Cross, and drivers are being diverted through Ashton, which adds about 20 minutes to journeys.", [
 ("Flooding has closed the A39 between Kelby and Marsh Cross.", True),
 ("The diversion adds about 20 minutes to journeys.", True),
 ("Drivers are being diverted through Kelby.", False),
 ("The diversion adds about 2 hours to journeys.", False),
 ("A crash has closed the A39.", False),
 ("The A39 has reopened between Kelby and Marsh Cross.", False),
])
# round 228
_add("Councillors rejected a plan to charge drivers £5 a day to enter the city centre, with 31 voting against and 22 in favour.", [
 ("Councillors rejected a plan to charge drivers £5 a day.", True),
 ("Thirty-one councillors voted against the plan.", True),
 ("Councillors approved a plan to charge drivers £5 a day.", False),
 ("Twenty-two councillors voted against the plan.", False),
 ("The plan would have charged drivers £15 a day.", False),
 ("Thirty-one councillors voted in favour.", False),
])
_add("The singer cancelled the rest of her European tour on doctors' advice after losing her voice, and promised refunds to fans.", [
 ("The singer cancelled the rest of her European tour.", True),
 ("The singer promised refunds to fans.", True),
 ("The singer postponed the tour to next year.", False),
 ("Fans promised refunds to the singer.", False),
 ("The singer cancelled her tour against doctors' advice.", False),
 ("The singer cancelled her American tour.", False),
])
_add("Water bills in the region will go up by an average of £86 a year from April, after the regulator allowed companies to raise charges to fund new pipes.", [
 ("Water bills will go up by an average of £86 a year from April.", True),
 ("The regulator allowed companies to raise charges.", True),
 ("Water bills will go down by £86 a year.", False),
 ("The regulator blocked companies from raising charges.", False),
 ("Water bills will go up by £68 a year.", False),
 ("The money will fund new reservoirs.", False),
])
_add("A man has been charged with attempted murder after a woman was stabbed in a car park in Tolby on Friday night; she remains in hospital.", [
 ("A man has been charged with attempted murder.", True),
 ("The woman remains in hospital.", True),
 ("A man has been charged with murder.", False),
 ("The woman has been charged with attempted murder.", False),
 ("The woman has been discharged from hospital.", False),
 ("The stabbing happened on Saturday night.", False),
])
_add("The zoo's breeding programme has produced three red panda cubs this year, the first born there since 2015.", [
 ("The zoo's breeding programme has produced three red panda cubs this year.", True),
 ("They are the first red panda cubs born at the zoo since 2015.", True),
 ("The breeding programme has produced two red panda cubs.", False),
 ("They are the first red panda cubs born at the zoo since 2005.", False),
 ("The breeding programme has produced three snow leopard cubs.", False),
 ("The zoo has bred red pandas every year since 2015.", False),
])
# round 229
_add("Former teacher Helen Price was cleared of assault by a jury at Carden Crown Court, but found guilty of a lesser charge of threatening behaviour.", [
 ("Helen Price was cleared of assault.", True),
 ("Helen Price was found guilty of threatening behaviour.", True),
 ("Helen Price was found guilty of assault.", False),
 ("Helen Price was cleared of all charges.", False),
 ("Helen Price was cleared of threatening behaviour.", False),
 ("Helen Price is a serving teacher.", False),
])
_add("The government will spend £2bn over five years to insulate 300,000 homes, far fewer than the 1 million campaigners had called for.", [
 ("The government will spend £2bn over five years to insulate homes.", True),
 ("Campaigners had called for 1 million homes to be insulated.", True),
 ("The government will insulate 1 million homes.", False),
 ("The government will spend £2bn over ten years.", False),
 ("Campaigners had called for 300,000 homes to be insulated.", False),
 ("The government will spend £20bn.", False),
])
_add("Kestrel Air will resume flights to Lisbon in March, a year after it dropped the route, and add a new service to Porto in May.", [
 ("Kestrel Air will resume flights to Lisbon in March.", True),
 ("Kestrel Air will add a new service to Porto in May.", True),
 ("Kestrel Air will resume flights to Porto in March.", False),
 ("Kestrel Air will drop its Lisbon route in March.", False),
 ("Kestrel Air will add a new service to Lisbon in May.", False),
 ("Kestrel Air dropped the Lisbon route two years ago.", False),
])
_add("About one in four adults in the county is obese, the health report found, up from one in five a decade ago.", [
 ("About one in four adults in the county is obese.", True),
 ("A decade ago, about one in five adults was obese.", True),
 ("About one in five adults in the county is obese.", False),
 ("Obesity has fallen over the past decade.", False),
 ("About one in four children in the county is obese.", False),
 ("A decade ago, about one in three adults was obese.", False),
])
_add("The band's drummer, Kit Dale, has left after 20 years, and will be replaced on tour by session player Ray Moss, the band announced.", [
 ("Kit Dale has left the band after 20 years.", True),
 ("Ray Moss will replace Kit Dale on tour.", True),
 ("Ray Moss has left the band after 20 years.", False),
 ("Kit Dale will replace Ray Moss on tour.", False),
 ("Kit Dale has left after 12 years.", False),
 ("Kit Dale was the band's guitarist.", False),
])
# round 230
_add("A woman who stole £90,000 from the village hall charity where she was treasurer has been ordered to repay the money and given a two-year suspended sentence.", [
 ("The woman was given a two-year suspended sentence.", True),
 ("The woman has been ordered to repay the money.", True),
 ("The woman was jailed for two years.", False),
 ("The woman stole £19,000 from the charity.", False),
 ("The woman was the charity's chairwoman.", False),
 ("The charity has been ordered to repay the money.", False),
])
_add("Orland's central bank unexpectedly raised interest rates by half a point to 6%, saying inflation had proved more stubborn than it forecast.", [
 ("Orland's central bank raised interest rates to 6%.", True),
 ("The bank said inflation had proved more stubborn than it forecast.", True),
 ("The bank cut interest rates to 6%.", False),
 ("The rise had been widely expected.", False),
 ("The bank raised rates by a quarter of a point.", False),
 ("The bank said inflation had fallen faster than forecast.", False),
])
_add("Police say a 17-year-old boy arrested after a crash that killed two pedestrians in Harwell has been released on bail pending further inquiries.", [
 ("A 17-year-old boy has been released on bail.", True),
 ("Two pedestrians were killed in the crash.", True),
 ("The 17-year-old boy has been charged.", False),
 ("Three pedestrians were killed in the crash.", False),
 ("A 17-year-old boy was killed in the crash.", False),
 ("The boy has been remanded in custody.", False),
])
_add("The festival's organisers said ticket sales had fallen by 30% this year, and blamed the cost of living rather than the new venue.", [
 ("Organisers said ticket sales had fallen by 30% this year.", True),
 ("Organisers blamed the cost of living.", True),
 ("Organisers blamed the new venue for the fall.", False),
 ("Ticket sales rose by 30% this year.", False),
 ("Ticket sales fell by 13%.", False),
 ("Organisers said the fall was not linked to the cost of living.", False),
])
_add("The Tarvia Open was won by Ines Costa, who beat her sister, Maria, 6-3 6-4 in the final to claim her first title.", [
 ("Ines Costa won the Tarvia Open.", True),
 ("Ines Costa beat her sister Maria in the final.", True),
 ("Maria Costa won the Tarvia Open.", False),
 ("Ines Costa won her third title.", False),
 ("Maria beat Ines Costa in the final.", False),
 ("Ines Costa won 6-3 6-1.", False),
])
# round 231
_add("Ferry operator Blue Isles has ordered two electric ships from a Norwegian yard for £70m, to enter service in 2028.", [
 ("Blue Isles has ordered two electric ships.", True),
 ("The ships will enter service in 2028.", True),
 ("Blue Isles has ordered three electric ships.", False),
 ("The ships were ordered from a Danish yard.", False),
 ("The ships entered service in 2028.", False),
 ("The ships cost £17m.", False),
])
_add("Mental health referrals for children rose by 40% in five years, a report by the children's commissioner found, while the number of specialist staff barely changed.", [
 ("Mental health referrals for children rose by 40% in five years.", True),
 ("The number of specialist staff barely changed.", True),
 ("The number of specialist staff rose by 40%.", False),
 ("Referrals fell by 40% in five years.", False),
 ("Referrals rose by 40% in ten years.", False),
 ("A report by the health secretary found referrals had risen.", False),
])
_add("The council has bought the derelict Grand Hotel for £1.2m and plans to turn it into 40 flats for older people.", [
 ("The council has bought the Grand Hotel for £1.2m.", True),
 ("The council plans to turn the hotel into 40 flats.", True),
 ("The council has sold the Grand Hotel.", False),
 ("The council has turned the hotel into 40 flats.", False),
 ("The council plans to turn the hotel into 14 flats.", False),
 ("The flats will be for students.", False),
])
_add("An amber weather warning for snow is in place for the Pennines until 9am on Tuesday, with up to 15cm expected on higher ground.", [
 ("An amber warning for snow is in place for the Pennines.", True),
 ("Up to 15cm of snow is expected on higher ground.", True),
 ("A red warning for snow is in place for the Pennines.", False),
 ("Up to 50cm of snow is expected.", False),
 ("The warning is for rain.", False),
 ("The warning lasts until 9pm on Tuesday.", False),
])
_add("Doctors in training will strike for five days from 3 March after talks with the government broke down over pay, their union said.", [
 ("Doctors in training will strike for five days from 3 March.", True),
 ("Talks with the government broke down over pay.", True),
 ("Doctors in training went on strike for five days in March.", False),
 ("Doctors will strike for three days.", False),
 ("Talks broke down over working hours.", False),
 ("The union said talks were going well.", False),
])
# round 232
_add("Roadworks on the Harbour Bridge will close one lane in each direction for eight weeks from Monday, and the bridge will shut completely on two weekends.", [
 ("Roadworks will close one lane in each direction for eight weeks.", True),
 ("The bridge will shut completely on two weekends.", True),
 ("The bridge will shut completely for eight weeks.", False),
 ("Roadworks will close two lanes in each direction.", False),
 ("The bridge will shut completely on four weekends.", False),
 ("The roadworks began last Monday.", False),
])
_add("Tom Reid, 24, scored twice as Kelby Town came from behind to beat league leaders Arnside 3-2, their first win in six games.", [
 ("Tom Reid scored twice.", True),
 ("Kelby Town beat Arnside 3-2.", True),
 ("Arnside beat Kelby Town 3-2.", False),
 ("Tom Reid scored three times.", False),
 ("It was Kelby Town's sixth win in a row.", False),
 ("Kelby Town are league leaders.", False),
])
_add("The fire service said a faulty tumble dryer was the most likely cause of the blaze that destroyed a terraced house in Carlow on Sunday.", [
 ("The fire service said a faulty tumble dryer was the most likely cause of the blaze.", True),
 ("The blaze destroyed a terraced house in Carlow.", True),
 ("The fire service confirmed a faulty tumble dryer caused the blaze.", False),
 ("The fire service said a faulty fridge was the most likely cause.", False),
 ("The blaze damaged a terraced house.", False),
 ("The fire service said the blaze was started deliberately.", False),
])
_add("Sales of the magazine have halved in five years to 120,000 a month, and its publisher said it would move online only from next year.", [
 ("Sales of the magazine have halved in five years.", True),
 ("The magazine will move online only from next year.", True),
 ("Sales of the magazine have doubled in five years.", False),
 ("Sales have fallen to 210,000 a month.", False),
 ("The magazine moved online this year.", False),
 ("The publisher said the magazine would close.", False),
])
_add("Dr Lena Ward, who led the study, said the findings were 'encouraging' but warned that the treatment had only been tested in mice.", [
 ("Dr Lena Ward said the findings were encouraging.", True),
 ("Dr Ward warned that the treatment had only been tested in mice.", True),
 ("Dr Ward said the treatment had been tested in humans.", False),
 ("Dr Ward said the findings were disappointing.", False),
 ("The treatment has been shown to work in people.", False),
 ("Dr Ward did not lead the study.", False),
])
# round 233
_add("The Kelder Rowing Club's boathouse, built in 1890, has been listed as a building of special historic interest, protecting it from demolition.", [
 ("The boathouse was built in 1890.", True),
 ("The boathouse has been listed, protecting it from demolition.", True),
 ("The boathouse was built in 1980.", False),
 ("The boathouse will be demolished.", False),
 ("The club's clubhouse has been listed.", False),
 ("The listing means the boathouse can be demolished.", False),
])
_add("Two thirds of the 900 teachers surveyed said they had considered quitting in the past year, mainly because of workload, the union said.", [
 ("Two thirds of teachers surveyed said they had considered quitting.", True),
 ("The union said workload was the main reason.", True),
 ("One third of the teachers surveyed had considered quitting.", False),
 ("Two thirds of the teachers have quit.", False),
 ("The union surveyed 9,000 teachers.", False),
 ("The main reason given was pay.", False),
])
_add("The mayor of Arlow, Sue Grant, will not stand for re-election in May after eight years in office, she announced on Friday.", [
 ("Sue Grant will not stand for re-election in May.", True),
 ("Sue Grant has been mayor for eight years.", True),
 ("Sue Grant will stand for re-election in May.", False),
 ("Sue Grant has been mayor for four years.", False),
 ("Sue Grant lost her re-election bid.", False),
 ("Sue Grant announced on Monday that she would not stand.", False),
])
_add("A second-hand bookshop that has traded on Hill Street for 60 years will close next month because of rising rents, its owner said.", [
 ("The bookshop will close next month.", True),
 ("The owner blamed rising rents.", True),
 ("The bookshop closed last month.", False),
 ("The bookshop has traded on Hill Street for 16 years.", False),
 ("The owner blamed falling sales.", False),
 ("The bookshop will move to a new site next month.", False),
])
_add("The cruise ship was held in port for two days after 90 passengers fell ill with norovirus, the operator said; none needed hospital treatment.", [
 ("The cruise ship was held in port for two days.", True),
 ("None of the passengers needed hospital treatment.", True),
 ("Ninety passengers were treated in hospital.", False),
 ("The ship was held in port for a week.", False),
 ("Nineteen passengers fell ill.", False),
 ("The passengers fell ill with flu.", False),
])
# round 234
_add("Striker Jay Osei has joined Marden City on a season-long loan from Harlow, who signed him for £12m last summer.", [
 ("Jay Osei has joined Marden City on loan.", True),
 ("Harlow signed Jay Osei for £12m last summer.", True),
 ("Jay Osei has joined Harlow on loan from Marden City.", False),
 ("Marden City signed Jay Osei for £12m.", False),
 ("Jay Osei has joined Marden City permanently.", False),
 ("Harlow signed Jay Osei for £21m.", False),
])
_add("Almost 3,000 people have signed a petition against plans to build a motorway service station on green belt land near Tolby.", [
 ("Almost 3,000 people have signed a petition against the plans.", True),
 ("The service station would be built on green belt land.", True),
 ("Almost 3,000 people have signed a petition in support of the plans.", False),
 ("More than 30,000 people have signed the petition.", False),
 ("The plans are for a motorway junction.", False),
 ("The service station has been built.", False),
])
_add("The chancellor said the government would borrow £12bn more than planned this year, but insisted its debt rules would still be met.", [
 ("The government will borrow £12bn more than planned this year.", True),
 ("The chancellor insisted the debt rules would still be met.", True),
 ("The government will borrow £12bn less than planned.", False),
 ("The chancellor admitted the debt rules would be broken.", False),
 ("The government will borrow £21bn more than planned.", False),
 ("The opposition said the debt rules would still be met.", False),
])
_add("Forty people were evacuated from a block of flats in Wexley after a gas leak on Monday night; they were allowed home on Tuesday morning.", [
 ("Forty people were evacuated after a gas leak.", True),
 ("The residents were allowed home on Tuesday morning.", True),
 ("Four people were evacuated after a gas leak.", False),
 ("The residents are still not allowed home.", False),
 ("The flats were evacuated after a fire.", False),
 ("The residents were allowed home on Monday night.", False),
])
_add("Zara Ahmed, 29, has been named the new editor of the Carrow Gazette, becoming the youngest person and first woman to hold the post in its 150-year history.", [
 ("Zara Ahmed has been named editor of the Carrow Gazette.", True),
 ("Zara Ahmed is the first woman to edit the paper.", True),
 ("Zara Ahmed is the second woman to edit the paper.", False),
 ("The paper is 105 years old.", False),
 ("Zara Ahmed is the oldest person to edit the paper.", False),
 ("Zara Ahmed has been named deputy editor.", False),
])
# round 235
_add("Hospital admissions for flu doubled in a week to 2,400, health officials said, and they urged people over 65 to get vaccinated.", [
 ("Hospital admissions for flu doubled in a week.", True),
 ("Officials urged people over 65 to get vaccinated.", True),
 ("Hospital admissions for flu halved in a week.", False),
 ("Admissions rose to 4,200.", False),
 ("Officials urged people under 65 to get vaccinated.", False),
 ("Officials said vaccination was not needed.", False),
])
_add("Engineers found corrosion in 14 of the pier's 60 supports, and the owners said repairs would cost at least £2m.", [
 ("Engineers found corrosion in 14 of the pier's supports.", True),
 ("Repairs will cost at least £2m, the owners said.", True),
 ("Engineers found corrosion in all 60 supports.", False),
 ("Repairs will cost no more than £2m.", False),
 ("Engineers found corrosion in 40 of the supports.", False),
 ("The engineers said repairs would cost £2m.", False),
])
_add("The Supreme Court ruled that the ban on protests outside abortion clinics was lawful, rejecting an appeal by campaigners.", [
 ("The Supreme Court ruled the ban was lawful.", True),
 ("The court rejected an appeal by campaigners.", True),
 ("The Supreme Court ruled the ban was unlawful.", False),
 ("The court upheld the campaigners' appeal.", False),
 ("The Court of Appeal ruled the ban was lawful.", False),
 ("The campaigners rejected the court's ruling.", False),
])
_add("Kestrel Bank will close 45 branches next year, leaving it with 210, but said no staff would lose their jobs.", [
 ("Kestrel Bank will close 45 branches next year.", True),
 ("The bank said no staff would lose their jobs.", True),
 ("Kestrel Bank will be left with 255 branches.", False),
 ("Kestrel Bank will close 210 branches.", False),
 ("Some staff will lose their jobs.", False),
 ("Kestrel Bank will open 45 branches next year.", False),
])
_add("A rare white stork has nested in a Suffolk church tower for the first time in more than 600 years, wildlife experts said.", [
 ("A white stork has nested in a Suffolk church tower.", True),
 ("It is the first time in more than 600 years, experts said.", True),
 ("A white stork has nested in a Norfolk church tower.", False),
 ("It is the first time in more than 60 years.", False),
 ("A black stork has nested in the tower.", False),
 ("White storks nest in the tower every year.", False),
])
# round 236
_add("The former chief executive of Hale Water, Colin Marsh, has been banned from being a company director for 11 years over a £30m accounting fraud.", [
 ("Colin Marsh has been banned from being a company director for 11 years.", True),
 ("The ban follows a £30m accounting fraud.", True),
 ("Colin Marsh has been banned for 7 years.", False),
 ("Colin Marsh is the current chief executive of Hale Water.", False),
 ("The fraud was worth £13m.", False),
 ("Colin Marsh has been jailed for 11 years.", False),
])
_add("The library will open on Sundays from April for the first time, after volunteers offered to staff it, the council said.", [
 ("The library will open on Sundays from April.", True),
 ("Volunteers offered to staff the library.", True),
 ("The library will close on Sundays from April.", False),
 ("The library already opens on Sundays.", False),
 ("Paid staff will run the library on Sundays.", False),
 ("The library will open on Sundays from August.", False),
])
_add("Fewer than half of new homes built in the county last year met the energy standard, a report found, against a target of 80%.", [
 ("Fewer than half of new homes met the energy standard.", True),
 ("The target was 80%.", True),
 ("More than half of new homes met the energy standard.", False),
 ("The target was 50%.", False),
 ("80% of new homes met the energy standard.", False),
 ("The report found all new homes met the standard.", False),
])
_add("A Canadian firm has bought the Tarrow gold mine for $400m and plans to reopen it in 2027, creating 600 jobs.", [
 ("A Canadian firm has bought the Tarrow gold mine.", True),
 ("The mine is expected to create 600 jobs.", True),
 ("An Australian firm has bought the mine.", False),
 ("The mine has reopened.", False),
 ("The firm paid $40m for the mine.", False),
 ("The mine will create 6,000 jobs.", False),
])
_add("Jess Okoye won gold in the 400m hurdles, while her training partner, Amy Lund, took bronze after a fall in the final.", [
 ("Jess Okoye won gold in the 400m hurdles.", True),
 ("Amy Lund took bronze.", True),
 ("Amy Lund won gold in the 400m hurdles.", False),
 ("Jess Okoye took bronze after a fall.", False),
 ("Amy Lund took silver.", False),
 ("Jess Okoye won gold in the 100m hurdles.", False),
])
# round 237
_add("Rents in the city rose 9% in the year to March, outpacing wages, which grew 5%, according to the property website.", [
 ("Rents in the city rose 9% in the year to March.", True),
 ("Wages grew 5%.", True),
 ("Wages grew 9%.", False),
 ("Rents rose 5% in the year to March.", False),
 ("Wages outpaced rents.", False),
 ("Rents fell 9% in the year to March.", False),
])
_add("The minister apologised after it emerged that 2,000 patient records had been sent to the wrong address, but said no data had been misused.", [
 ("The minister apologised after patient records were sent to the wrong address.", True),
 ("The minister said no data had been misused.", True),
 ("The minister refused to apologise.", False),
 ("20,000 patient records were sent to the wrong address.", False),
 ("The minister said some data had been misused.", False),
 ("The patients apologised to the minister.", False),
])
_add("A 1960s sports car found in a barn in Devon, where it had lain untouched for 40 years, sold at auction for £310,000.", [
 ("A 1960s sports car found in a barn sold for £310,000.", True),
 ("The car had lain untouched for 40 years.", True),
 ("The car was found in a garage in Devon.", False),
 ("The car sold for £130,000.", False),
 ("The car had lain untouched for 14 years.", False),
 ("A 1970s sports car was found in a barn.", False),
])
_add("The trust said it would need to raise £5m to restore the abbey's roof, and had so far secured £1.8m, mostly from a lottery grant.", [
 ("The trust needs to raise £5m to restore the roof.", True),
 ("The trust has secured £1.8m so far.", True),
 ("The trust has raised the full £5m.", False),
 ("The trust has secured £8.1m so far.", False),
 ("Most of the money came from private donors.", False),
 ("The trust needs £1.8m to restore the roof.", False),
])
_add("Police shot dead a man who was armed with a knife in a supermarket in Kelby on Saturday, after he refused to drop the weapon.", [
 ("Police shot dead a man armed with a knife.", True),
 ("The man refused to drop the weapon.", True),
 ("The man shot a police officer.", False),
 ("The man was armed with a gun.", False),
 ("The man dropped the weapon.", False),
 ("Police shot and injured the man.", False),
])
# round 238
_add("The airline said it would cut its flights to Sarn by half over the winter because of weak demand, but keep its daily service to Orel.", [
 ("The airline will halve its flights to Sarn over the winter.", True),
 ("The airline will keep its daily service to Orel.", True),
 ("The airline will halve its flights to Orel.", False),
 ("The airline will double its flights to Sarn.", False),
 ("The airline will drop its service to Orel.", False),
 ("The cut is because of strong demand.", False),
])
_add("Ivy Hall, 101, has been named the oldest volunteer at Carrow hospital, where she has worked in the shop every week for 35 years.", [
 ("Ivy Hall is 101.", True),
 ("Ivy Hall has worked in the hospital shop for 35 years.", True),
 ("Ivy Hall is 110.", False),
 ("Ivy Hall has worked in the hospital shop for 53 years.", False),
 ("Ivy Hall works in the hospital cafe.", False),
 ("Ivy Hall has been named the youngest volunteer.", False),
])
_add("The regulator has ordered Westline Trains to pay £4m to passengers after it cancelled 12% of services in the autumn, the worst figure in the country.", [
 ("Westline Trains has been ordered to pay £4m to passengers.", True),
 ("Westline Trains cancelled 12% of services in the autumn.", True),
 ("Westline Trains cancelled 21% of services.", False),
 ("Westline Trains had the best figure in the country.", False),
 ("Passengers have been ordered to pay £4m.", False),
 ("The regulator will pay £4m to passengers.", False),
])
_add("Archaeologists digging before a new road was built found the remains of a Roman villa, but the road will go ahead after the site is recorded.", [
 ("Archaeologists found the remains of a Roman villa.", True),
 ("The road will go ahead after the site is recorded.", True),
 ("The road has been scrapped because of the find.", False),
 ("Archaeologists found the remains of a Saxon villa.", False),
 ("The villa will be preserved under the road.", False),
 ("Archaeologists found the remains of a Roman fort.", False),
])
_add("The charity's chief executive, Dan Ross, resigned on Wednesday after an inquiry found he had bullied staff; he denies the finding.", [
 ("Dan Ross resigned after an inquiry found he had bullied staff.", True),
 ("Dan Ross denies the finding.", True),
 ("Dan Ross accepted the finding.", False),
 ("Dan Ross was sacked.", False),
 ("An inquiry found staff had bullied Dan Ross.", False),
 ("Dan Ross resigned on Monday.", False),
])
# round 239
_add("The number of fatal shark attacks worldwide fell to five last year, from nine the year before, researchers said.", [
 ("Fatal shark attacks fell to five last year.", True),
 ("There were nine fatal shark attacks the year before.", True),
 ("Fatal shark attacks rose to nine last year.", False),
 ("Fatal shark attacks fell to nine last year.", False),
 ("There were five fatal attacks the year before.", False),
 ("Fatal shark attacks fell to three last year.", False),
])
_add("Smith, who has won three world titles, said he would retire after next month's championships in Oslo.", [
 ("Smith said he would retire after next month's championships.", True),
 ("Smith has won three world titles.", True),
 ("Smith has retired.", False),
 ("Smith has won two world titles.", False),
 ("The championships are in Bergen.", False),
 ("Smith said he would retire before the championships.", False),
])
_add("Shoplifting offences in the county rose by a fifth last year to 14,500, but the number of people charged fell.", [
 ("Shoplifting offences rose by a fifth last year.", True),
 ("The number of people charged fell.", True),
 ("The number of people charged rose.", False),
 ("Shoplifting offences fell by a fifth.", False),
 ("Shoplifting offences rose to 15,400.", False),
 ("Shoplifting offences rose by a quarter.", False),
])
_add("Orla Byrne, who was paralysed in a riding accident, has become the first wheelchair user to complete the Kelder marathon, finishing in four hours.", [
 ("Orla Byrne is the first wheelchair user to complete the Kelder marathon.", True),
 ("Orla Byrne finished in four hours.", True),
 ("Orla Byrne was paralysed in a car accident.", False),
 ("Orla Byrne finished in six hours.", False),
 ("Orla Byrne won the Kelder marathon.", False),
 ("Orla Byrne is the second wheelchair user to complete the marathon.", False),
])
_add("The council will charge £2 an hour to park at the seafront from June, ending free parking there, but residents will get permits for £30 a year.", [
 ("The council will charge £2 an hour to park at the seafront from June.", True),
 ("Residents will get permits for £30 a year.", True),
 ("Parking at the seafront will stay free.", False),
 ("The council will charge £3 an hour.", False),
 ("Residents will get free permits.", False),
 ("The charges will start in July.", False),
])
# round 240
_add("The Ellmore toll bridge will be free to cross from April, after the county council agreed to buy it from its private owner for £9 million, the council's leader, Dana Whitlow, said.", [
 ("The county council agreed to buy the Ellmore toll bridge for £9 million.", True),
 ("Dana Whitlow said the bridge will be free to cross from April.", True),
 ("The bridge's private owner agreed to buy it from the council.", False),
 ("The Ellmore bridge will charge a higher toll from April.", False),
 ("The council agreed to sell the bridge for £9 million.", False),
 ("The council's chief executive, Dana Whitlow, said the bridge will be free.", False),
])
_add("A western lowland gorilla has given birth at Harwick Zoo, the first gorilla born there in 20 years, though keepers said they did not yet know whether it was male or female.", [
 ("A gorilla has been born at Harwick Zoo.", True),
 ("Keepers do not yet know the sex of the baby gorilla.", True),
 ("Keepers said the baby gorilla is female.", False),
 ("It is the first gorilla born at Harwick Zoo in 10 years.", False),
 ("A chimpanzee has given birth at Harwick Zoo.", False),
 ("It is the first gorilla ever born at Harwick Zoo.", False),
])
_add("Tomas Reilly, 19, was given a suspended sentence on Monday for hacking into his college's computer system and changing the grades of three classmates.", [
 ("Tomas Reilly hacked into his college's computer system.", True),
 ("Tomas Reilly changed the grades of three classmates.", True),
 ("Tomas Reilly was jailed for hacking into his college's computer system.", False),
 ("Tomas Reilly changed his own grades.", False),
 ("Three classmates hacked into the college's system.", False),
 ("Tomas Reilly changed the grades of five classmates.", False),
])
_add("The rail regulator fined Coastway Trains £1.2 million for repeatedly failing to tell passengers about cancellations, but stopped short of stripping it of its franchise.", [
 ("Coastway Trains was fined £1.2 million by the rail regulator.", True),
 ("Coastway Trains kept its franchise.", True),
 ("The rail regulator stripped Coastway Trains of its franchise.", False),
 ("Coastway Trains was fined for running trains late.", False),
 ("Coastway Trains was fined £2.1 million.", False),
 ("Coastway Trains fined the rail regulator £1.2 million.", False),
])
_add("Mayor Ines Dacosta vetoed the city council's budget on Friday, saying its cuts to bus services went too far; the council can override her veto with a two-thirds vote.", [
 ("Ines Dacosta vetoed the city council's budget.", True),
 ("The council can override the veto with a two-thirds vote.", True),
 ("The council vetoed the mayor's budget.", False),
 ("Ines Dacosta signed the council's budget.", False),
 ("Ines Dacosta said the budget's cuts to bus services did not go far enough.", False),
 ("The council can override the veto with a simple majority.", False),
])
# round 241
_add("Turnout in Sunday's referendum on independence for the Vessa islands was 61%, and 54% of those who voted backed staying part of the country, officials said.", [
 ("Turnout in the referendum was 61%.", True),
 ("Most of those who voted backed staying part of the country.", True),
 ("54% of voters backed independence.", False),
 ("Turnout in the referendum was 54%.", False),
 ("61% of those who voted backed staying part of the country.", False),
 ("The referendum was held on Saturday.", False),
])
_add("All 42 passengers and crew were rescued after a ferry ran aground off Kell Point in thick fog late on Tuesday, the coastguard said; two people were treated for minor injuries.", [
 ("All 42 people on board the ferry were rescued.", True),
 ("Two people were treated for minor injuries.", True),
 ("Two people died after a ferry ran aground off Kell Point.", False),
 ("The ferry sank off Kell Point.", False),
 ("The ferry ran aground in a storm.", False),
 ("Forty-two people were treated for injuries.", False),
])
_add("Bellway Pharmacy will close 60 of its 400 branches by the end of the year, mostly in small towns, blaming cuts to the fees it is paid for dispensing prescriptions.", [
 ("Bellway Pharmacy will close 60 branches.", True),
 ("Bellway blamed cuts to dispensing fees.", True),
 ("Bellway Pharmacy will close 400 branches.", False),
 ("Bellway Pharmacy will close all of its branches in small towns.", False),
 ("Bellway Pharmacy will open 60 new branches.", False),
 ("Bellway blamed rising rents for the closures.", False),
])
_add("Dock workers at the port of Lanmouth voted to strike over pay, but their union said it would hold off naming dates while talks with the port's owners continued.", [
 ("Dock workers at Lanmouth voted to strike over pay.", True),
 ("The union has not named strike dates.", True),
 ("Dock workers at Lanmouth have gone on strike.", False),
 ("Dock workers at Lanmouth voted against strike action.", False),
 ("The port's owners voted to strike.", False),
 ("The union has broken off talks with the port's owners.", False),
])
_add("Engineers said the Corran dam was not at risk of collapse, but the water company lowered the reservoir by three metres as a precaution after cracks were found in its spillway.", [
 ("Cracks were found in the Corran dam's spillway.", True),
 ("The reservoir was lowered by three metres as a precaution.", True),
 ("Engineers said the Corran dam was at risk of collapse.", False),
 ("The reservoir was lowered by five metres.", False),
 ("The water company raised the reservoir by three metres.", False),
 ("Cracks were found in the dam's wall.", False),
])
# round 242
_add("Hollin Water was ordered to pay £3.4 million after admitting that it let untreated sewage into the River Teal for more than two years, the Environment Agency said.", [
 ("Hollin Water admitted letting untreated sewage into the River Teal.", True),
 ("Hollin Water was ordered to pay £3.4 million.", True),
 ("Hollin Water denied letting sewage into the River Teal.", False),
 ("The Environment Agency was ordered to pay £3.4 million.", False),
 ("Hollin Water let sewage into the river for more than five years.", False),
 ("Hollin Water let treated sewage into the River Teal.", False),
])
_add("Schools in the region recruited only 70% of the new maths teachers they needed this year, a survey of head teachers found, the lowest share in a decade.", [
 ("Schools recruited 70% of the new maths teachers they needed.", True),
 ("It was the lowest share in a decade.", True),
 ("Schools recruited 70% more maths teachers than they needed.", False),
 ("Schools recruited all of the new maths teachers they needed.", False),
 ("Schools recruited only 70% of the new science teachers they needed.", False),
 ("It was the highest share in a decade.", False),
])
_add("The Palace cinema chain has been rescued by its founder's family, who bought it out of administration, saving 14 of its 20 cinemas and about 300 jobs.", [
 ("The Palace cinema chain was bought out of administration by its founder's family.", True),
 ("Fourteen of the chain's cinemas were saved.", True),
 ("All 20 of Palace's cinemas were saved.", False),
 ("The Palace cinema chain has gone into administration and closed.", False),
 ("About 300 jobs were lost.", False),
 ("The chain was bought by a rival cinema group.", False),
])
_add("Children aged five to 11 will be offered the nasal flu vaccine at school from October, health officials said, but parents will have to give consent.", [
 ("Children aged five to 11 will be offered the nasal flu vaccine at school.", True),
 ("Parents will have to give consent.", True),
 ("The flu vaccine will be compulsory for children aged five to 11.", False),
 ("Children aged five to 11 will be offered the vaccine from September.", False),
 ("Children under five will be offered the vaccine at school.", False),
 ("Parents will not need to give consent.", False),
])
_add("Crumb & Co, the bakery chain, said it would open 25 shops next year, creating 400 jobs, after sales rose 12% in the six months to June.", [
 ("Crumb & Co will open 25 shops next year.", True),
 ("Crumb & Co's sales rose 12% in the six months to June.", True),
 ("Crumb & Co will close 25 shops next year.", False),
 ("Crumb & Co's sales fell 12%.", False),
 ("Crumb & Co will create 250 jobs.", False),
 ("Crumb & Co's profits rose 12% in the six months to June.", False),
])
# round 243
_add("A 34-year-old man has been charged with arson after a wildfire destroyed two homes near Carrow Ridge, police said; firefighters said the blaze was now under control.", [
 ("A man has been charged with arson after the wildfire.", True),
 ("Firefighters said the blaze was under control.", True),
 ("A 34-year-old man has been convicted of arson.", False),
 ("The wildfire destroyed 20 homes near Carrow Ridge.", False),
 ("Firefighters said the blaze was still spreading.", False),
 ("A 34-year-old woman has been charged with arson.", False),
])
_add("The documentary 'Salt Roads' won the top prize at the Ostrava film festival, while its director, Lea Marsh, was named best newcomer.", [
 ("'Salt Roads' won the top prize at the Ostrava film festival.", True),
 ("Lea Marsh was named best newcomer.", True),
 ("Lea Marsh won the top prize for best director.", False),
 ("'Salt Roads' was named best newcomer.", False),
 ("'Salt Roads' won the top prize at the Venice film festival.", False),
 ("Lea Marsh starred in 'Salt Roads'.", False),
])
_add("A High Court judge granted Northline Airports an injunction barring climate protesters from its runways and terminals, but refused to extend it to the public roads outside.", [
 ("A judge granted Northline Airports an injunction against climate protesters.", True),
 ("The injunction does not cover the public roads outside the airports.", True),
 ("The injunction bars protesters from the public roads outside the airports.", False),
 ("A judge refused Northline Airports an injunction against climate protesters.", False),
 ("Climate protesters were granted an injunction against Northline Airports.", False),
 ("A judge banned all protests near Northline's airports.", False),
])
_add("Inspectors rated the Oakfield care home inadequate and placed it in special measures, citing residents left without food or drink for hours; the home's owners said they were 'deeply sorry'.", [
 ("Inspectors rated the Oakfield care home inadequate.", True),
 ("The home's owners said they were deeply sorry.", True),
 ("Inspectors rated the Oakfield care home good.", False),
 ("The home's owners denied residents were left without food.", False),
 ("Inspectors closed the Oakfield care home.", False),
 ("Inspectors said residents were left without medication.", False),
])
_add("Brightgrid, the energy supplier, collapsed on Thursday, and its 180,000 customers will be moved to another supplier chosen by the regulator; their credit balances are protected.", [
 ("Brightgrid collapsed on Thursday.", True),
 ("Brightgrid's customers' credit balances are protected.", True),
 ("Brightgrid's 180,000 customers will lose their credit balances.", False),
 ("Brightgrid's customers will choose their new supplier.", False),
 ("Brightgrid had 1.8 million customers.", False),
 ("Brightgrid bought another supplier on Thursday.", False),
])
# round 244
_add("Power was restored to most of the 9,000 homes on the island of Skarra by Sunday evening, two days after a storm brought down lines, but about 400 remained cut off.", [
 ("Power was restored to most homes on Skarra by Sunday evening.", True),
 ("About 400 homes remained without power.", True),
 ("Power was restored to all 9,000 homes on Skarra.", False),
 ("A fire brought down power lines on Skarra.", False),
 ("About 4,000 homes remained without power.", False),
 ("Power was cut to 9,000 homes on Sunday evening.", False),
])
_add("The universities of Dunmore and Kesh will merge next year to form one institution with 40,000 students, though both will keep their names on their campuses.", [
 ("The universities of Dunmore and Kesh will merge next year.", True),
 ("The merged university will have 40,000 students.", True),
 ("The University of Dunmore will take over Kesh and drop its name.", False),
 ("The universities of Dunmore and Kesh have called off their merger.", False),
 ("The merged university will have 14,000 students.", False),
 ("Both universities will close their campuses.", False),
])
_add("Gresham's libraries will waive all overdue fines for a month to bring back lapsed readers, the council said, after a similar amnesty in Kelby returned 3,000 books.", [
 ("Gresham's libraries will waive overdue fines for a month.", True),
 ("An amnesty in Kelby returned 3,000 books.", True),
 ("Gresham's libraries will double overdue fines for a month.", False),
 ("An amnesty in Gresham returned 3,000 books.", False),
 ("Gresham's libraries will waive fines for a year.", False),
 ("Kelby's libraries will waive overdue fines.", False),
])
_add("The league approved the takeover of Rowan Park FC by a group led by the businessman Victor Hale, ending a month of uncertainty in which players went unpaid.", [
 ("The league approved the takeover of Rowan Park FC.", True),
 ("Rowan Park's players went unpaid for a month.", True),
 ("The league blocked the takeover of Rowan Park FC.", False),
 ("Victor Hale sold Rowan Park FC.", False),
 ("Rowan Park FC took over a group led by Victor Hale.", False),
 ("Rowan Park's players went unpaid for a year.", False),
])
_add("The state pension age will rise to 68 in 2039, seven years earlier than planned, the work and pensions secretary announced, affecting people now in their forties.", [
 ("The state pension age will rise to 68 in 2039.", True),
 ("The change is seven years earlier than planned.", True),
 ("The state pension age will fall to 68.", False),
 ("The state pension age will rise to 68 seven years later than planned.", False),
 ("The state pension age will rise to 67 in 2039.", False),
 ("The change will affect people now in their fifties.", False),
])
# round 245
_add("Health chiefs reversed their decision to close the children's ward at Penmore Hospital after 20,000 people signed a petition, but said overnight stays would still move to Kelby.", [
 ("Health chiefs reversed their decision to close the children's ward at Penmore Hospital.", True),
 ("Overnight stays will move to Kelby.", True),
 ("The children's ward at Penmore Hospital will close.", False),
 ("Overnight stays will stay at Penmore Hospital.", False),
 ("Health chiefs signed a petition against closing the ward.", False),
 ("2,000 people signed a petition.", False),
])
_add("Chief Constable Ruth Avery apologised to the family of Sam Okoro, who died in a police cell in 2021, after an inquest found officers failed to check on him.", [
 ("Ruth Avery apologised to the family of Sam Okoro.", True),
 ("An inquest found officers failed to check on Sam Okoro.", True),
 ("Sam Okoro's family apologised to the chief constable.", False),
 ("An inquest found officers checked on Sam Okoro every hour.", False),
 ("Sam Okoro died in a police car in 2021.", False),
 ("Ruth Avery denied that officers failed to check on Sam Okoro.", False),
])
_add("Professor Amara Nwosu has won the Hedley Prize for her work on drought-resistant rice, which she will share with her former student, Dr Yusuf Keane.", [
 ("Amara Nwosu has won the Hedley Prize.", True),
 ("Amara Nwosu will share the prize with Yusuf Keane.", True),
 ("Yusuf Keane was Amara Nwosu's teacher.", False),
 ("Amara Nwosu won the prize for her work on drought-resistant wheat.", False),
 ("Amara Nwosu will not share the prize.", False),
 ("Yusuf Keane has won the Hedley Prize alone.", False),
])
_add("Visitors staying overnight in Port Elska will pay a tourist tax of €3 a night from May, the council decided, with the money going to beach cleaning and public toilets.", [
 ("Overnight visitors to Port Elska will pay a tourist tax of €3 a night.", True),
 ("The money will go to beach cleaning and public toilets.", True),
 ("Day visitors to Port Elska will pay a €3 tourist tax.", False),
 ("The tourist tax will be €3 a week.", False),
 ("The tourist tax will start in March.", False),
 ("The money will go to road repairs.", False),
])
_add("Sealink will cut its winter timetable to Harra from four crossings a day to two, blaming falling passenger numbers, though islanders say the ferries are often full.", [
 ("Sealink will cut its winter crossings to Harra from four a day to two.", True),
 ("Islanders say the ferries are often full.", True),
 ("Sealink will add crossings to Harra this winter.", False),
 ("Sealink blamed rising fuel costs.", False),
 ("Islanders say the ferries are often empty.", False),
 ("Sealink will cut its crossings from four a day to one.", False),
])
# round 246
_add("The Green Line metro extension opened on Saturday, two years late and £200 million over budget, linking the airport to the city centre in 18 minutes.", [
 ("The Green Line extension opened on Saturday.", True),
 ("The extension was two years late.", True),
 ("The Green Line extension opened on time and on budget.", False),
 ("The extension cost £200 million.", False),
 ("The extension links the airport to the city centre in 28 minutes.", False),
 ("The Green Line extension will open in two years.", False),
])
_add("A dog walker pulled an eight-year-old boy from the River Orr after he fell through ice on Wednesday; the boy was taken to hospital as a precaution, police said.", [
 ("A dog walker pulled a boy from the River Orr.", True),
 ("The boy was taken to hospital as a precaution.", True),
 ("The boy pulled a dog walker from the River Orr.", False),
 ("An eight-year-old boy drowned in the River Orr.", False),
 ("The boy was seriously injured.", False),
 ("The boy fell from a bridge into the River Orr.", False),
])
_add("A tribunal awarded £240,000 to Nadia Farrow, a nurse who was sacked after she raised concerns about staffing at Westcombe Hospital, ruling that her dismissal was unfair.", [
 ("Nadia Farrow was awarded £240,000.", True),
 ("The tribunal ruled that Nadia Farrow's dismissal was unfair.", True),
 ("The tribunal ruled that Nadia Farrow's dismissal was fair.", False),
 ("Nadia Farrow resigned after raising concerns about staffing.", False),
 ("Nadia Farrow was awarded £420,000.", False),
 ("Westcombe Hospital was awarded £240,000.", False),
])
_add("The £2 cap on single bus fares will be extended until the end of next year, the transport secretary said, but it will rise to £2.50 from January.", [
 ("The bus fare cap will be extended until the end of next year.", True),
 ("The cap will rise to £2.50 from January.", True),
 ("The £2 bus fare cap will end in January.", False),
 ("The cap will fall to £1.50 from January.", False),
 ("The cap will stay at £2 until the end of next year.", False),
 ("The transport secretary said the cap would be scrapped.", False),
])
_add("A planning inspector has allowed an appeal by Ashdown Homes against the council's refusal of 350 homes at Cotter Farm, overturning the decision.", [
 ("A planning inspector allowed Ashdown Homes's appeal.", True),
 ("The council had refused the 350 homes at Cotter Farm.", True),
 ("A planning inspector dismissed Ashdown Homes's appeal.", False),
 ("The council had approved the 350 homes at Cotter Farm.", False),
 ("The council appealed against Ashdown Homes's refusal.", False),
 ("The plans are for 530 homes at Cotter Farm.", False),
])
# round 247
_add("Crews have recovered about 60% of the oil spilled when a tanker ran aground off Brenna Head last month, the coastguard said, but they expect oil to wash ashore for weeks.", [
 ("About 60% of the spilled oil has been recovered.", True),
 ("Oil is expected to wash ashore for weeks.", True),
 ("All of the spilled oil has been recovered.", False),
 ("The tanker sank off Brenna Head.", False),
 ("About 40% of the spilled oil has been recovered.", False),
 ("The coastguard said no more oil will wash ashore.", False),
])
_add("The competition authority blocked the merger of Halden Bank and Marr Building Society, saying it would leave savers in the north-east with too little choice.", [
 ("The competition authority blocked the merger of Halden Bank and Marr Building Society.", True),
 ("The authority said savers in the north-east would have too little choice.", True),
 ("The competition authority approved the merger.", False),
 ("Halden Bank blocked a merger with Marr Building Society.", False),
 ("The authority said borrowers in the south-west would have too little choice.", False),
 ("The merger was blocked because of job losses.", False),
])
_add("An appeal to build a new children's hospice in Dunlow has raised £4 million of the £6 million it needs, its organisers said, and building will begin once the rest is found.", [
 ("The appeal has raised £4 million.", True),
 ("Building will begin once the rest of the money is found.", True),
 ("The appeal has raised all of the £6 million it needs.", False),
 ("Building of the hospice has begun.", False),
 ("The appeal has raised £6 million of the £4 million it needs.", False),
 ("The appeal is for a new children's hospital.", False),
])
_add("Eleven people were hurt, one seriously, when a tram came off the tracks in Vellmouth on Tuesday evening; the operator said a broken rail was the most likely cause.", [
 ("Eleven people were hurt when a tram came off the tracks in Vellmouth.", True),
 ("The operator said a broken rail was the most likely cause.", True),
 ("Eleven people were seriously hurt.", False),
 ("The operator said a broken rail caused the derailment.", False),
 ("One person died when a tram came off the tracks.", False),
 ("A tram hit a bus in Vellmouth on Tuesday evening.", False),
])
_add("Hurricane Lena made landfall near Port Avis as a category 3 storm early on Friday and was expected to weaken as it moved inland, forecasters said.", [
 ("Hurricane Lena made landfall near Port Avis.", True),
 ("Forecasters expected Lena to weaken as it moved inland.", True),
 ("Hurricane Lena made landfall as a category 5 storm.", False),
 ("Hurricane Lena weakened before it made landfall.", False),
 ("Forecasters expected Lena to strengthen as it moved inland.", False),
 ("Hurricane Lena made landfall late on Friday.", False),
])
# round 248
_add("Households can now claim a grant of up to £7,500 towards a heat pump, up from £5,000, the energy department said, though installers warned of long waiting lists.", [
 ("Households can claim up to £7,500 towards a heat pump.", True),
 ("Installers warned of long waiting lists.", True),
 ("The heat pump grant has been cut from £7,500 to £5,000.", False),
 ("Households can claim up to £7,500 towards solar panels.", False),
 ("Installers said there were no waiting lists.", False),
 ("The grant covers the whole cost of a heat pump.", False),
])
_add("The speed limit on most roads in Ferrin will fall from 30mph to 20mph in September, though main routes into the town will stay at 30mph.", [
 ("Most roads in Ferrin will get a 20mph limit in September.", True),
 ("Main routes into Ferrin will stay at 30mph.", True),
 ("All roads in Ferrin will fall to a 20mph limit.", False),
 ("The speed limit on main routes will fall to 20mph.", False),
 ("The speed limit will rise from 20mph to 30mph.", False),
 ("The new limits will come in in October.", False),
])
_add("A nurse who gave patients the wrong doses of insulin has been struck off by the nursing regulator, which found she had also falsified records to hide the errors.", [
 ("A nurse has been struck off by the nursing regulator.", True),
 ("The nurse falsified records to hide the errors.", True),
 ("The nurse was suspended for six months.", False),
 ("The nurse gave patients the wrong doses of morphine.", False),
 ("The regulator found she had reported the errors.", False),
 ("The nursing regulator was struck off.", False),
])
_add("Forecasters named the storm Ingrid and issued an amber warning for wind in coastal areas, with gusts of up to 80mph possible on Sunday.", [
 ("The storm has been named Ingrid.", True),
 ("Gusts of up to 80mph are possible on Sunday.", True),
 ("Forecasters issued a red warning for wind.", False),
 ("Gusts of 80mph hit coastal areas on Sunday.", False),
 ("Forecasters issued an amber warning for rain.", False),
 ("Gusts of up to 80mph are possible on Saturday.", False),
])
_add("The broadcaster pulled Thursday's election debate after the prime minister declined to take part, and will instead interview the other leaders separately.", [
 ("The broadcaster pulled Thursday's election debate.", True),
 ("The prime minister declined to take part in the debate.", True),
 ("The prime minister pulled the election debate.", False),
 ("The debate went ahead without the prime minister.", False),
 ("The broadcaster will interview the prime minister separately.", False),
 ("The other leaders declined to take part in the debate.", False),
])
# round 249
_add("Vestria's foreign ministry summoned the Orlan ambassador on Monday to protest against the detention of two Vestrian journalists, who it said were held without charge.", [
 ("Vestria summoned the Orlan ambassador.", True),
 ("Two Vestrian journalists were held without charge, the ministry said.", True),
 ("Orlan summoned the Vestrian ambassador.", False),
 ("Vestria expelled the Orlan ambassador.", False),
 ("Two Orlan journalists were detained in Vestria.", False),
 ("The journalists were charged with spying.", False),
])
_add("Drone sightings closed Harlow airport's runway for three hours on Saturday night, diverting 14 flights, though police later said they had found no drone.", [
 ("Drone sightings closed Harlow airport's runway for three hours.", True),
 ("Fourteen flights were diverted.", True),
 ("Police found the drone that closed Harlow airport.", False),
 ("Harlow airport's runway was closed for 13 hours.", False),
 ("Fourteen flights were cancelled.", False),
 ("A drone hit a plane at Harlow airport.", False),
])
_add("A hiker missing for two days in the Corrie Hills was found alive by a mountain rescue team on Monday, cold but unhurt, after a search involving a helicopter.", [
 ("A missing hiker was found alive in the Corrie Hills.", True),
 ("The hiker was unhurt.", True),
 ("A hiker was found dead in the Corrie Hills.", False),
 ("The hiker had been missing for two weeks.", False),
 ("The hiker was found by a helicopter crew.", False),
 ("The hiker was seriously injured.", False),
])
_add("The Keswick Museum will return 12 bronze figures to Nigeria, its trustees said, after concluding they were looted by British troops in 1897.", [
 ("The Keswick Museum will return 12 bronze figures to Nigeria.", True),
 ("The trustees concluded the figures were looted by British troops.", True),
 ("Nigeria will return 12 bronze figures to the Keswick Museum.", False),
 ("The trustees said the figures were bought legally in 1897.", False),
 ("The Keswick Museum will keep the 12 bronze figures.", False),
 ("The museum will return 20 bronze figures.", False),
])
_add("The government will impose a 25% tariff on imported steel from next month, the trade minister said, but steel from countries with trade deals will be exempt.", [
 ("The government will impose a 25% tariff on imported steel.", True),
 ("Steel from countries with trade deals will be exempt.", True),
 ("The government will impose a 25% tariff on all imported steel.", False),
 ("The government will remove tariffs on imported steel.", False),
 ("The tariff will be 15%.", False),
 ("The tariff will apply to imported aluminium.", False),
])
# round 250
_add("A lorry struck the railway bridge on Mill Road in Ashby on Tuesday morning, halting trains between Ashby and Corton for six hours while engineers checked the structure, Network Rail said.", [
 ("A lorry struck a railway bridge in Ashby.", True),
 ("Trains between Ashby and Corton were halted for six hours.", True),
 ("A train struck a lorry on Mill Road.", False),
 ("Trains were halted for 16 hours.", False),
 ("Engineers said the bridge had been badly damaged.", False),
 ("The bridge was closed permanently.", False),
])
_add("Fenwick Council will move 300 office staff to a four-day week from April in a year-long trial, its leader said, adding that pay would not be cut.", [
 ("Fenwick Council will trial a four-day week for 300 office staff.", True),
 ("Pay will not be cut, the council leader said.", True),
 ("Fenwick Council will move all its staff to a four-day week.", False),
 ("The trial will last two years.", False),
 ("Staff on the four-day week will have their pay cut.", False),
 ("The trial will start in August.", False),
])
_add("Maya Osei, 15, from Dunmore, became the youngest winner of the national chess championship on Sunday, beating the defending champion in the final round.", [
 ("Maya Osei became the youngest national chess champion.", True),
 ("Osei beat the defending champion in the final round.", True),
 ("Maya Osei, 16, won the national chess championship.", False),
 ("The defending champion beat Maya Osei in the final round.", False),
 ("Maya Osei retained her national chess title.", False),
 ("Osei finished second in the national chess championship.", False),
])
_add("Harrow Vale Hospital has temporarily closed its stroke ward to new admissions because of a shortage of specialist nurses, with patients sent to Kingsford instead.", [
 ("Harrow Vale Hospital closed its stroke ward to new admissions.", True),
 ("Stroke patients are being sent to Kingsford.", True),
 ("Harrow Vale Hospital has permanently closed its stroke ward.", False),
 ("The stroke ward closed because of a shortage of doctors.", False),
 ("Kingsford Hospital has closed its stroke ward.", False),
 ("Patients from Kingsford are being sent to Harrow Vale.", False),
])
_add("Lena Brandt won the Ridgeway Open by two strokes on Sunday, her first title in four years, after the overnight leader Chloe Marr finished with a round of 76.", [
 ("Lena Brandt won the Ridgeway Open by two strokes.", True),
 ("It was Brandt's first title in four years.", True),
 ("Chloe Marr won the Ridgeway Open.", False),
 ("Lena Brandt won the Ridgeway Open by four strokes.", False),
 ("Brandt was the overnight leader.", False),
 ("Chloe Marr finished with a round of 67.", False),
])
# round 251
_add("The Bank of Alveria cut its main interest rate by a quarter point to 3.5% on Thursday, its first cut in two years, but warned that further cuts were not guaranteed.", [
 ("The Bank of Alveria cut its main rate to 3.5%.", True),
 ("It was the bank's first rate cut in two years.", True),
 ("The Bank of Alveria raised its main rate to 3.5%.", False),
 ("The bank cut its rate by half a point.", False),
 ("The bank promised further rate cuts.", False),
 ("The Bank of Alveria cut its rate to 3.25%.", False),
])
_add("Two men have been jailed for a combined 19 years for smuggling 40 kilograms of heroin through Tollport in a lorry carrying frozen fish, the National Crime Agency said.", [
 ("Two men were jailed for smuggling heroin through Tollport.", True),
 ("The heroin was hidden in a lorry carrying frozen fish.", True),
 ("Two men were each jailed for 19 years.", False),
 ("The men smuggled 40 kilograms of cocaine.", False),
 ("Two men were cleared of smuggling heroin.", False),
 ("The men smuggled 14 kilograms of heroin.", False),
])
_add("Residents of Eastleigh Park voted by 412 to 388 against a plan to turn their green into a car park, in a ballot the council had promised to follow.", [
 ("Residents voted against turning the green into a car park.", True),
 ("The vote was 412 to 388.", True),
 ("Residents voted in favour of turning the green into a car park.", False),
 ("The council ignored the result of the ballot.", False),
 ("Residents voted 388 to 412 against the plan.", False),
 ("The council plans to turn the car park into a green.", False),
])
_add("A record 2.1 million passengers used Sandmouth Airport in August, up 9% on a year earlier, as new routes to Spain and Portugal opened, the airport said.", [
 ("Sandmouth Airport handled a record 2.1 million passengers in August.", True),
 ("Passenger numbers were up 9% on a year earlier.", True),
 ("Sandmouth Airport handled 2.1 million passengers in July.", False),
 ("Passenger numbers fell by 9%.", False),
 ("Sandmouth Airport handled 1.2 million passengers in August.", False),
 ("New routes to Italy opened in August.", False),
])
_add("Police in Wexbury said a 34-year-old man had been charged with assault after a referee was punched during a youth football match on Saturday.", [
 ("A 34-year-old man was charged with assault.", True),
 ("A referee was punched during a youth football match.", True),
 ("A referee was charged with assault after a youth football match.", False),
 ("A 43-year-old man was charged with assault.", False),
 ("A 34-year-old man was charged with murder.", False),
 ("A player punched a referee during a youth football match.", False),
])
# round 252
_add("Northvale Water has been fined £3.2 million for pumping untreated sewage into the River Leam for 18 months, a judge at Calder Crown Court ruled on Friday.", [
 ("Northvale Water was fined £3.2 million.", True),
 ("Untreated sewage was pumped into the River Leam for 18 months.", True),
 ("Northvale Water was fined £2.3 million.", False),
 ("Northvale Water pumped sewage into the River Calder.", False),
 ("Northvale Water was cleared of pumping sewage into the River Leam.", False),
 ("The sewage was pumped into the river for 18 years.", False),
])
_add("Chancellor Ruth Aske said on Monday the government would not raise income tax or VAT in next month's budget but declined to rule out higher taxes on fuel.", [
 ("Ruth Aske said the government would not raise income tax.", True),
 ("Aske declined to rule out higher fuel taxes.", True),
 ("Ruth Aske said the government would raise fuel taxes.", False),
 ("Aske said the government would raise VAT.", False),
 ("Aske ruled out higher taxes on fuel.", False),
 ("Ruth Aske said the government would cut income tax.", False),
])
_add("Firefighters rescued a family of four from the roof of their car after it was swept off a flooded ford near Carrow on Sunday night; no one was hurt.", [
 ("A family of four was rescued from the roof of their car.", True),
 ("No one was hurt.", True),
 ("A family of five was rescued from the roof of their car.", False),
 ("Two members of the family were hurt.", False),
 ("Police rescued a family from a flooded ford near Carrow.", False),
 ("The family was rescued from the roof of their house.", False),
])
_add("The Pellham Gallery has bought a Dutch still life for £1.4 million after a public appeal raised half the price, with the rest coming from the National Art Fund.", [
 ("The Pellham Gallery bought a Dutch still life for £1.4 million.", True),
 ("A public appeal raised half the price.", True),
 ("A public appeal raised the full £1.4 million.", False),
 ("The Pellham Gallery sold a Dutch still life for £1.4 million.", False),
 ("The National Art Fund paid the whole price.", False),
 ("The gallery bought a Flemish portrait.", False),
])
_add("Temperatures fell to minus 14C at Braemoor overnight, the lowest in Britain this winter, the Met Office said, and icy roads closed schools across the Highlands.", [
 ("Temperatures fell to minus 14C at Braemoor.", True),
 ("It was the lowest temperature in Britain this winter.", True),
 ("Temperatures fell to minus 41C at Braemoor.", False),
 ("Snow closed schools across the Highlands.", False),
 ("It was the lowest temperature ever recorded in Britain.", False),
 ("Temperatures rose to 14C at Braemoor.", False),
])
# round 253
_add("Carlin Motors will build its new electric van at its Dunford plant, securing 1,200 jobs, after the government agreed to pay £80 million towards the cost, the company said.", [
 ("Carlin Motors will build its electric van at Dunford.", True),
 ("The government agreed to pay £80 million towards the cost.", True),
 ("Carlin Motors will cut 1,200 jobs at Dunford.", False),
 ("Carlin Motors will pay the government £80 million.", False),
 ("The new electric van will be built abroad.", False),
 ("The decision secures 2,100 jobs.", False),
])
_add("A former nursery worker was found guilty on Wednesday of ill-treating four children in her care but cleared of ill-treating a fifth, at Marlow Crown Court.", [
 ("A former nursery worker was convicted of ill-treating four children.", True),
 ("She was cleared of ill-treating a fifth child.", True),
 ("A former nursery worker was convicted of ill-treating five children.", False),
 ("The nursery worker was cleared of all charges.", False),
 ("A former nursery worker was found guilty of ill-treating a fifth child.", False),
 ("She was found guilty of ill-treating 14 children.", False),
])
_add("Talks between the rail union RTU and train operators broke down on Thursday, and the union said its members would strike on 3 and 5 March unless a new offer was made.", [
 ("Talks between the RTU and train operators broke down.", True),
 ("The union said members would strike on 3 and 5 March unless a new offer was made.", True),
 ("The RTU and train operators reached a deal on Thursday.", False),
 ("The union has called off strikes planned for March.", False),
 ("The union said members would strike on 3 and 15 March.", False),
 ("Train operators said they would strike in March.", False),
])
_add("Scientists at Lowry University say a daily 20-minute walk cut the risk of heart disease by 14% in a study of 40,000 adults over ten years.", [
 ("A daily 20-minute walk cut the risk of heart disease by 14%, scientists say.", True),
 ("The study followed 40,000 adults over ten years.", True),
 ("A daily 20-minute walk cut the risk of heart disease by 40%.", False),
 ("A daily walk raised the risk of heart disease.", False),
 ("The study followed 14,000 adults.", False),
 ("A daily 20-minute walk cut the risk of cancer by 14%.", False),
])
_add("Flood defences in Marden held overnight as the River Tave reached its highest level since 1968, the Environment Agency said, though 30 homes in nearby Elston were flooded.", [
 ("Flood defences in Marden held overnight.", True),
 ("Thirty homes in Elston were flooded.", True),
 ("Flood defences in Marden failed overnight.", False),
 ("Thirty homes in Marden were flooded.", False),
 ("The River Tave reached its highest level ever recorded.", False),
 ("Thirteen homes in Elston were flooded.", False),
])
# round 254
_add("Opposition leader Ivo Rask said on Sunday he would resign if his party failed to win the March election, ending weeks of speculation about his future.", [
 ("Ivo Rask said he would resign if his party failed to win the election.", True),
 ("The election is in March.", True),
 ("Ivo Rask resigned on Sunday.", False),
 ("Ivo Rask said he would stay on whatever the result.", False),
 ("Rask said he would resign if his party won the election.", False),
 ("Rask was forced out by his party on Sunday.", False),
])
_add("Shares in Orbis Retail fell 22% on Tuesday after the chain warned that annual profits would be about £40 million, down from the £65 million it forecast in June.", [
 ("Shares in Orbis Retail fell 22%.", True),
 ("Orbis Retail warned that annual profits would be about £40 million.", True),
 ("Shares in Orbis Retail rose 22%.", False),
 ("Orbis Retail forecast profits of £40 million in June.", False),
 ("Orbis Retail warned that profits would be about £65 million.", False),
 ("Shares in Orbis Retail fell 12%.", False),
])
_add("A 17-year-old boy has been arrested on suspicion of murder after a man was stabbed to death outside a takeaway in Gorton on Friday night, police said.", [
 ("A 17-year-old boy was arrested on suspicion of murder.", True),
 ("A man was stabbed to death outside a takeaway in Gorton.", True),
 ("A 17-year-old boy was charged with murder.", False),
 ("A 17-year-old boy was stabbed to death outside a takeaway.", False),
 ("A man was stabbed to death outside a pub in Gorton.", False),
 ("A 71-year-old man was arrested on suspicion of murder.", False),
])
_add("The Ministry of Health said the number of people waiting more than a year for hospital treatment fell to 210,000 in October, from 260,000 in September.", [
 ("The number waiting more than a year fell to 210,000 in October.", True),
 ("In September 260,000 people had waited more than a year.", True),
 ("The number waiting more than a year rose to 260,000 in October.", False),
 ("The number waiting more than a year fell to 120,000.", False),
 ("The number waiting more than a year fell to 210,000 in September.", False),
 ("The number waiting more than two years fell to 210,000.", False),
])
_add("Astronomers at the Kellan Observatory have found a planet about twice the size of Earth orbiting a nearby star in a zone where liquid water could exist.", [
 ("Astronomers found a planet about twice the size of Earth.", True),
 ("The planet orbits in a zone where liquid water could exist.", True),
 ("Astronomers found liquid water on a planet twice the size of Earth.", False),
 ("The planet is about half the size of Earth.", False),
 ("The planet is about twice the size of Jupiter.", False),
 ("Astronomers found a planet orbiting a distant galaxy.", False),
])
# round 255
_add("Bramley United sacked manager Theo Lind on Monday after seven defeats in eight games, and named assistant Kofi Bright as caretaker.", [
 ("Bramley United sacked manager Theo Lind.", True),
 ("Kofi Bright was named caretaker manager.", True),
 ("Theo Lind resigned as Bramley United manager.", False),
 ("Kofi Bright was sacked as Bramley United manager.", False),
 ("Bramley United had lost eight games in a row.", False),
 ("Theo Lind was named caretaker manager.", False),
])
_add("The energy regulator will lower the price cap by 6% from January, saving a typical household about £90 a year, but standing charges will rise.", [
 ("The energy price cap will fall by 6% from January.", True),
 ("A typical household will save about £90 a year.", True),
 ("The energy price cap will rise by 6% from January.", False),
 ("Standing charges will fall from January.", False),
 ("A typical household will save about £900 a year.", False),
 ("The price cap will fall by 16%.", False),
])
_add("A 28-year-old climber died after falling about 100 metres on Ben Carran on Saturday; his two companions were airlifted to hospital with minor injuries.", [
 ("A climber died after falling on Ben Carran.", True),
 ("Two companions were airlifted to hospital with minor injuries.", True),
 ("Three climbers died on Ben Carran.", False),
 ("The climber survived a 100-metre fall.", False),
 ("His two companions were seriously injured.", False),
 ("A 28-year-old climber fell about 10 metres.", False),
])
_add("Councillors in Holt approved plans for 650 homes on farmland east of the town despite 1,300 objections, saying the district needed more affordable housing.", [
 ("Councillors approved plans for 650 homes.", True),
 ("There were 1,300 objections.", True),
 ("Councillors rejected plans for 650 homes.", False),
 ("The homes will be built on farmland west of Holt.", False),
 ("Councillors approved plans for 1,300 homes.", False),
 ("There were 650 objections to the plans.", False),
])
_add("Pop star Jaya Kell has postponed the rest of her European tour on medical advice after a throat operation, her spokesman said, adding that tickets would remain valid.", [
 ("Jaya Kell has postponed the rest of her European tour.", True),
 ("Tickets will remain valid, her spokesman said.", True),
 ("Jaya Kell has cancelled her European tour and tickets will be refunded.", False),
 ("Jaya Kell has postponed her American tour.", False),
 ("Jaya Kell's spokesman postponed the tour after a throat operation.", False),
 ("Jaya Kell will continue the tour against medical advice.", False),
])
# round 256
_add("Prime Minister Odile Varen survived a confidence vote on Wednesday by 214 votes to 198, after three members of her coalition abstained.", [
 ("Odile Varen survived a confidence vote.", True),
 ("The vote was 214 to 198.", True),
 ("Odile Varen lost a confidence vote.", False),
 ("Three coalition members voted against Varen.", False),
 ("The vote was 241 to 198.", False),
 ("Odile Varen won the vote by 214 to 189.", False),
])
_add("The number of homes sold in Caldera fell 11% in the third quarter, while average prices rose 2% to 310,000 crowns, the national statistics office said.", [
 ("Home sales in Caldera fell 11% in the third quarter.", True),
 ("Average prices rose 2% to 310,000 crowns.", True),
 ("Average home prices in Caldera fell 11%.", False),
 ("Home sales in Caldera rose 2%.", False),
 ("Average prices rose to 310,000 euros.", False),
 ("Average prices rose 12% to 310,000 crowns.", False),
])
_add("A pilot whale that stranded on Kelby beach on Tuesday was refloated by volunteers on the evening tide and was seen swimming out to sea, the rescue group said.", [
 ("A pilot whale stranded on Kelby beach.", True),
 ("Volunteers refloated the whale on the evening tide.", True),
 ("A pilot whale died on Kelby beach.", False),
 ("The whale was refloated on the morning tide.", False),
 ("Coastguards refloated the whale.", False),
 ("Two pilot whales stranded on Kelby beach.", False),
])
_add("Ferran Ros, the chief executive of Delmar Bank, will step down next year after eight years in the job and be replaced by finance chief Nadia Kurt, the bank said.", [
 ("Ferran Ros will step down as chief executive of Delmar Bank.", True),
 ("Nadia Kurt will replace Ros.", True),
 ("Nadia Kurt will step down as chief executive of Delmar Bank.", False),
 ("Ferran Ros has been chief executive for 18 years.", False),
 ("Ferran Ros will replace Nadia Kurt as finance chief.", False),
 ("Ferran Ros was sacked by Delmar Bank.", False),
])
_add("A report by the Care Standards Board found that 40% of care homes in Westmoor required improvement, though none was rated inadequate.", [
 ("The report found 40% of Westmoor care homes required improvement.", True),
 ("No care home was rated inadequate.", True),
 ("The report found 40% of care homes were rated inadequate.", False),
 ("The report found 14% of care homes required improvement.", False),
 ("The report found that most care homes in Westmoor required improvement.", False),
 ("The report found 40% of care homes in Eastmoor required improvement.", False),
])
# round 257
_add("The Senate of Tarvia approved the appointment of Judge Mira Hollis to the Supreme Court by 61 votes to 37 on Tuesday, making her the court's first woman chief justice.", [
 ("The Senate approved Mira Hollis's appointment to the Supreme Court.", True),
 ("Hollis is the court's first woman chief justice.", True),
 ("The Senate rejected Mira Hollis's appointment.", False),
 ("The vote was 61 to 39.", False),
 ("Mira Hollis is the second woman chief justice.", False),
 ("The Senate approved Hollis by 37 votes to 61.", False),
])
_add("Coastguards rescued 23 people from a fishing boat that caught fire off Port Arran on Saturday, but two crew members are still missing, the coastguard said.", [
 ("Coastguards rescued 23 people from a burning fishing boat.", True),
 ("Two crew members are still missing.", True),
 ("Coastguards rescued 25 people from the boat.", False),
 ("Two crew members were found dead.", False),
 ("All the crew were rescued.", False),
 ("A ferry caught fire off Port Arran.", False),
])
_add("The Farrow family, who own the Crest Hotel in Wenmouth, said they would close it in March after 60 years because of rising energy bills, with the loss of 45 jobs.", [
 ("The Crest Hotel will close in March.", True),
 ("The closure will cost 45 jobs.", True),
 ("The Crest Hotel will close because of falling visitor numbers.", False),
 ("The Farrow family will sell the Crest Hotel.", False),
 ("The closure will cost 54 jobs.", False),
 ("The Crest Hotel has been open for 16 years.", False),
])
_add("Engineers restored power to 18,000 homes in Lisker on Monday, two days after Storm Elin brought down power lines, but 900 homes remained without electricity.", [
 ("Power was restored to 18,000 homes in Lisker.", True),
 ("Nine hundred homes remained without electricity.", True),
 ("All homes in Lisker had their power restored.", False),
 ("Storm Elin left 900 homes without power for two weeks.", False),
 ("Power was restored to 8,000 homes in Lisker.", False),
 ("Engineers cut power to 18,000 homes in Lisker.", False),
])
_add("A study of 3,000 teenagers by Marwick University found those who used social media for more than three hours a day were twice as likely to report poor sleep.", [
 ("Teenagers using social media more than three hours a day were twice as likely to report poor sleep.", True),
 ("The study involved 3,000 teenagers.", True),
 ("Social media use causes poor sleep in teenagers, the study proved.", False),
 ("Teenagers using social media for more than three hours were three times as likely to report poor sleep.", False),
 ("The study involved 3,000 adults.", False),
 ("Teenagers who used social media slept better.", False),
])
# round 258
_add("Kestrel Airways will cancel 300 flights over Christmas after cabin crew voted to strike on 23 and 24 December, the airline said, apologising to 40,000 passengers.", [
 ("Kestrel Airways will cancel 300 flights over Christmas.", True),
 ("Cabin crew voted to strike on 23 and 24 December.", True),
 ("Kestrel Airways pilots voted to strike.", False),
 ("Kestrel Airways will cancel 3,000 flights.", False),
 ("The cancellations will affect 14,000 passengers.", False),
 ("Cabin crew called off their Christmas strike.", False),
])
_add("A jury at Selby Crown Court cleared former councillor Neil Marsh of fraud on Thursday after a six-week trial; his co-defendant, builder Alan Drew, was convicted.", [
 ("Neil Marsh was cleared of fraud.", True),
 ("Alan Drew was convicted.", True),
 ("Neil Marsh was convicted of fraud.", False),
 ("Alan Drew was cleared of fraud.", False),
 ("Both men were convicted of fraud.", False),
 ("The trial lasted six months.", False),
])
_add("The Port of Halden handled 1.9 million containers last year, down 7% on the year before, after shipping lines moved routes to Brevik, the port's annual report said.", [
 ("The Port of Halden handled 1.9 million containers last year.", True),
 ("Container traffic was down 7% on the year before.", True),
 ("Container traffic at Halden rose 7%.", False),
 ("Shipping lines moved routes from Brevik to Halden.", False),
 ("The Port of Brevik handled 1.9 million containers.", False),
 ("The Port of Halden handled 9.1 million containers.", False),
])
_add("Emergency services were called to Tern Street in Oldbury at 2am on Sunday after a gas explosion destroyed a house; a woman was taken to hospital with serious burns.", [
 ("A gas explosion destroyed a house in Tern Street.", True),
 ("A woman was taken to hospital with serious burns.", True),
 ("A woman died in the gas explosion.", False),
 ("A man was taken to hospital with serious burns.", False),
 ("The explosion happened at 2pm.", False),
 ("A gas explosion destroyed three houses.", False),
])
_add("The city of Varno will ban petrol and diesel cars from its old town from 2027, the mayor announced, though residents' vehicles will be exempt until 2030.", [
 ("Varno will ban petrol and diesel cars from its old town from 2027.", True),
 ("Residents' vehicles will be exempt until 2030.", True),
 ("Varno will ban all cars from the old town from 2027.", False),
 ("Residents' vehicles will be banned from 2027.", False),
 ("Varno will ban petrol and diesel cars from 2030.", False),
 ("Varno will ban electric cars from its old town.", False),
])
# round 259
_add("Hospital doctors in Carth voted 89% in favour of strike action in a ballot with a 62% turnout, their union said, but no dates have yet been set.", [
 ("Hospital doctors voted 89% in favour of strike action.", True),
 ("No strike dates have been set yet.", True),
 ("Hospital doctors voted against strike action.", False),
 ("The doctors will strike next week.", False),
 ("Turnout in the ballot was 89%.", False),
 ("Nurses voted 89% in favour of strike action.", False),
])
_add("Loxley Zoo's two Sumatran tigers, Asha and Bima, have had three cubs, the zoo said on Friday, the first born there in 20 years.", [
 ("Loxley Zoo's Sumatran tigers have had three cubs.", True),
 ("They are the first tiger cubs born at the zoo in 20 years.", True),
 ("Loxley Zoo's tigers have had two cubs.", False),
 ("Loxley Zoo's Bengal tigers have had three cubs.", False),
 ("The cubs are the first born at the zoo in 12 years.", False),
 ("Loxley Zoo's tigers have had three cubs for the first time in two years.", False),
])
_add("A review of the Lanark tram project found it would open three years late and cost £900 million, almost double the original £470 million budget.", [
 ("The Lanark tram will open three years late.", True),
 ("The original budget was £470 million.", True),
 ("The Lanark tram will open on time.", False),
 ("The tram project will cost £470 million.", False),
 ("The tram project will cost almost triple its original budget.", False),
 ("The Lanark tram will open 13 years late.", False),
])
_add("The town of Brisk has run out of burial space in its two cemeteries, the council said, and families will have to use a site in Helm, eight miles away, from next month.", [
 ("Brisk has run out of burial space.", True),
 ("Families will have to use a site in Helm.", True),
 ("Helm has run out of burial space.", False),
 ("The site in Helm is 18 miles away.", False),
 ("Brisk has run out of burial space in its three cemeteries.", False),
 ("Families from Helm will have to use a site in Brisk.", False),
])
_add("Unemployment in Estavia rose to 6.8% in November from 6.5% in October, the highest since 2021, as factories cut jobs, official figures showed.", [
 ("Unemployment in Estavia rose to 6.8% in November.", True),
 ("It was the highest rate since 2021.", True),
 ("Unemployment in Estavia fell to 6.5% in November.", False),
 ("Unemployment in Estavia rose to 8.6%.", False),
 ("It was the lowest rate since 2021.", False),
 ("Unemployment rose as factories hired more workers.", False),
])
# round 260
_add("Ferry operator Northlink cancelled all sailings between Arnsey and Port Carrow on Tuesday after gusts of up to 80mph, and said services were expected to resume on Thursday.", [
 ("Northlink cancelled all sailings between Arnsey and Port Carrow on Tuesday.", True),
 ("Northlink expects services to resume on Thursday.", True),
 ("Services resumed on Thursday.", False),
 ("Northlink cancelled sailings after gusts of up to 60mph.", False),
 ("Northlink cancelled all sailings on Wednesday.", False),
 ("Northlink added extra sailings between Arnsey and Port Carrow on Tuesday.", False),
])
_add("Judge Amira Kessel sentenced former bank manager Tomas Reye to four years in prison for stealing £2.3 million from elderly customers over a decade.", [
 ("Tomas Reye was sentenced to four years in prison.", True),
 ("Reye stole £2.3 million from elderly customers.", True),
 ("Tomas Reye sentenced Amira Kessel to four years in prison.", False),
 ("Reye was acquitted of stealing from elderly customers.", False),
 ("Reye stole £2.3 million over two years.", False),
 ("Reye was sentenced to fourteen years in prison.", False),
])
_add("The Vessen Gallery said a small oil sketch by Marta Ilves, which it bought in 2019 for £40,000, was stolen from its storeroom overnight; police said there were no signs of forced entry.", [
 ("An oil sketch by Marta Ilves was stolen from the Vessen Gallery's storeroom.", True),
 ("Police said there were no signs of forced entry.", True),
 ("The gallery said there were no signs of forced entry.", False),
 ("The Vessen Gallery sold an oil sketch by Marta Ilves in 2019.", False),
 ("The gallery bought the sketch for £400,000.", False),
 ("The sketch was stolen from the gallery's main hall.", False),
])
_add("Riverside United have signed striker Leo Danso from Carville for a club-record fee of £18 million on a five-year contract, beating rivals Hollin Town to his signature.", [
 ("Riverside United signed Leo Danso from Carville.", True),
 ("Danso signed a five-year contract.", True),
 ("Carville signed Leo Danso from Riverside United.", False),
 ("Hollin Town signed Leo Danso for £18 million.", False),
 ("Riverside United signed Danso for £8 million.", False),
 ("Danso signed a three-year contract.", False),
])
_add("Water company Pellow Water was fined £1.2 million after pumping raw sewage into the River Aske for 14 days in 2022, the Environment Agency said; the company said it would not appeal.", [
 ("Pellow Water was fined £1.2 million.", True),
 ("Pellow Water said it would not appeal.", True),
 ("Pellow Water said it would appeal the fine.", False),
 ("The Environment Agency was fined £1.2 million.", False),
 ("Sewage was pumped into the River Aske for 40 days.", False),
 ("Pellow Water pumped sewage into the River Aske in 2023.", False),
])
# round 261
_add("Sellin council will close four of its nine libraries in April to save £600,000 a year, though volunteers may take over two of them.", [
 ("Sellin council will close four libraries in April.", True),
 ("The closures will save £600,000 a year.", True),
 ("Volunteers will take over two of the libraries.", False),
 ("Sellin council will close nine libraries.", False),
 ("Sellin council will sell four of its libraries.", False),
 ("Sellin council will open four libraries in April.", False),
])
_add("Police chief Dana Orvik resigned on Monday, two days after a report found her force had failed to investigate 300 burglaries, the mayor's office said.", [
 ("Dana Orvik resigned on Monday.", True),
 ("A report found her force had failed to investigate 300 burglaries.", True),
 ("Dana Orvik was sacked on Monday.", False),
 ("The mayor resigned on Monday.", False),
 ("A report found her force had failed to investigate 3,000 burglaries.", False),
 ("Orvik resigned two weeks after the report.", False),
])
_add("A humpback whale stranded on Gorran beach was refloated by rescuers at high tide on Sunday after a 12-hour effort, the marine rescue charity said.", [
 ("The whale was refloated on Sunday.", True),
 ("The rescue effort lasted 12 hours.", True),
 ("The humpback whale died on Gorran beach.", False),
 ("A fin whale was stranded on Gorran beach.", False),
 ("The whale was refloated at low tide.", False),
 ("The rescue effort lasted two hours.", False),
])
_add("Defending champion Ilse Marr lost her world chess title to 19-year-old challenger Devi Anand after a tie-break on Saturday.", [
 ("Ilse Marr lost her world chess title.", True),
 ("Devi Anand is 19.", True),
 ("Ilse Marr retained her world chess title.", False),
 ("Devi Anand lost the world chess title to Ilse Marr.", False),
 ("The title was decided without a tie-break.", False),
 ("Ilse Marr won the world chess title on Sunday.", False),
])
_add("The Bank of Ostria held interest rates at 4.25% on Thursday, but two of its nine policymakers voted for a cut, minutes showed.", [
 ("The Bank of Ostria held interest rates at 4.25%.", True),
 ("Two policymakers voted for a cut.", True),
 ("The Bank of Ostria cut interest rates to 4.25%.", False),
 ("Two policymakers voted for a rise.", False),
 ("Seven of its nine policymakers voted for a cut.", False),
 ("All nine policymakers voted to hold rates.", False),
])
# round 262
_add("Estavia's health regulator approved the weight-loss drug Lumora for adults on Wednesday, but said it should not be prescribed to under-18s until more trials are done.", [
 ("Estavia's health regulator approved Lumora for adults.", True),
 ("The regulator said Lumora should not be prescribed to under-18s.", True),
 ("The regulator approved Lumora for children.", False),
 ("The regulator rejected Lumora on Wednesday.", False),
 ("Lumora has been approved for under-18s.", False),
 ("The drugmaker said Lumora should not be prescribed to under-18s.", False),
])
_add("Rail fares in Varnland will rise by 4.6% in March, the transport ministry said, the smallest increase in three years, while season tickets will be frozen.", [
 ("Rail fares in Varnland will rise by 4.6% in March.", True),
 ("Season tickets will be frozen.", True),
 ("It is the largest increase in three years.", False),
 ("Season tickets will rise by 4.6%.", False),
 ("Rail fares will fall by 4.6% in March.", False),
 ("Rail fares will rise by 6.4%.", False),
])
_add("A wildfire near the village of Tarra forced 1,200 people from their homes overnight; firefighters said on Monday it was 40% contained and no one had been hurt.", [
 ("About 1,200 people were forced from their homes.", True),
 ("The fire was 40% contained on Monday.", True),
 ("The fire was fully contained on Monday.", False),
 ("Two people were hurt in the fire.", False),
 ("The fire forced 12,000 people from their homes.", False),
 ("Residents said the fire was 40% contained.", False),
])
_add("The Korrin Bridge will be closed to cars for 18 months from January for repairs, the council said, but will stay open to pedestrians and cyclists.", [
 ("The Korrin Bridge will close to cars from January.", True),
 ("The bridge will stay open to cyclists.", True),
 ("The bridge will be closed to pedestrians.", False),
 ("The bridge will close to cars for eight months.", False),
 ("The bridge will close to cars until January.", False),
 ("The bridge will be demolished from January.", False),
])
_add("Fishing crews in Port Lenn staged a protest with 40 trawlers blocking the harbour mouth on Friday over new quotas that cut their cod catch by a third.", [
 ("Forty trawlers blocked the harbour mouth at Port Lenn.", True),
 ("The new quotas cut the cod catch by a third.", True),
 ("Forty yachts blocked the harbour mouth.", False),
 ("The new quotas cut the cod catch by half.", False),
 ("The new quotas raised the cod catch by a third.", False),
 ("Fishing crews blocked the harbour on Monday.", False),
])
# round 263
_add("Carmel Airways will cancel 2,000 flights over the winter because of a shortage of engines, it said, affecting about 300,000 passengers, who will be offered refunds.", [
 ("Carmel Airways will cancel 2,000 flights over the winter.", True),
 ("Affected passengers will be offered refunds.", True),
 ("The cancellations are because of a shortage of pilots.", False),
 ("The cancellations will affect about 3 million passengers.", False),
 ("Carmel Airways will add 2,000 flights over the winter.", False),
 ("Passengers will not be offered refunds.", False),
])
_add("Marathon runner Saba Ketu broke the women's course record in Varnhold on Sunday, finishing in 2 hours 17 minutes, 40 seconds faster than the old mark set by Ana Pell in 2018.", [
 ("Saba Ketu broke the women's course record in Varnhold.", True),
 ("The old record was set by Ana Pell in 2018.", True),
 ("Ana Pell broke the women's course record on Sunday.", False),
 ("Ketu finished 40 seconds slower than the old record.", False),
 ("Ketu finished in 2 hours 27 minutes.", False),
 ("The old record was set in 2008.", False),
])
_add("Three inmates escaped from Holt prison on Tuesday night; two were recaptured within hours, but the third, a 34-year-old man, is still at large, police said.", [
 ("Three inmates escaped from Holt prison.", True),
 ("Two of the inmates were recaptured.", True),
 ("All three inmates were recaptured.", False),
 ("Two inmates escaped from Holt prison.", False),
 ("The man still at large is 43.", False),
 ("The prison said the third man was still at large.", False),
])
_add("Developer Grainhill won permission to build 450 homes on the former Lessing paper mill site, but only 10% will be affordable, well short of the council's 35% target.", [
 ("Grainhill won permission to build 450 homes.", True),
 ("Only 10% of the homes will be affordable.", True),
 ("35% of the homes will be affordable.", False),
 ("Grainhill was refused permission to build 450 homes.", False),
 ("The council's target is 10% affordable homes.", False),
 ("Grainhill will build 450 homes on a former steelworks site.", False),
])
_add("Tennis player Mira Solen pulled out of the Osten Open on Monday with a wrist injury, a day before her first-round match against Katya Brandt, who now goes through.", [
 ("Mira Solen pulled out of the Osten Open with a wrist injury.", True),
 ("Katya Brandt goes through.", True),
 ("Katya Brandt pulled out of the Osten Open.", False),
 ("Mira Solen pulled out with a knee injury.", False),
 ("Solen beat Katya Brandt in the first round.", False),
 ("Solen pulled out a week before her first-round match.", False),
])
# round 264
_add("Shipbuilder Carrow Marine will sell its Kelby yard to a Norwegian firm for £45 million, saving 600 jobs, rather than close it as planned last year.", [
 ("Carrow Marine will sell its Kelby yard for £45 million.", True),
 ("The sale will save 600 jobs.", True),
 ("Carrow Marine will close its Kelby yard.", False),
 ("Carrow Marine will buy a Norwegian yard for £45 million.", False),
 ("The sale will cost 600 jobs.", False),
 ("A Norwegian firm will sell its yard to Carrow Marine.", False),
])
_add("A survey by the Lowland Bee Trust found wild bee numbers fell by 18% last year, which the trust blamed on a wet spring, though it said pesticides could also have played a part.", [
 ("Wild bee numbers fell by 18% last year.", True),
 ("The trust blamed the fall on a wet spring.", True),
 ("The trust blamed the fall on pesticides.", False),
 ("Wild bee numbers rose by 18% last year.", False),
 ("The trust blamed the fall on a dry spring.", False),
 ("Wild bee numbers fell by 8% last year.", False),
])
_add("The Ostrian government will cut fuel duty by 5p a litre from April, the finance minister announced, at a cost of £2.4 billion a year, paid for by a new tax on bank profits.", [
 ("Fuel duty will be cut by 5p a litre from April.", True),
 ("The cut will cost £2.4 billion a year.", True),
 ("Fuel duty will rise by 5p a litre.", False),
 ("The cut will be paid for by a new tax on fuel.", False),
 ("Banks announced a cut in fuel duty.", False),
 ("Fuel duty will be cut by 5p a litre from October.", False),
])
_add("Archaeologists diving off Cape Ferran have found the wreck of the steamship Alder, which sank in 1887 with the loss of 42 lives, in 90 metres of water.", [
 ("The wreck of the Alder has been found off Cape Ferran.", True),
 ("The Alder sank in 1887.", True),
 ("The Alder sank in 1878.", False),
 ("The Alder sank with the loss of 24 lives.", False),
 ("The wreck lies in 19 metres of water.", False),
 ("The Alder was a sailing ship.", False),
])
_add("Mayor Joel Brandt said the Kell Street market would reopen in May after a £3 million refurbishment, a year later than planned, because of problems with the roof.", [
 ("The Kell Street market will reopen in May.", True),
 ("The reopening is a year later than planned.", True),
 ("The market will reopen on time.", False),
 ("The refurbishment cost £13 million.", False),
 ("The delay was caused by problems with the floor.", False),
 ("Market traders said the market would reopen in May.", False),
])
# round 265
_add("A 52-year-old man from Dunmore won £14 million on the Ostrian lottery, the largest prize this year, and said he would pay off his children's mortgages.", [
 ("A man from Dunmore won £14 million on the lottery.", True),
 ("He said he would pay off his children's mortgages.", True),
 ("A woman from Dunmore won £14 million.", False),
 ("The prize was the smallest this year.", False),
 ("He said his children would pay off his mortgage.", False),
 ("The winner is 25.", False),
])
_add("Inflation in Varnland fell to 2.1% in October from 2.6% in September, close to the central bank's 2% target, mainly because of cheaper petrol.", [
 ("Inflation in Varnland fell to 2.1% in October.", True),
 ("Cheaper petrol was the main reason for the fall.", True),
 ("Inflation rose to 2.6% in October.", False),
 ("Inflation fell below the central bank's target.", False),
 ("The fall was mainly because of cheaper food.", False),
 ("Inflation fell to 2.1% in September.", False),
])
_add("Bin workers in Carth will strike for two weeks from 3 March after rejecting a 3% pay offer, their union said; the council said it had no money to offer more.", [
 ("Bin workers in Carth will strike from 3 March.", True),
 ("The workers rejected a 3% pay offer.", True),
 ("Bin workers accepted a 3% pay offer.", False),
 ("The union said it had no money to offer more.", False),
 ("The strike will last for two months.", False),
 ("Bin workers will strike until 3 March.", False),
])
_add("The Ferran Opera House will stay shut until at least 2027 after inspectors found crumbling concrete in its roof, its director Lotte Haan said.", [
 ("The Ferran Opera House will stay shut until at least 2027.", True),
 ("Inspectors found crumbling concrete in the roof.", True),
 ("The opera house will reopen in 2027.", False),
 ("Lotte Haan found crumbling concrete in the roof.", False),
 ("Inspectors found crumbling concrete in its foundations.", False),
 ("The opera house will stay shut until at least 2029.", False),
])
_add("A magnitude 5.9 earthquake struck off the coast of Selva early on Wednesday, shaking buildings in the capital, but there were no reports of damage and no tsunami warning was issued.", [
 ("A magnitude 5.9 earthquake struck off Selva on Wednesday.", True),
 ("No tsunami warning was issued.", True),
 ("A tsunami warning was issued.", False),
 ("The earthquake caused heavy damage in the capital.", False),
 ("A magnitude 9.5 earthquake struck off Selva.", False),
 ("The earthquake struck late on Wednesday.", False),
])
# round 266
_add("Hackers stole the personal details of 1.4 million customers of the retailer Brightmart, which said on Friday that no bank details had been taken.", [
 ("Hackers stole the details of 1.4 million Brightmart customers.", True),
 ("Brightmart said no bank details had been taken.", True),
 ("Hackers stole bank details of Brightmart customers.", False),
 ("Hackers stole the details of 4.1 million customers.", False),
 ("Brightmart stole the details of 1.4 million customers.", False),
 ("Police said no bank details had been taken.", False),
])
_add("Minister for schools Orla Penn was sacked by Prime Minister Gil Sarro on Tuesday after she criticised his plan to cut school budgets, her aides said.", [
 ("Orla Penn was sacked on Tuesday.", True),
 ("Orla Penn had criticised a plan to cut school budgets.", True),
 ("Orla Penn sacked Gil Sarro.", False),
 ("Orla Penn resigned on Tuesday.", False),
 ("Gil Sarro criticised Orla Penn's plan to cut school budgets.", False),
 ("Sarro's aides said she was sacked after criticising his plan.", False),
])
_add("The Selva Dam, the country's largest, is only 23% full after the driest summer on record, and water use will be restricted from Monday, the water authority said.", [
 ("The Selva Dam is only 23% full.", True),
 ("Water use will be restricted from Monday.", True),
 ("The Selva Dam is 32% full.", False),
 ("It was the wettest summer on record.", False),
 ("Water use will be restricted until Monday.", False),
 ("The Selva Dam is the country's smallest.", False),
])
_add("The novel 'Salt Year' by first-time author Nadia Ferro won the Carrow Prize for fiction on Thursday, beating five other books including the favourite, 'Glass Hours' by Tom Ekker.", [
 ("'Salt Year' won the Carrow Prize for fiction.", True),
 ("'Glass Hours' was the favourite.", True),
 ("'Glass Hours' by Tom Ekker won the Carrow Prize.", False),
 ("Tom Ekker wrote 'Salt Year'.", False),
 ("'Salt Year' beat seven other books.", False),
 ("Nadia Ferro has written several novels.", False),
])
_add("Two men were arrested after a referee was punched during an amateur football match in Dunmore on Saturday; the referee was treated in hospital for a broken nose.", [
 ("A referee was punched during a match in Dunmore.", True),
 ("Two men were arrested.", True),
 ("A player punched the referee.", False),
 ("The referee was treated for a broken jaw.", False),
 ("The referee punched two men during a match.", False),
 ("Three men were arrested.", False),
])
# round 267
_add("Carvel Motors will stop making diesel cars at its Lenn plant by 2028 and switch to electric models, the company said, with no job losses expected.", [
 ("Carvel Motors will stop making diesel cars at Lenn by 2028.", True),
 ("The company said no job losses were expected.", True),
 ("Carvel Motors will stop making electric cars at Lenn.", False),
 ("Carvel Motors will close its Lenn plant by 2028.", False),
 ("Hundreds of jobs will be lost at Lenn.", False),
 ("Carvel Motors will stop making diesel cars by 2030.", False),
])
_add("A ban on new gas boilers in new homes will start in 2030, the housing minister said, but existing homes will be exempt until 2035.", [
 ("A ban on gas boilers in new homes will start in 2030.", True),
 ("Existing homes will be exempt until 2035.", True),
 ("The ban on gas boilers in new homes will start in 2035.", False),
 ("Existing homes will be exempt until 2030.", False),
 ("The ban will apply to existing homes from 2030.", False),
 ("The energy minister announced the ban.", False),
])
_add("Half the price of the new Kessel flood barrier, £38 million, will be paid by the government, with the rest from the council and local businesses.", [
 ("The government will pay £38 million towards the flood barrier.", True),
 ("The council and local businesses will pay the rest.", True),
 ("The flood barrier will cost £38 million.", False),
 ("The government will pay the full cost of the flood barrier.", False),
 ("Local businesses will pay half the price.", False),
 ("The government will pay £83 million.", False),
])
_add("Police in Arnsey rescued 14 people from a migrant boat that capsized in the strait overnight; four others are missing, the coastguard said.", [
 ("Fourteen people were rescued from the boat.", True),
 ("Four people are missing.", True),
 ("Four people were rescued from the boat.", False),
 ("Fourteen people are missing.", False),
 ("The boat capsized in the harbour.", False),
 ("Police said four others are missing.", False),
])
_add("The Lenn Symphony Orchestra will tour Japan in October, its first overseas tour since 2019, after a donor gave £500,000 to cover the costs.", [
 ("The Lenn Symphony Orchestra will tour Japan in October.", True),
 ("A donor gave £500,000 to cover the costs.", True),
 ("The orchestra gave £500,000 to a donor.", False),
 ("It is the orchestra's first overseas tour since 2009.", False),
 ("The orchestra will tour China in October.", False),
 ("The orchestra toured Japan in October.", False),
])
# round 268
_add("Hospital waiting lists in Ostria fell for the first time in two years in September, to 7.4 million, but 300,000 patients have waited more than a year, the health service said.", [
 ("Hospital waiting lists in Ostria fell in September.", True),
 ("About 300,000 patients have waited more than a year.", True),
 ("Waiting lists rose to 7.4 million in September.", False),
 ("Waiting lists fell for the first time in ten years.", False),
 ("300,000 patients have waited more than two years.", False),
 ("Waiting lists fell to 4.7 million.", False),
])
_add("Kenna Mills, the Selva Rovers captain, was banned for six matches on Wednesday for abusing a referee, the league said; the club said it would appeal.", [
 ("Kenna Mills was banned for six matches.", True),
 ("Selva Rovers said they would appeal.", True),
 ("The league said it would appeal.", False),
 ("A referee abused Kenna Mills.", False),
 ("Kenna Mills was banned for six months.", False),
 ("Kenna Mills was cleared on Wednesday.", False),
])
_add("A colony of 200 rare natterjack toads has been found on a building site in Pell, halting work on 80 homes while ecologists decide how to move them.", [
 ("Work on 80 homes has been halted.", True),
 ("About 200 natterjack toads were found on the site.", True),
 ("Work on 200 homes has been halted.", False),
 ("The toads have been moved.", False),
 ("Builders found 200 common frogs on the site.", False),
 ("Work on the homes has resumed.", False),
])
_add("Voters in Arnsey re-elected mayor Pia Dorn by just 212 votes after a recount on Sunday; her rival, Ivo Lark, said he would challenge the result in court.", [
 ("Pia Dorn was re-elected mayor of Arnsey.", True),
 ("Ivo Lark said he would challenge the result in court.", True),
 ("Ivo Lark was elected mayor by 212 votes.", False),
 ("Pia Dorn said she would challenge the result in court.", False),
 ("Pia Dorn won by 2,120 votes.", False),
 ("Pia Dorn was re-elected without a recount.", False),
])
_add("The Ostrian space agency launched its first weather satellite on Friday from a site in Varnland, after two delays caused by a fuel leak.", [
 ("The Ostrian space agency launched its first weather satellite on Friday.", True),
 ("The launch was delayed twice.", True),
 ("The launch was delayed three times.", False),
 ("The delays were caused by bad weather.", False),
 ("Varnland launched its first weather satellite.", False),
 ("The launch took place in Ostria.", False),
])
# round 269
_add("Shares in Helm Foods fell 22% on Monday after it warned that profits would be half what analysts had expected, blaming a poor harvest.", [
 ("Shares in Helm Foods fell 22% on Monday.", True),
 ("Helm Foods blamed a poor harvest.", True),
 ("Shares in Helm Foods rose 22% on Monday.", False),
 ("Helm Foods said profits would be double what analysts expected.", False),
 ("Analysts blamed a poor harvest.", False),
 ("Shares in Helm Foods fell 12%.", False),
])
_add("Coral off the Selva coast has suffered its worst bleaching on record this year, with 60% of reefs affected, scientists at Pell University said, blaming a marine heatwave.", [
 ("Coral off Selva suffered its worst bleaching on record this year.", True),
 ("Scientists blamed a marine heatwave.", True),
 ("About 16% of reefs were affected.", False),
 ("The bleaching was the mildest on record.", False),
 ("Scientists blamed pollution.", False),
 ("Scientists at Selva University said 60% of reefs were affected.", False),
])
_add("A court in Carth cleared journalist Ida Voss of breaching privacy laws on Thursday, ruling that her reports on the minister's finances were in the public interest.", [
 ("Ida Voss was cleared of breaching privacy laws.", True),
 ("The court ruled her reports were in the public interest.", True),
 ("Ida Voss was convicted of breaching privacy laws.", False),
 ("The minister was cleared of breaching privacy laws.", False),
 ("The court ruled her reports were not in the public interest.", False),
 ("Ida Voss reported on the judge's finances.", False),
])
_add("Lenn council will charge drivers £5 a day to enter the city centre from June, with the money going to buses; residents will get a 90% discount.", [
 ("Drivers will be charged £5 a day to enter Lenn city centre.", True),
 ("Residents will get a 90% discount.", True),
 ("Residents will be exempt from the charge.", False),
 ("Drivers will be charged £15 a day.", False),
 ("The money will go to road repairs.", False),
 ("The charge will start in July.", False),
])
_add("Hollin Town's manager Rudi Falk was sacked on Sunday after a run of eight defeats in ten games left the club bottom of the league, and his assistant, Ben Ort, will take charge.", [
 ("Rudi Falk was sacked on Sunday.", True),
 ("Ben Ort will take charge.", True),
 ("Ben Ort was sacked on Sunday.", False),
 ("Hollin Town are top of the league.", False),
 ("Hollin Town lost ten games in a row.", False),
 ("Rudi Falk will take charge of the club.", False),
])
# round 270
_add("The Orvale city council voted 7-2 on Tuesday to sell the old tram depot to developer Keel Homes for £4.5 million, despite objections from residents who wanted it kept as a museum.", [
 ("The council voted to sell the tram depot to Keel Homes.", True),
 ("Residents wanted the depot kept as a museum.", True),
 ("The council voted 9-0 to sell the depot.", False),
 ("Keel Homes sold the depot to the council.", False),
 ("Residents wanted the depot demolished.", False),
 ("The depot was sold for £45 million.", False),
])
_add("Dr Mara Quell, who leads the study at Tarn Hospital, said the new drug could cut the risk of a second stroke by a third, but warned that the trial was small and the results needed confirming.", [
 ("Dr Mara Quell leads the study at Tarn Hospital.", True),
 ("Quell warned that the trial was small.", True),
 ("The new drug cuts the risk of a second stroke by a third.", False),
 ("The drug could cut the risk of a second stroke by half.", False),
 ("Quell said the trial was large.", False),
 ("The results have been confirmed.", False),
])
_add("Flooding closed the main road between Ashby and Corran for three days last week, and the county said repairs to the collapsed bridge would take until March.", [
 ("Flooding closed the road between Ashby and Corran for three days.", True),
 ("The county said repairs would take until March.", True),
 ("Flooding closed the road for three weeks.", False),
 ("The county said repairs would be finished by January.", False),
 ("The bridge was reopened last week.", False),
 ("Snow closed the road between Ashby and Corran.", False),
])
_add("Brenna Lodd, 34, became the first woman to win the Halvik marathon in its 50-year history, finishing in two hours 31 minutes, ahead of last year's champion, Tova Rell.", [
 ("Brenna Lodd won the Halvik marathon.", True),
 ("Lodd finished in two hours 31 minutes.", True),
 ("Tova Rell won the Halvik marathon.", False),
 ("Lodd became the second woman to win the marathon.", False),
 ("Lodd finished behind Tova Rell.", False),
 ("The marathon is 25 years old.", False),
])
_add("Police in Dunmere arrested two men on Friday after £200,000 of jewellery was stolen from a shop on King Street; a third man is still being sought.", [
 ("Police arrested two men on Friday.", True),
 ("A third man is still being sought.", True),
 ("Police arrested three men on Friday.", False),
 ("£20,000 of jewellery was stolen.", False),
 ("The third man has been arrested.", False),
 ("Jewellery was stolen from a shop on Queen Street.", False),
])
# round 271
_add("The Selmark government will raise the minimum wage by 6% in April, less than the 10% unions had demanded, the finance minister, Jonas Prell, announced on Wednesday.", [
 ("The minimum wage will rise by 6% in April.", True),
 ("Unions had demanded 10%.", True),
 ("The minimum wage will rise by 10% in April.", False),
 ("Unions announced the 6% rise.", False),
 ("The rise is more than the unions demanded.", False),
 ("The minimum wage will be cut in April.", False),
])
_add("Ferries between Luss and the island of Vorr were cancelled on Saturday as winds reached 90mph, stranding about 300 passengers, the operator said.", [
 ("Ferries between Luss and Vorr were cancelled on Saturday.", True),
 ("About 300 passengers were stranded, the operator said.", True),
 ("Ferries were delayed on Saturday.", False),
 ("Winds reached 60mph.", False),
 ("About 3,000 passengers were stranded.", False),
 ("The coastguard said about 300 passengers were stranded.", False),
])
_add("Kestrel Airlines has ordered 40 new jets from planemaker Aurane, worth about $4 billion, to replace its ageing fleet by 2030.", [
 ("Kestrel Airlines ordered 40 jets from Aurane.", True),
 ("The jets will replace Kestrel's ageing fleet.", True),
 ("Aurane ordered 40 jets from Kestrel Airlines.", False),
 ("Kestrel ordered 14 jets.", False),
 ("The order is worth about $4 million.", False),
 ("Kestrel will replace its fleet by 2025.", False),
])
_add("The Marrow Museum will return a bronze statue to Ketta after a five-year campaign, its director said, though she denied that the statue had been looted.", [
 ("The Marrow Museum will return a bronze statue to Ketta.", True),
 ("The director denied that the statue had been looted.", True),
 ("The director said the statue had been looted.", False),
 ("The museum will keep the statue.", False),
 ("Ketta will return a statue to the Marrow Museum.", False),
 ("The campaign lasted ten years.", False),
])
_add("About 1,200 workers at the Garth car plant will lose their jobs when it closes next year, the company said, blaming falling demand for diesel cars.", [
 ("About 1,200 workers will lose their jobs.", True),
 ("The company blamed falling demand for diesel cars.", True),
 ("The Garth plant closed last year.", False),
 ("The company blamed rising demand for electric cars.", False),
 ("About 12,000 workers will lose their jobs.", False),
 ("Unions blamed falling demand for diesel cars.", False),
])
# round 272
_add("Mayor Hester Vann was re-elected in Calder on Sunday with 52% of the vote, narrowly beating challenger Piet Osk, who conceded defeat late in the evening.", [
 ("Hester Vann was re-elected mayor of Calder.", True),
 ("Piet Osk conceded defeat.", True),
 ("Piet Osk was elected mayor.", False),
 ("Vann conceded defeat.", False),
 ("Vann won 62% of the vote.", False),
 ("Vann beat Osk by a wide margin.", False),
])
_add("A study of 5,000 children in Fennick found that those who slept less than eight hours a night were twice as likely to be overweight, though the authors said it did not prove that lack of sleep caused weight gain.", [
 ("The study looked at 5,000 children.", True),
 ("The authors said the study did not prove that lack of sleep caused weight gain.", True),
 ("The study proved that lack of sleep causes weight gain.", False),
 ("Children who slept less were three times as likely to be overweight.", False),
 ("Children who slept more than eight hours were twice as likely to be overweight.", False),
 ("The study looked at 500 children.", False),
])
_add("Thieves stole copper cable from the railway near Brisk overnight, halting trains between Brisk and Holm for most of Tuesday morning, rail operator Linemark said.", [
 ("Thieves stole copper cable from the railway near Brisk.", True),
 ("Trains between Brisk and Holm were halted on Tuesday morning.", True),
 ("Thieves stole copper cable from the railway near Holm.", False),
 ("Trains were halted for most of Tuesday evening.", False),
 ("Police said trains were halted.", False),
 ("Thieves stole signal equipment from the railway.", False),
])
_add("The central bank of Ostria kept interest rates at 4.5% on Thursday but signalled it may cut them in the spring if inflation keeps falling.", [
 ("The central bank kept interest rates at 4.5%.", True),
 ("The bank signalled it may cut rates in the spring.", True),
 ("The central bank cut interest rates to 4.5%.", False),
 ("The bank will cut rates in the spring.", False),
 ("The bank signalled it may raise rates.", False),
 ("Inflation has been rising.", False),
])
_add("Writer Lila Kamm has won the Orrin Prize for her debut novel 'The Salt House', beating five other authors including former winner Jude Pask.", [
 ("Lila Kamm won the Orrin Prize.", True),
 ("'The Salt House' is Kamm's debut novel.", True),
 ("Jude Pask won the Orrin Prize.", False),
 ("Kamm beat seven other authors.", False),
 ("'The Salt House' is Kamm's third novel.", False),
 ("Jude Pask wrote 'The Salt House'.", False),
])
# round 273
_add("Water bills in the Tamsey region will rise by an average of £45 a year from April, the regulator said, to pay for new sewage works.", [
 ("Water bills in Tamsey will rise from April.", True),
 ("The rise will pay for new sewage works.", True),
 ("Water bills will fall by £45 a year.", False),
 ("Water bills will rise by £54 a year.", False),
 ("The water company said bills would rise.", False),
 ("The rise will pay for new reservoirs.", False),
])
_add("Hospital staff in Venn walked out for 48 hours on Monday over pay, and the health board said about 2,000 appointments had been postponed.", [
 ("Hospital staff in Venn walked out over pay.", True),
 ("About 2,000 appointments were postponed, the health board said.", True),
 ("Hospital staff walked out for 24 hours.", False),
 ("About 2,000 appointments were cancelled.", False),
 ("Staff walked out over working hours.", False),
 ("The union said about 2,000 appointments had been postponed.", False),
])
_add("The wreck of the steamship Corvina, which sank off Halm Point in 1911 with the loss of 87 lives, has been found by divers at a depth of 60 metres.", [
 ("The Corvina sank off Halm Point in 1911.", True),
 ("Divers found the wreck at a depth of 60 metres.", True),
 ("The Corvina sank in 1921.", False),
 ("87 people survived the sinking.", False),
 ("The wreck was found at a depth of 16 metres.", False),
 ("The Corvina was raised by divers.", False),
])
_add("Prime minister Aldo Rusk sacked his defence minister, Nils Orr, on Wednesday after Orr criticised plans to cut the army by 10,000 troops.", [
 ("Aldo Rusk sacked Nils Orr.", True),
 ("Orr criticised plans to cut the army.", True),
 ("Nils Orr sacked Aldo Rusk.", False),
 ("Rusk criticised plans to cut the army.", False),
 ("The plans would cut the army by 1,000 troops.", False),
 ("Orr resigned on Wednesday.", False),
])
_add("Sales of electric cars in Dornland rose 40% last year to 120,000, while sales of petrol cars fell by a fifth, the industry body said.", [
 ("Sales of electric cars rose 40% last year.", True),
 ("Sales of petrol cars fell by a fifth.", True),
 ("Sales of petrol cars rose 40% last year.", False),
 ("Electric car sales reached 200,000.", False),
 ("Sales of electric cars fell by a fifth.", False),
 ("The government said electric car sales rose 40%.", False),
])
# round 274
_add("A fire at a recycling plant in Ormsby sent thick smoke over the town on Monday, and residents were told to keep windows closed; no one was hurt.", [
 ("Residents were told to keep windows closed.", True),
 ("No one was hurt in the fire.", True),
 ("Two people were hurt in the fire.", False),
 ("Residents were told to leave their homes.", False),
 ("The fire was at a chemical plant.", False),
 ("Residents were told to keep windows open.", False),
])
_add("Gallen University will cut 300 jobs over two years to close a £30 million budget gap, blaming a fall in overseas students, its vice-chancellor, Emer Tosh, told staff.", [
 ("Gallen University will cut 300 jobs.", True),
 ("Emer Tosh blamed a fall in overseas students.", True),
 ("The university will create 300 jobs.", False),
 ("The budget gap is £13 million.", False),
 ("The cuts will take place over five years.", False),
 ("Staff blamed a fall in overseas students.", False),
])
_add("Rescuers in Pellin pulled a 70-year-old woman alive from the rubble of her home two days after the earthquake, which killed at least 45 people.", [
 ("A woman was pulled alive from the rubble two days after the earthquake.", True),
 ("The earthquake killed at least 45 people.", True),
 ("A 70-year-old woman died in the rubble.", False),
 ("The earthquake killed at least 54 people.", False),
 ("The woman was found a week after the earthquake.", False),
 ("The woman pulled a rescuer from the rubble.", False),
])
_add("The Rhennish parliament rejected a bill to legalise assisted dying by 230 votes to 190 on Friday, the third time it has been defeated in a decade.", [
 ("Parliament rejected a bill to legalise assisted dying.", True),
 ("The bill was defeated by 230 votes to 190.", True),
 ("Parliament passed a bill to legalise assisted dying.", False),
 ("It is the first time the bill has been defeated.", False),
 ("The bill was defeated by 290 votes to 130.", False),
 ("Parliament voted to ban assisted dying.", False),
])
_add("Chef Aron Velt, whose restaurant Fenn holds two Michelin stars, will open a second restaurant in Lusk in May, he told the Lusk Herald.", [
 ("Aron Velt will open a second restaurant in Lusk.", True),
 ("Velt's restaurant Fenn holds two Michelin stars.", True),
 ("Fenn holds three Michelin stars.", False),
 ("Velt will close his restaurant in Lusk.", False),
 ("The restaurant will open in March.", False),
 ("Velt told the Lusk Times about the opening.", False),
])
# round 275
_add("Two climbers died and a third was rescued after an avalanche on Mount Serel on Saturday, mountain rescue said; the three had been roped together.", [
 ("Two climbers died in an avalanche on Mount Serel.", True),
 ("A third climber was rescued.", True),
 ("Three climbers died in the avalanche.", False),
 ("The climbers were not roped together.", False),
 ("Police said two climbers died.", False),
 ("The avalanche happened on Sunday.", False),
])
_add("Grocer Penny Market will stop selling plastic bags in all 400 of its stores from January, a year earlier than planned, its chief executive, Dana Hule, said.", [
 ("Penny Market will stop selling plastic bags from January.", True),
 ("The change comes a year earlier than planned.", True),
 ("Penny Market will stop selling plastic bags in 40 stores.", False),
 ("The change comes a year later than planned.", False),
 ("Penny Market will start selling plastic bags.", False),
 ("Penny Market's chairman said the bags would go.", False),
])
_add("Police in Tarrow said a 15-year-old boy had been charged with attempted murder after another teenager was stabbed outside a school on Wednesday; the victim is in a stable condition.", [
 ("A 15-year-old boy has been charged with attempted murder.", True),
 ("The victim is in a stable condition.", True),
 ("A 15-year-old boy has been charged with murder.", False),
 ("The victim is in a critical condition.", False),
 ("A teacher was stabbed outside a school.", False),
 ("A 16-year-old boy has been charged.", False),
])
_add("Output at the Brane steelworks fell by a quarter in the third quarter as a furnace was shut for repairs, owner Irongate said, adding that it expected production to recover by December.", [
 ("Output at the Brane steelworks fell by a quarter.", True),
 ("A furnace was shut for repairs.", True),
 ("Output at the Brane steelworks rose by a quarter.", False),
 ("Irongate said production had recovered.", False),
 ("Output fell by a third.", False),
 ("Irongate expected production to recover by June.", False),
])
_add("The Vessa film festival opened on Wednesday with 'Night Harbour', directed by Sol Ferrin, who was booed by protesters over his comments about the war.", [
 ("The festival opened with 'Night Harbour'.", True),
 ("Sol Ferrin directed 'Night Harbour'.", True),
 ("Sol Ferrin was cheered by protesters.", False),
 ("The festival closed with 'Night Harbour'.", False),
 ("Protesters were booed by Sol Ferrin.", False),
 ("The festival opened on Thursday.", False),
])
# round 276
_add("Income tax thresholds will be frozen for another two years, the finance ministry said, which economists estimate will pull 400,000 more people into paying tax.", [
 ("Income tax thresholds will be frozen for another two years.", True),
 ("Economists estimate 400,000 more people will pay tax.", True),
 ("Income tax thresholds will rise for two years.", False),
 ("The finance ministry estimates 400,000 more people will pay tax.", False),
 ("Thresholds will be frozen for another five years.", False),
 ("400,000 people will stop paying tax.", False),
])
_add("The veteran goalkeeper Emil Strand saved two penalties as Rooke City beat Vanley 4-3 in a shoot-out to reach the cup final.", [
 ("Rooke City beat Vanley in a shoot-out.", True),
 ("Emil Strand saved two penalties.", True),
 ("Vanley beat Rooke City in a shoot-out.", False),
 ("Emil Strand missed two penalties.", False),
 ("Rooke City won the cup final.", False),
 ("Emil Strand saved three penalties.", False),
])
_add("The Wendle dam will be partly drained from next month so engineers can inspect cracks found in its wall in August, the water authority said, adding that there was no risk to homes below.", [
 ("Engineers will inspect cracks in the Wendle dam.", True),
 ("The water authority said there was no risk to homes.", True),
 ("The dam will be fully drained.", False),
 ("The cracks were found in October.", False),
 ("The water authority said homes below were at risk.", False),
 ("The dam wall has collapsed.", False),
])
_add("Carro Telecom was fined $12 million by the regulator for overcharging 80,000 customers, and must refund them by the end of the year.", [
 ("Carro Telecom was fined $12 million.", True),
 ("Carro must refund customers by the end of the year.", True),
 ("The regulator was fined $12 million.", False),
 ("Carro Telecom overcharged 8,000 customers.", False),
 ("Carro Telecom was fined for undercharging customers.", False),
 ("Customers must refund Carro Telecom.", False),
])
_add("Zoo keepers at Harl Park said a rare snow leopard cub born in May had died of an infection, weeks after its twin was moved to a zoo in Trent.", [
 ("A snow leopard cub at Harl Park died of an infection.", True),
 ("The cub's twin was moved to a zoo in Trent.", True),
 ("The cub's twin died of an infection.", False),
 ("The cub was born in March.", False),
 ("A snow leopard cub was moved from Trent to Harl Park.", False),
 ("A tiger cub died of an infection.", False),
])
# round 277
_add("Farmers in Dell county have lost about half their potato crop to blight after the wettest summer in 30 years, the farmers' union estimated.", [
 ("Farmers in Dell have lost about half their potato crop.", True),
 ("The summer was the wettest in 30 years.", True),
 ("Farmers lost all their potato crop.", False),
 ("The summer was the driest in 30 years.", False),
 ("The government estimated farmers lost half their crop.", False),
 ("Farmers lost about half their wheat crop.", False),
])
_add("The navy of Istra intercepted a boat carrying 2 tonnes of cocaine off its southern coast on Tuesday and arrested its crew of five, officials said.", [
 ("The navy intercepted a boat carrying cocaine.", True),
 ("The crew of five were arrested.", True),
 ("The boat was carrying 20 tonnes of cocaine.", False),
 ("The navy arrested a crew of seven.", False),
 ("The boat was intercepted off the northern coast.", False),
 ("The crew escaped.", False),
])
_add("Author Geo Marsh, whose memoir about growing up in Pell sold a million copies, has died aged 81, his publisher said.", [
 ("Geo Marsh has died aged 81.", True),
 ("His memoir sold a million copies.", True),
 ("Geo Marsh has died aged 71.", False),
 ("His memoir sold 100,000 copies.", False),
 ("His family said Marsh had died.", False),
 ("Marsh wrote a novel about growing up in Pell.", False),
])
_add("Talks between the rail union and Westline broke down on Monday, and the union said drivers would strike on three days next month unless the company improved its pay offer of 4%.", [
 ("Talks between the rail union and Westline broke down.", True),
 ("Westline offered a 4% pay rise.", True),
 ("Drivers will strike on five days next month.", False),
 ("The union offered a 4% pay rise.", False),
 ("Talks between the union and Westline ended in agreement.", False),
 ("Westline said drivers would strike.", False),
])
_add("The Calm Bay oil spill has spread along 40 km of coastline, and clean-up crews have collected more than 3,000 dead seabirds, the environment agency said on Sunday.", [
 ("The oil spill has spread along 40 km of coastline.", True),
 ("Crews have collected more than 3,000 dead seabirds.", True),
 ("The spill has spread along 14 km of coastline.", False),
 ("Crews have rescued more than 3,000 seabirds.", False),
 ("The oil company said the spill had spread along 40 km.", False),
 ("Crews have collected more than 3,000 dead seals.", False),
])
# round 278
_add("Teachers in Marle will get a 5.5% pay rise from September, the education minister, Ruth Abel, said, but head teachers warned schools would have to pay for it from existing budgets.", [
 ("Teachers will get a 5.5% pay rise from September.", True),
 ("Head teachers warned schools would have to pay for it from existing budgets.", True),
 ("Teachers will get a 5% pay rise.", False),
 ("Ruth Abel warned schools would have to pay for it.", False),
 ("The government will pay for the rise.", False),
 ("The rise will start in January.", False),
])
_add("A Tolan court sentenced former bank manager Ivo Rask to six years in prison for stealing £2.3 million from customers' accounts over a decade.", [
 ("Ivo Rask was sentenced to six years in prison.", True),
 ("Rask stole £2.3 million from customers' accounts.", True),
 ("Ivo Rask was sentenced to sixteen years.", False),
 ("Rask was acquitted of stealing from customers.", False),
 ("Rask stole £3.2 million.", False),
 ("Customers stole £2.3 million from Rask.", False),
])
_add("Heavy snow closed Kell airport for most of Friday, and about 150 flights were cancelled; the airport said it hoped to reopen fully on Saturday morning.", [
 ("Heavy snow closed Kell airport on Friday.", True),
 ("About 150 flights were cancelled.", True),
 ("About 150 flights were delayed.", False),
 ("The airport reopened fully on Friday evening.", False),
 ("Fog closed Kell airport.", False),
 ("The airport will reopen fully on Saturday morning.", False),
])
_add("Orla Penn, the head of the charity Safe Harbour, said demand at its food banks had doubled in a year, with 30,000 parcels handed out in October alone.", [
 ("Demand at Safe Harbour's food banks has doubled in a year.", True),
 ("30,000 parcels were handed out in October.", True),
 ("Demand at the food banks has halved.", False),
 ("3,000 parcels were handed out in October.", False),
 ("Demand has tripled in a year.", False),
 ("The government said demand had doubled.", False),
])
_add("The Astel Space Agency postponed the launch of its first moon probe for a second time on Thursday after engineers found a fuel leak; no new date has been set.", [
 ("The launch of the moon probe was postponed.", True),
 ("Engineers found a fuel leak.", True),
 ("The moon probe was launched on Thursday.", False),
 ("The launch was postponed for the first time.", False),
 ("The launch has been rescheduled for next week.", False),
 ("Engineers found a crack in the probe.", False),
])
# round 279
_add("Dairy farmer Ned Fosk was awarded £85,000 in damages after a court found that a neighbour's pesticide spraying had poisoned his herd.", [
 ("Ned Fosk was awarded £85,000 in damages.", True),
 ("A court found a neighbour's spraying poisoned Fosk's herd.", True),
 ("Fosk's neighbour was awarded £85,000.", False),
 ("Fosk was ordered to pay £85,000 in damages.", False),
 ("Fosk was awarded £58,000.", False),
 ("Fosk's spraying poisoned his neighbour's herd.", False),
])
_add("The number of people sleeping rough in Arden rose to 410 this autumn, up from 260 a year ago, the council's count found.", [
 ("410 people were sleeping rough in Arden this autumn.", True),
 ("The number was 260 a year ago.", True),
 ("The number of people sleeping rough fell to 410.", False),
 ("The number was 410 a year ago.", False),
 ("Charities found 410 people sleeping rough.", False),
 ("The number of rough sleepers rose to 260.", False),
])
_add("Lightning struck the spire of St Owen's church in Brill during a storm on Monday night, sending stones crashing onto a parked car, but nobody was injured.", [
 ("Lightning struck the spire of St Owen's church.", True),
 ("Nobody was injured.", True),
 ("A driver was injured when stones fell on a car.", False),
 ("Lightning struck the church roof.", False),
 ("The storm was on Tuesday night.", False),
 ("Stones fell onto a parked bus.", False),
])
_add("Veln Motors will recall 90,000 vans because a faulty seatbelt may not hold in a crash, though it said it knew of no injuries.", [
 ("Veln Motors will recall 90,000 vans.", True),
 ("Veln said it knew of no injuries.", True),
 ("Veln Motors will recall 9,000 vans.", False),
 ("The faulty seatbelt has caused injuries.", False),
 ("The recall is because of faulty brakes.", False),
 ("Veln Motors will recall 90,000 cars.", False),
])
_add("Opposition leader Kai Brandt accused the government of hiding the true cost of the new stadium, which he said could reach £900 million, three times the original estimate.", [
 ("Kai Brandt accused the government of hiding the cost of the stadium.", True),
 ("Brandt said the cost could reach £900 million.", True),
 ("The government accused Kai Brandt of hiding the cost.", False),
 ("The stadium will cost £900 million.", False),
 ("The cost could reach twice the original estimate.", False),
 ("Brandt said the cost could reach £90 million.", False),
])
# round 280
_add("The Tarvin council has postponed a vote on closing two care homes until March after 3,000 people signed a petition against the plan, council leader Amy Rusk said.", [
 ("The vote on closing two care homes has been postponed until March.", True),
 ("About 3,000 people signed a petition against the plan.", True),
 ("The council voted to close two care homes.", False),
 ("The vote was postponed until May.", False),
 ("3,000 people signed a petition supporting the plan.", False),
 ("Petitioners said the vote had been postponed.", False),
])
_add("Brookfield Athletic have signed striker Leon Marsh from rivals Dunby City for a club record £6 million, beating Calder United to his signature.", [
 ("Brookfield Athletic signed Leon Marsh from Dunby City.", True),
 ("The fee was a club record £6 million.", True),
 ("Dunby City signed Leon Marsh from Brookfield Athletic.", False),
 ("Calder United signed Leon Marsh.", False),
 ("The fee was £16 million.", False),
 ("Brookfield Athletic signed a goalkeeper.", False),
])
_add("A sinkhole about 10 metres wide opened on Carne Road on Wednesday night, swallowing a parked van; engineers said the road could stay shut for weeks.", [
 ("A sinkhole opened on Carne Road on Wednesday night.", True),
 ("Engineers said the road could stay shut for weeks.", True),
 ("The sinkhole swallowed a bus.", False),
 ("The road will stay shut for weeks.", False),
 ("The sinkhole was about 100 metres wide.", False),
 ("The sinkhole opened on Thursday night.", False),
])
_add("Pharmacist Nia Dorr, 52, was struck off on Monday after a tribunal found she had sold prescription drugs without prescriptions for two years.", [
 ("Nia Dorr was struck off on Monday.", True),
 ("A tribunal found she had sold drugs without prescriptions.", True),
 ("Nia Dorr was cleared by the tribunal.", False),
 ("She sold drugs without prescriptions for five years.", False),
 ("Nia Dorr was struck off on Friday.", False),
 ("The tribunal found she had stolen prescription drugs.", False),
])
_add("Unemployment in Osterlund fell to 5.1% in the three months to June, its lowest level since 2008, although the number of people in work also dipped slightly.", [
 ("Unemployment fell to 5.1% in the three months to June.", True),
 ("It is the lowest level since 2008.", True),
 ("Unemployment rose to 5.1%.", False),
 ("It is the lowest level since 1998.", False),
 ("The number of people in work rose.", False),
 ("Unemployment fell to 5.1% in the three months to March.", False),
])
# round 281
_add("The Harrow Valley railway will reopen in September after a three-year, £40 million restoration, the heritage trust that owns it announced.", [
 ("The Harrow Valley railway will reopen in September.", True),
 ("The restoration cost £40 million.", True),
 ("The railway reopened in September.", False),
 ("The restoration took five years.", False),
 ("The government owns the railway.", False),
 ("The railway will close in September.", False),
])
_add("Doctors at Kenmore General separated conjoined twins in a 14-hour operation last month, and both girls are now breathing on their own, the hospital said on Tuesday.", [
 ("Doctors separated conjoined twins in a 14-hour operation.", True),
 ("Both girls are breathing on their own.", True),
 ("The operation lasted 40 hours.", False),
 ("One of the girls died after the operation.", False),
 ("The twins were boys.", False),
 ("The operation took place last week.", False),
])
_add("Voters in Selby Bay rejected plans for a 40-turbine wind farm off the coast by 58% to 42% in a local referendum on Sunday.", [
 ("Voters rejected plans for a wind farm off the coast.", True),
 ("The result was 58% to 42%.", True),
 ("Voters approved plans for a wind farm.", False),
 ("The wind farm would have had 14 turbines.", False),
 ("The referendum was held on Saturday.", False),
 ("The plan was rejected by 62% of voters.", False),
])
_add("Tenor Paolo Venn cancelled his concert in Lorrin hours before it was due to start on Friday, citing a throat infection, and promised refunds to all ticket holders.", [
 ("Paolo Venn cancelled his concert in Lorrin.", True),
 ("He cited a throat infection.", True),
 ("The concert was cancelled a week before it was due to start.", False),
 ("Venn postponed the concert.", False),
 ("He cited a back injury.", False),
 ("Ticket holders will not get refunds.", False),
])
_add("Fishing boats from Keld will be banned from the Marrow Bank for six months from January to let cod stocks recover, the fisheries agency said, angering local crews.", [
 ("Boats from Keld will be banned from the Marrow Bank for six months.", True),
 ("The ban is meant to let cod stocks recover.", True),
 ("The ban will last six years.", False),
 ("Local crews welcomed the ban.", False),
 ("The ban is meant to let herring stocks recover.", False),
 ("Local crews said the ban would start in January.", False),
])
# round 282
_add("Ferrin Bank will close 45 of its 120 branches by the end of next year, blaming a shift to online banking, and says about 600 jobs will go.", [
 ("Ferrin Bank will close 45 branches.", True),
 ("The bank blamed a shift to online banking.", True),
 ("Ferrin Bank will close all 120 of its branches.", False),
 ("About 6,000 jobs will go.", False),
 ("The branches closed last year.", False),
 ("Ferrin Bank will open 45 branches.", False),
])
_add("Climber Jo Brant became the youngest person to scale all 14 of the world's highest peaks without bottled oxygen, reaching the top of Mount Varo on Saturday aged 26.", [
 ("Jo Brant climbed all 14 of the world's highest peaks without bottled oxygen.", True),
 ("Brant was 26 when she reached the top of Mount Varo.", True),
 ("Jo Brant used bottled oxygen on her climbs.", False),
 ("Brant became the oldest person to scale all 14 peaks.", False),
 ("Brant reached the top of Mount Varo on Sunday.", False),
 ("Brant was 36.", False),
])
_add("An inquest found that cyclist Owen Pask died after his bike hit a pothole on Fenwick Lane, and the coroner said the council had failed to repair it despite two complaints.", [
 ("Owen Pask died after his bike hit a pothole.", True),
 ("The coroner said the council had failed to repair the pothole.", True),
 ("The council repaired the pothole after two complaints.", False),
 ("Owen Pask died after his bike hit a car.", False),
 ("The coroner said there had been five complaints.", False),
 ("The council said it had failed to repair the pothole.", False),
])
_add("The Selden Orchestra has appointed 34-year-old Mira Kahn as its first female chief conductor, replacing Hans Orley, who retires in the summer after 20 years.", [
 ("Mira Kahn is the orchestra's first female chief conductor.", True),
 ("Hans Orley retires in the summer.", True),
 ("Hans Orley has been appointed chief conductor.", False),
 ("Hans Orley is retiring after 12 years.", False),
 ("Mira Kahn is 43.", False),
 ("Mira Kahn replaced Hans Orley, who was sacked.", False),
])
_add("Rain delayed the start of the final Test in Corran by three hours on Thursday, and only 31 overs were possible before bad light ended play.", [
 ("Rain delayed the start of the final Test by three hours.", True),
 ("Only 31 overs were possible on Thursday.", True),
 ("Rain delayed the start by five hours.", False),
 ("Rain ended play on Thursday.", False),
 ("Only 13 overs were possible.", False),
 ("The match was abandoned without a ball bowled.", False),
])
# round 283
_add("Hospital admissions for flu in Darra doubled in the past week to 840, and health officials urged people over 65 to get vaccinated.", [
 ("Hospital admissions for flu doubled in the past week.", True),
 ("Officials urged people over 65 to get vaccinated.", True),
 ("Flu admissions halved in the past week.", False),
 ("Admissions rose to 480.", False),
 ("Officials urged children to get vaccinated.", False),
 ("People over 65 were ordered to get vaccinated.", False),
])
_add("The Lenmark government has agreed to pay £120 million to settle claims from 4,000 former miners over lung disease, ending a legal fight that lasted 11 years.", [
 ("The government agreed to pay £120 million.", True),
 ("The legal fight lasted 11 years.", True),
 ("The miners agreed to pay the government £120 million.", False),
 ("The government will pay £12 million.", False),
 ("The claims came from 40,000 former miners.", False),
 ("The government lost the legal fight in court.", False),
])
_add("Ostria's president, Lev Danek, pardoned opposition leader Ivo Grell on Tuesday, three years into a nine-year sentence for fraud that Grell's supporters say was politically motivated.", [
 ("Lev Danek pardoned Ivo Grell.", True),
 ("Grell had served three years of a nine-year sentence.", True),
 ("Ivo Grell pardoned Lev Danek.", False),
 ("Grell was serving a sentence for treason.", False),
 ("Danek said the sentence was politically motivated.", False),
 ("Grell had served six years of his sentence.", False),
])
_add("A cargo ship ran aground in the Tessel Strait early on Sunday, blocking the channel for 12 hours before tugs refloated it; no oil was spilled.", [
 ("A cargo ship ran aground in the Tessel Strait.", True),
 ("No oil was spilled.", True),
 ("The ship blocked the channel for two days.", False),
 ("Oil was spilled into the strait.", False),
 ("An oil tanker ran aground.", False),
 ("Tugs failed to refloat the ship.", False),
])
_add("The Kessel Prize for science writing went to Dara Moon for 'The Hidden Sea', a book about deep ocean life, the judges announced on Monday; the prize is worth £25,000.", [
 ("Dara Moon won the Kessel Prize.", True),
 ("The prize is worth £25,000.", True),
 ("'The Hidden Sea' is about rainforests.", False),
 ("The prize is worth £52,000.", False),
 ("Dara Moon announced the winner on Monday.", False),
 ("The Kessel Prize is for poetry.", False),
])
# round 284
_add("Grain prices jumped 7% on Monday after Varnia suspended exports, citing a poor harvest, traders said.", [
 ("Grain prices jumped 7% on Monday.", True),
 ("Varnia suspended exports.", True),
 ("Grain prices fell 7% on Monday.", False),
 ("Varnia suspended imports.", False),
 ("Varnia cited a good harvest.", False),
 ("Varnia said grain prices jumped 7%.", False),
])
_add("A 19th-century painting by Ellen Shaw that hung unnoticed in a Grayford school for decades sold at auction for £310,000, ten times its estimate.", [
 ("The painting sold for £310,000.", True),
 ("The painting hung in a school for decades.", True),
 ("The painting sold for twice its estimate.", False),
 ("The painting is from the 18th century.", False),
 ("The painting was stolen from a Grayford school.", False),
 ("The painting sold for £130,000.", False),
])
_add("The Corby Dam reservoir is at 38% of capacity after the driest spring in 60 years, and a hosepipe ban will begin on Friday, Corby Water said.", [
 ("The reservoir is at 38% of capacity.", True),
 ("A hosepipe ban will begin on Friday.", True),
 ("The reservoir is at 83% of capacity.", False),
 ("It was the wettest spring in 60 years.", False),
 ("The hosepipe ban has been lifted.", False),
 ("The hosepipe ban will begin on Monday.", False),
])
_add("Judge Ann Peel jailed former councillor Rob Tay for 18 months for taking bribes from a builder, saying he had betrayed the voters who elected him.", [
 ("Rob Tay was jailed for 18 months.", True),
 ("Tay took bribes from a builder.", True),
 ("Rob Tay was jailed for 18 years.", False),
 ("Ann Peel was jailed for taking bribes.", False),
 ("Tay paid bribes to a builder.", False),
 ("Rob Tay said he had betrayed the voters.", False),
])
_add("The Orrin Valley line reopened on Monday after a landslide closed it for five weeks, but trains will run at reduced speed until May, the operator said.", [
 ("The Orrin Valley line reopened on Monday.", True),
 ("The landslide closed the line for five weeks.", True),
 ("The line was closed by flooding.", False),
 ("Trains will run at full speed from Monday.", False),
 ("The line will reopen in May.", False),
 ("The landslide closed the line for five months.", False),
])
# round 285
_add("Salmon numbers in the River Esk have fallen by 70% in a decade, a survey found, and anglers blame seal numbers, though scientists point to warmer seas.", [
 ("Salmon numbers in the River Esk have fallen by 70% in a decade.", True),
 ("Anglers blame seal numbers.", True),
 ("Scientists blame seal numbers.", False),
 ("Salmon numbers have risen by 70%.", False),
 ("Salmon numbers have fallen by 70% in a year.", False),
 ("Anglers point to warmer seas.", False),
])
_add("Tech firm Lumo will move its headquarters from Garth to Pellham next year, creating 300 jobs in Pellham, though 150 roles in Garth will be cut.", [
 ("Lumo will move its headquarters to Pellham.", True),
 ("150 roles in Garth will be cut.", True),
 ("Lumo will move its headquarters from Pellham to Garth.", False),
 ("The move will create 300 jobs in Garth.", False),
 ("No jobs will be cut.", False),
 ("Lumo moved its headquarters last year.", False),
])
_add("A four-year-old girl who went missing in Hollin Forest was found safe and well after an overnight search involving 200 volunteers and a police helicopter.", [
 ("The girl was found safe and well.", True),
 ("About 200 volunteers joined the search.", True),
 ("The girl was found injured.", False),
 ("The search lasted a week.", False),
 ("About 2,000 volunteers joined the search.", False),
 ("A four-year-old boy went missing.", False),
])
_add("The mayor of Dunfirth, Carl Ebb, survived a no-confidence vote by 22 votes to 19 on Wednesday, after critics accused him of mishandling the city's budget.", [
 ("Carl Ebb survived a no-confidence vote.", True),
 ("Critics accused him of mishandling the budget.", True),
 ("Carl Ebb lost a no-confidence vote.", False),
 ("The vote was 29 to 12.", False),
 ("Ebb accused his critics of mishandling the budget.", False),
 ("Carl Ebb resigned after the vote.", False),
])
_add("Shares in carmaker Velo rose 11% after it reported record quarterly sales of 90,000 vehicles, helped by strong demand in Asia.", [
 ("Shares in Velo rose 11%.", True),
 ("Velo reported record quarterly sales.", True),
 ("Shares in Velo fell 11%.", False),
 ("Velo sold 19,000 vehicles in the quarter.", False),
 ("Sales were helped by strong demand in Europe.", False),
 ("Velo reported record annual sales.", False),
])
# round 286
_add("The Tamber Bridge will close to all traffic for eight weeks from 3 June for repairs, and a free shuttle bus will run every 15 minutes, the county said.", [
 ("The Tamber Bridge will close for eight weeks.", True),
 ("A free shuttle bus will run every 15 minutes.", True),
 ("The bridge will close for six weeks.", False),
 ("The bridge will stay open to buses.", False),
 ("The shuttle bus will cost £2.", False),
 ("The bridge will close from 3 July.", False),
])
_add("Three teenagers were rescued from the sea off Brinton Beach on Saturday after being swept out by a rip current; one was taken to hospital as a precaution.", [
 ("Three teenagers were rescued from the sea.", True),
 ("One was taken to hospital as a precaution.", True),
 ("Three teenagers drowned off Brinton Beach.", False),
 ("All three were taken to hospital.", False),
 ("The teenagers were rescued on Sunday.", False),
 ("One was taken to hospital with serious injuries.", False),
])
_add("The Renwick Gallery will charge visitors £12 for entry from April, ending 40 years of free admission, because its council grant has been cut by half.", [
 ("The Renwick Gallery will charge £12 for entry from April.", True),
 ("Its council grant has been cut by half.", True),
 ("Entry has been free for 14 years.", False),
 ("The gallery will charge £20 for entry.", False),
 ("The gallery's grant has been doubled.", False),
 ("Entry will remain free.", False),
])
_add("Kelso Airways pilots will strike for 48 hours from Friday after talks over pay broke down, the pilots' union said, warning of more walkouts in the summer.", [
 ("Kelso Airways pilots will strike for 48 hours.", True),
 ("Talks over pay broke down.", True),
 ("The pilots have called off their strike.", False),
 ("Cabin crew will strike for 48 hours.", False),
 ("The airline said pilots would strike.", False),
 ("Pilots will strike for 24 hours.", False),
])
_add("A study of 12,000 adults found that those who ate nuts daily had a 20% lower risk of heart disease, but the researchers said other habits could explain the link.", [
 ("The study involved 12,000 adults.", True),
 ("Those who ate nuts daily had a 20% lower risk of heart disease.", True),
 ("Eating nuts daily cuts the risk of heart disease by 20%.", False),
 ("The study involved 1,200 adults.", False),
 ("Those who ate nuts had a 20% higher risk.", False),
 ("The researchers ruled out other explanations.", False),
])
# round 287
_add("Firefighters spent six hours tackling a blaze at a timber yard in Ostby on Tuesday night; the owner said damage would run to about £2 million.", [
 ("Firefighters tackled a blaze at a timber yard in Ostby.", True),
 ("The owner said damage would run to about £2 million.", True),
 ("Firefighters spent 16 hours tackling the blaze.", False),
 ("The blaze was at a furniture factory.", False),
 ("Firefighters said damage would run to £2 million.", False),
 ("The fire broke out on Wednesday night.", False),
])
_add("Parliament passed a law raising the age for buying cigarettes by one year every year, meaning nobody born after 2010 will ever be able to buy them legally.", [
 ("Parliament passed a law on the age for buying cigarettes.", True),
 ("Nobody born after 2010 will be able to buy cigarettes legally.", True),
 ("Parliament rejected a law raising the age for buying cigarettes.", False),
 ("Nobody born after 2001 will be able to buy cigarettes.", False),
 ("The law bans smoking in public places.", False),
 ("The age will rise by two years every year.", False),
])
_add("The Gedde Museum returned 12 bronze masks to Ulara on Friday, 130 years after British soldiers took them, in a ceremony attended by Ulara's culture minister.", [
 ("The Gedde Museum returned 12 bronze masks to Ulara.", True),
 ("British soldiers took the masks 130 years ago.", True),
 ("Ulara returned the masks to the Gedde Museum.", False),
 ("The museum returned 20 masks.", False),
 ("French soldiers took the masks.", False),
 ("The masks were bought 130 years ago.", False),
])
_add("Police in Varley said a man had been charged with dangerous driving after a car hit a bus shelter, injuring two women, one seriously.", [
 ("A man has been charged with dangerous driving.", True),
 ("Two women were injured.", True),
 ("A woman has been charged with dangerous driving.", False),
 ("Both women were seriously injured.", False),
 ("The car hit a shop.", False),
 ("Two women were killed.", False),
])
_add("Dairy firm Creel will raise the price it pays farmers by 2p a litre from May, the first rise in 18 months, after milk supplies fell.", [
 ("Creel will raise the price it pays farmers by 2p a litre.", True),
 ("It is the first rise in 18 months.", True),
 ("Creel will cut the price it pays farmers.", False),
 ("The rise is 12p a litre.", False),
 ("It is the first rise in eight months.", False),
 ("The rise comes after milk supplies rose.", False),
])
# round 288
_add("Novelist Sara Lenz has said she will stop writing after her next book, due out in October, telling an interviewer she wanted to spend more time painting.", [
 ("Sara Lenz said she will stop writing after her next book.", True),
 ("Her next book is due out in October.", True),
 ("Sara Lenz has stopped writing.", False),
 ("Her next book is due out in December.", False),
 ("Lenz wants to spend more time travelling.", False),
 ("Her publisher said she will stop writing.", False),
])
_add("Emergency crews evacuated 80 homes in Wexley after a gas main burst on Thursday; residents were allowed back after eight hours.", [
 ("Crews evacuated 80 homes in Wexley.", True),
 ("Residents were allowed back after eight hours.", True),
 ("Crews evacuated 18 homes.", False),
 ("Residents were kept out for eight days.", False),
 ("A water main burst in Wexley.", False),
 ("Residents refused to leave their homes.", False),
])
_add("England captain Tom Reade was ruled out of the tour with a hamstring injury on Monday, and vice-captain Ben Solly will lead the side.", [
 ("Tom Reade was ruled out of the tour.", True),
 ("Ben Solly will lead the side.", True),
 ("Ben Solly was ruled out with a hamstring injury.", False),
 ("Tom Reade will lead the side.", False),
 ("Reade was ruled out with a knee injury.", False),
 ("Reade was ruled out on Friday.", False),
])
_add("The Halvern Trust has bought a 600-acre estate on the Lune estuary for £9 million and plans to turn it into a nature reserve, with public access from next spring.", [
 ("The Halvern Trust bought a 600-acre estate.", True),
 ("The trust plans to turn it into a nature reserve.", True),
 ("The trust sold a 600-acre estate.", False),
 ("The estate cost £90 million.", False),
 ("The estate has been turned into a nature reserve.", False),
 ("The public will have access from this autumn.", False),
])
_add("Inflation in Corland eased to 3.4% in March from 3.9% in February, the statistics office said, as food prices rose more slowly.", [
 ("Inflation eased to 3.4% in March.", True),
 ("Inflation was 3.9% in February.", True),
 ("Inflation rose to 3.4% in March.", False),
 ("Inflation was 3.4% in February.", False),
 ("Food prices fell in March.", False),
 ("The central bank said inflation eased.", False),
])
# round 289
_add("A landslide buried part of the village of Tarro on Sunday after days of heavy rain; 14 people are missing and rescuers have pulled three survivors from the mud.", [
 ("A landslide buried part of Tarro.", True),
 ("Rescuers have pulled three survivors from the mud.", True),
 ("Fourteen people were killed.", False),
 ("Rescuers have pulled 14 survivors from the mud.", False),
 ("The landslide followed an earthquake.", False),
 ("Three people are missing.", False),
])
_add("Lawmakers in Penrose voted to lower the voting age to 16 for local elections, a change that will apply from next year's polls, but not to national elections.", [
 ("Lawmakers voted to lower the voting age to 16 for local elections.", True),
 ("The change will apply from next year's polls.", True),
 ("The voting age will be lowered to 16 for national elections.", False),
 ("Lawmakers voted to lower the voting age to 17.", False),
 ("Lawmakers rejected lowering the voting age.", False),
 ("The change applied at this year's polls.", False),
])
_add("Pelham Rovers manager Lee Stott was fined £8,000 and banned from the touchline for three matches for abusing a referee after Saturday's defeat at Hadley.", [
 ("Lee Stott was fined £8,000.", True),
 ("Stott was banned from the touchline for three matches.", True),
 ("The referee was fined £8,000.", False),
 ("Stott was banned for five matches.", False),
 ("Stott abused a referee after Saturday's win at Hadley.", False),
 ("Stott was fined £80,000.", False),
])
_add("Nurse Jan Obi, who has worked at Felby Hospital for 45 years, was made an MBE in the birthday honours; she said she was 'shocked but thrilled'.", [
 ("Jan Obi was made an MBE.", True),
 ("She has worked at Felby Hospital for 45 years.", True),
 ("Jan Obi has worked at Felby Hospital for 54 years.", False),
 ("Jan Obi was made an OBE.", False),
 ("Jan Obi said she was disappointed.", False),
 ("Jan Obi was made an MBE in the new year honours.", False),
])
_add("Sugar tax revenue raised £340 million last year, less than half the £800 million the treasury forecast, because firms cut sugar from drinks faster than expected.", [
 ("The sugar tax raised £340 million last year.", True),
 ("The treasury had forecast £800 million.", True),
 ("The sugar tax raised more than the treasury forecast.", False),
 ("The sugar tax raised £800 million last year.", False),
 ("Firms cut sugar from drinks more slowly than expected.", False),
 ("The treasury had forecast £340 million.", False),
])
# round 290
_add("The Calder Dock workers' union accepted a 7% pay offer on Thursday, ending a three-week strike that had left 40 ships waiting to unload.", [
 ("The union accepted a 7% pay offer.", True),
 ("The strike lasted three weeks.", True),
 ("The union rejected a 7% pay offer.", False),
 ("The strike had left 14 ships waiting to unload.", False),
 ("The strike lasted three months.", False),
 ("The union accepted a 9% pay offer.", False),
])
_add("A woman aged 62 was killed when a tree fell on her car during high winds in Stanmoor on Tuesday; her husband, who was driving, escaped with cuts.", [
 ("A woman was killed when a tree fell on her car.", True),
 ("Her husband escaped with cuts.", True),
 ("Her husband was killed when a tree fell on the car.", False),
 ("The woman was driving the car.", False),
 ("The woman was 26.", False),
 ("The tree fell during heavy snow.", False),
])
_add("Vintner Wine Co has recalled 12,000 bottles of rosé after finding shards of glass in a small number of them, the food standards agency said.", [
 ("Vintner Wine Co has recalled 12,000 bottles of rosé.", True),
 ("Shards of glass were found in a small number of bottles.", True),
 ("Vintner Wine Co has recalled 12,000 bottles of red wine.", False),
 ("Shards of glass were found in most of the bottles.", False),
 ("Vintner Wine Co said it had recalled the bottles.", False),
 ("The company recalled 1,200 bottles.", False),
])
_add("Professor Hana Lutz, who discovered the Kessin comet in 1987, has been awarded the Royal Astronomy Medal, becoming only the second woman to receive it.", [
 ("Hana Lutz has been awarded the Royal Astronomy Medal.", True),
 ("Lutz discovered the Kessin comet in 1987.", True),
 ("Lutz is the first woman to receive the medal.", False),
 ("Lutz discovered the Kessin comet in 1978.", False),
 ("Lutz discovered a new planet.", False),
 ("Lutz turned down the medal.", False),
])
_add("Hartley council will spend £6 million repairing 300 miles of roads this year, but says it would need £40 million to fix every pothole.", [
 ("The council will spend £6 million repairing roads.", True),
 ("It would need £40 million to fix every pothole.", True),
 ("The council will spend £40 million repairing roads.", False),
 ("The council will fix every pothole this year.", False),
 ("The council will repair 30 miles of roads.", False),
 ("The council said it would need £6 million to fix every pothole.", False),
])
# round 291
_add("Ravel Airways will cut 900 jobs and retire its oldest 12 aircraft after losing £210 million last year, its chief executive, Omar Fell, told staff on Monday.", [
 ("Ravel Airways will cut 900 jobs.", True),
 ("Ravel lost £210 million last year.", True),
 ("Ravel Airways will cut 9,000 jobs.", False),
 ("Ravel made a profit of £210 million last year.", False),
 ("Ravel will buy 12 new aircraft.", False),
 ("Omar Fell was told about the cuts by staff.", False),
])
_add("A jury at Selwick Crown Court found Ben Orrin not guilty of arson on Friday, but guilty of burglary; he will be sentenced next month.", [
 ("Ben Orrin was found guilty of burglary.", True),
 ("Orrin will be sentenced next month.", True),
 ("Ben Orrin was found guilty of arson.", False),
 ("Ben Orrin was found not guilty of burglary.", False),
 ("Orrin was sentenced on Friday.", False),
 ("A judge found Orrin not guilty of arson.", False),
])
_add("Wildfires in the Terran hills have burned 8,000 hectares since Sunday, and about 1,500 people have been moved from their homes, though no deaths have been reported.", [
 ("Wildfires have burned 8,000 hectares since Sunday.", True),
 ("About 1,500 people have been moved from their homes.", True),
 ("Wildfires have burned 80,000 hectares.", False),
 ("Several people have died in the wildfires.", False),
 ("About 15,000 people have been moved from their homes.", False),
 ("The fires started on Monday.", False),
])
_add("Astra Cinemas will close its Dunlow site in March after attendance fell by a third over five years, but its other 24 cinemas will stay open.", [
 ("Astra Cinemas will close its Dunlow site in March.", True),
 ("Its other 24 cinemas will stay open.", True),
 ("Astra Cinemas will close 24 cinemas.", False),
 ("Attendance fell by half over five years.", False),
 ("Attendance at the Dunlow site rose.", False),
 ("The Dunlow site will close in May.", False),
])
_add("Ornithologists counted 46 pairs of white-tailed eagles nesting in Carra this year, up from 31 in 2020, after a reintroduction scheme began in 2009.", [
 ("46 pairs of white-tailed eagles nested in Carra this year.", True),
 ("The reintroduction scheme began in 2009.", True),
 ("There were 46 pairs in 2020.", False),
 ("The number of nesting pairs fell.", False),
 ("The reintroduction scheme began in 2019.", False),
 ("Ornithologists counted 46 pairs of golden eagles.", False),
])
# round 292
_add("Teenager Lia Marsh set a national record in the 400 metres on Saturday, beating the previous mark set by her coach, Ana Ferro, in 1998.", [
 ("Lia Marsh set a national record in the 400 metres.", True),
 ("The previous record was set by Ana Ferro.", True),
 ("Ana Ferro set a national record on Saturday.", False),
 ("The previous record was set in 1989.", False),
 ("Lia Marsh set a world record.", False),
 ("Lia Marsh coaches Ana Ferro.", False),
])
_add("The Kessock ferry will stop running at the end of May because the council can no longer afford the £1.1 million yearly subsidy, ending 300 years of crossings.", [
 ("The Kessock ferry will stop running at the end of May.", True),
 ("The council can no longer afford the subsidy.", True),
 ("The ferry will run again at the end of May.", False),
 ("The subsidy is £11 million a year.", False),
 ("Crossings began 30 years ago.", False),
 ("The government can no longer afford the subsidy.", False),
])
_add("Bacteria in a hospital water supply in Lowmere infected 11 patients, three of whom later died, an inquiry found, though it could not say whether the infection caused their deaths.", [
 ("Bacteria in the water supply infected 11 patients.", True),
 ("Three of the patients later died.", True),
 ("The infection caused three deaths.", False),
 ("Eleven patients died.", False),
 ("Bacteria infected 11 staff.", False),
 ("The inquiry found the infection did not cause the deaths.", False),
])
_add("Farmers in Wenholt will be paid £300 an acre to plant hedges and leave field margins wild, under a scheme launched on Monday by the environment ministry.", [
 ("Farmers will be paid £300 an acre to plant hedges.", True),
 ("The environment ministry launched the scheme on Monday.", True),
 ("Farmers will be paid £30 an acre.", False),
 ("Farmers will be paid to remove hedges.", False),
 ("Farmers will pay £300 an acre.", False),
 ("The farming union launched the scheme.", False),
])
_add("Striker Tom Kade scored twice as Harlton beat Pennick 3-1 on Saturday, and Harlton moved up to second in the table, two points behind leaders Osmund.", [
 ("Tom Kade scored twice.", True),
 ("Harlton moved up to second in the table.", True),
 ("Harlton moved to the top of the table.", False),
 ("Tom Kade scored three times.", False),
 ("Pennick beat Harlton 3-1.", False),
 ("Harlton are two points behind Pennick.", False),
])
# round 293
_add("Medics at Fenwick Hospital will walk out for 72 hours from Tuesday, but emergency care will continue, the union said; the health board called the strike regrettable.", [
 ("Medics will walk out for 72 hours from Tuesday.", True),
 ("Emergency care will continue, the union said.", True),
 ("Emergency care will stop during the strike.", False),
 ("The strike will last 48 hours.", False),
 ("The union called the strike regrettable.", False),
 ("Medics will walk out from Thursday.", False),
])
_add("Sales at grocer Harvest Hall rose 3% in the 12 weeks to March, but profit margins narrowed as it cut prices to compete with discount chains.", [
 ("Sales at Harvest Hall rose 3%.", True),
 ("Harvest Hall cut prices to compete with discount chains.", True),
 ("Sales fell 3% in the 12 weeks to March.", False),
 ("Profit margins widened.", False),
 ("Harvest Hall raised prices.", False),
 ("Sales rose 3% in the 12 weeks to June.", False),
])
_add("A rare 1933 penny found in a jar of coins by a schoolboy in Cresby sold at auction for £48,000, the auction house said.", [
 ("A rare 1933 penny sold at auction for £48,000.", True),
 ("A schoolboy found the penny in a jar of coins.", True),
 ("The penny sold for £4,800.", False),
 ("The penny was from 1953.", False),
 ("A schoolgirl found the penny.", False),
 ("The schoolboy said the penny sold for £48,000.", False),
])
_add("Unions in Marrick called off a planned bus strike on Wednesday after the operator improved its pay offer to 6%, from 4.5%.", [
 ("Unions called off a planned bus strike.", True),
 ("The operator improved its pay offer to 6%.", True),
 ("Bus drivers went on strike on Wednesday.", False),
 ("The operator cut its pay offer to 4.5%.", False),
 ("The unions improved their pay offer.", False),
 ("The operator's offer rose from 4% to 6%.", False),
])
_add("Police found 300 cannabis plants in a disused bank in Hollow Street on Monday and arrested two men, aged 24 and 31.", [
 ("Police found 300 cannabis plants in a disused bank.", True),
 ("Police arrested two men.", True),
 ("Police found 3,000 cannabis plants.", False),
 ("Police arrested three men.", False),
 ("The men were aged 24 and 41.", False),
 ("Police found the plants in a disused church.", False),
])
# round 294
_add("The Pellan Space Agency lost contact with its Mars orbiter on Friday after 11 years in service, far longer than the two years it was built to last.", [
 ("The agency lost contact with its Mars orbiter on Friday.", True),
 ("The orbiter had been in service for 11 years.", True),
 ("The orbiter was built to last 11 years.", False),
 ("The agency regained contact with the orbiter.", False),
 ("The orbiter was built to last five years.", False),
 ("The agency lost contact with its Moon lander.", False),
])
_add("Around 60 homes in Dray were flooded on Sunday night after a river burst its banks, and the Environment Agency said more rain was expected on Wednesday.", [
 ("Around 60 homes were flooded on Sunday night.", True),
 ("The Environment Agency said more rain was expected on Wednesday.", True),
 ("Around 600 homes were flooded.", False),
 ("The Environment Agency said no more rain was expected.", False),
 ("The homes were flooded on Monday night.", False),
 ("A burst water main flooded the homes.", False),
])
_add("The Avery Trust has given £2 million to Northgate University to fund scholarships for students from low-income families, the largest gift in the university's history.", [
 ("The Avery Trust gave £2 million to Northgate University.", True),
 ("It is the largest gift in the university's history.", True),
 ("Northgate University gave £2 million to the Avery Trust.", False),
 ("The gift will fund new buildings.", False),
 ("The trust gave £20 million.", False),
 ("It is the second-largest gift in the university's history.", False),
])
_add("Inspectors rated Copse Lane care home inadequate on Tuesday, citing poor hygiene and staff shortages, and the home has been barred from taking new residents.", [
 ("Inspectors rated Copse Lane care home inadequate.", True),
 ("The home has been barred from taking new residents.", True),
 ("Inspectors rated the home good.", False),
 ("Inspectors cited poor food.", False),
 ("The home will take more residents.", False),
 ("The home has been closed.", False),
])
_add("Prime minister Eda Corr survived a leadership challenge by 201 votes to 152 on Wednesday night, but 40 of her own MPs voted against her.", [
 ("Eda Corr survived a leadership challenge.", True),
 ("The vote was 201 to 152.", True),
 ("Eda Corr lost a leadership challenge.", False),
 ("The vote was 210 to 125.", False),
 ("All of her MPs backed her.", False),
 ("Fourteen of her own MPs voted against her.", False),
])
# round 295
_add("The Tarnby Festival will move from July to September next year to avoid clashing with the Ostley games, organisers said, and ticket prices will be frozen.", [
 ("The festival will move from July to September next year.", True),
 ("Ticket prices will be frozen.", True),
 ("The festival will move from September to July.", False),
 ("Ticket prices will rise.", False),
 ("The festival moved to September this year.", False),
 ("The Ostley games organisers said the festival would move.", False),
])
_add("A 14th-century bridge in Lorne that was swept away by floods in 2019 has reopened after being rebuilt stone by stone with 80% of its original stones.", [
 ("The bridge has reopened after being rebuilt.", True),
 ("It was swept away by floods in 2019.", True),
 ("The bridge was rebuilt with new stones.", False),
 ("The bridge dates from the 16th century.", False),
 ("The bridge was swept away in 2009.", False),
 ("The bridge was destroyed by fire.", False),
])
_add("Electricity prices will fall by 7% from October after the regulator lowered its price cap, though bills will still be a third higher than two years ago.", [
 ("Electricity prices will fall by 7% from October.", True),
 ("Bills will still be a third higher than two years ago.", True),
 ("Electricity prices will rise by 7%.", False),
 ("Bills will be a third lower than two years ago.", False),
 ("The regulator raised its price cap.", False),
 ("Prices will fall by 17% from October.", False),
])
_add("Gymnast Ria Paxton won gold on the beam and silver on the floor at the Selden championships on Sunday, a year after breaking her ankle.", [
 ("Ria Paxton won gold on the beam.", True),
 ("She won silver on the floor.", True),
 ("Ria Paxton won gold on the floor.", False),
 ("She broke her wrist a year ago.", False),
 ("Paxton won silver on the beam.", False),
 ("She broke her ankle a month ago.", False),
])
_add("A survey of 900 nurses found that two thirds had considered quitting in the past year, most often because of workload, the nursing college said.", [
 ("Two thirds of the nurses surveyed had considered quitting.", True),
 ("The survey involved 900 nurses.", True),
 ("A third of nurses had considered quitting.", False),
 ("Most often they cited pay.", False),
 ("Two thirds of the nurses had quit.", False),
 ("The survey involved 9,000 nurses.", False),
])
# round 296
_add("The Sorrel Group has agreed to buy rival brewer Kemble Ales for £85 million, subject to approval by the competition regulator, the companies said on Monday.", [
 ("The Sorrel Group has agreed to buy Kemble Ales.", True),
 ("The deal needs approval from the competition regulator.", True),
 ("Kemble Ales has agreed to buy the Sorrel Group.", False),
 ("The Sorrel Group has bought Kemble Ales.", False),
 ("The deal is worth £58 million.", False),
 ("The regulator has approved the deal.", False),
])
_add("A man who stole a £40,000 tractor from a farm near Hebble was caught after the farmer tracked it by GPS to a barn 30 miles away.", [
 ("The farmer tracked the tractor by GPS.", True),
 ("The tractor was found in a barn 30 miles away.", True),
 ("Police tracked the tractor by GPS.", False),
 ("The tractor was worth £4,000.", False),
 ("The man who stole the tractor escaped.", False),
 ("The tractor was found 13 miles away.", False),
])
_add("Ticket sales for the Westhaven Opera's new season are up 18% on last year, the company said, helped by cheaper seats for under-30s.", [
 ("Ticket sales are up 18% on last year.", True),
 ("Cheaper seats for under-30s helped sales.", True),
 ("Ticket sales are down 18% on last year.", False),
 ("Seats for under-30s became dearer.", False),
 ("Ticket sales are up 8% on last year.", False),
 ("The rise was helped by a new star singer.", False),
])
_add("Rescue crews in Halberg freed a trapped miner on Thursday after 40 hours underground; two colleagues were brought out unhurt on Wednesday.", [
 ("Rescue crews freed a trapped miner on Thursday.", True),
 ("Two colleagues were brought out unhurt on Wednesday.", True),
 ("The miner was trapped for four hours.", False),
 ("Two colleagues were killed.", False),
 ("The miner was freed on Wednesday.", False),
 ("Three colleagues were brought out unhurt.", False),
])
_add("Mayor Jon Pirie said the city's new cycle lanes had cut traffic in the centre by 12%, but shopkeepers said trade had fallen since they opened.", [
 ("Jon Pirie said the cycle lanes had cut traffic by 12%.", True),
 ("Shopkeepers said trade had fallen.", True),
 ("Shopkeepers said the cycle lanes had cut traffic by 12%.", False),
 ("Jon Pirie said trade had fallen.", False),
 ("The cycle lanes increased traffic.", False),
 ("Pirie said traffic fell by 20%.", False),
])
# round 297
_add("The Harbour Theatre's production of 'The Long Tide' will transfer to the Rialto in London in May after selling out its four-week run, director Sue Amis said.", [
 ("'The Long Tide' will transfer to the Rialto in May.", True),
 ("The production sold out its four-week run.", True),
 ("'The Long Tide' will transfer in March.", False),
 ("The run lasted six weeks.", False),
 ("The production was cancelled.", False),
 ("The Rialto's director said it would transfer.", False),
])
_add("Kestwick police have charged a 41-year-old woman with fraud after £90,000 went missing from a village hall fund she managed as treasurer.", [
 ("A 41-year-old woman has been charged with fraud.", True),
 ("She managed the fund as treasurer.", True),
 ("A 41-year-old woman has been convicted of fraud.", False),
 ("£9,000 went missing.", False),
 ("A 41-year-old man has been charged.", False),
 ("The money went missing from a church fund.", False),
])
_add("More than 2,000 runners took part in the Frome half marathon on Sunday, raising about £150,000 for a children's hospice, the organisers said.", [
 ("More than 2,000 runners took part.", True),
 ("The race raised about £150,000 for a children's hospice.", True),
 ("More than 20,000 runners took part.", False),
 ("The race raised £15,000.", False),
 ("The money will go to a cancer charity.", False),
 ("The race was a full marathon.", False),
])
_add("The Carn Valley reservoir is full for the first time in three years after the wettest winter on record, the water company said, so a hosepipe ban will be lifted.", [
 ("The reservoir is full for the first time in three years.", True),
 ("The hosepipe ban will be lifted.", True),
 ("The reservoir is empty.", False),
 ("It was the driest winter on record.", False),
 ("A hosepipe ban will be imposed.", False),
 ("The reservoir is full for the first time in 30 years.", False),
])
_add("Hollin council has approved 400 new homes on the former Reddy's factory site, despite 900 objections, with a quarter of them to be affordable.", [
 ("The council approved 400 new homes.", True),
 ("There were 900 objections.", True),
 ("The council rejected 400 new homes.", False),
 ("Half of the homes will be affordable.", False),
 ("There were 90 objections.", False),
 ("The homes will be built on a former school site.", False),
])
# round 298
_add("Lightning sparked a fire that destroyed a thatched pub in Wrayford on Saturday, but the landlord and four guests escaped unharmed, the fire service said.", [
 ("A fire destroyed a thatched pub in Wrayford.", True),
 ("The landlord and four guests escaped unharmed.", True),
 ("An electrical fault sparked the fire.", False),
 ("Four guests were injured.", False),
 ("The landlord said the guests escaped.", False),
 ("The fire damaged the pub.", False),
])
_add("Tutors at Brill College will be balloted on strike action over a 2% pay offer, the lecturers' union said, after talks with management broke down.", [
 ("Tutors will be balloted on strike action.", True),
 ("Talks with management broke down.", True),
 ("Tutors have voted to strike.", False),
 ("The pay offer is 5%.", False),
 ("Management said tutors would be balloted.", False),
 ("Talks with management ended in agreement.", False),
])
_add("Heron Bank will refund £18 million to 45,000 customers it wrongly charged for overdrafts between 2018 and 2022, the regulator said.", [
 ("Heron Bank will refund £18 million.", True),
 ("The customers were wrongly charged between 2018 and 2022.", True),
 ("Heron Bank will refund £8 million.", False),
 ("Customers will refund Heron Bank.", False),
 ("The charges were for mortgages.", False),
 ("The charges ran from 2012 to 2022.", False),
])
_add("The Morrow river has been declared safe for swimming at three spots after a clean-up, though the council warned that sewage could still enter it after heavy rain.", [
 ("The river has been declared safe for swimming at three spots.", True),
 ("The council warned sewage could still enter it after heavy rain.", True),
 ("The river is now free of sewage.", False),
 ("The river has been declared safe at five spots.", False),
 ("The council said the river was unsafe for swimming.", False),
 ("Sewage could enter the river after dry spells.", False),
])
_add("Actor Kit Morrow has pulled out of the play 'Salt' three weeks before opening night because of illness, and understudy Joe Lark will take the lead.", [
 ("Kit Morrow has pulled out of 'Salt'.", True),
 ("Joe Lark will take the lead.", True),
 ("Joe Lark has pulled out because of illness.", False),
 ("Morrow pulled out three days before opening night.", False),
 ("Kit Morrow will take the lead.", False),
 ("Morrow pulled out because of a contract dispute.", False),
])
# round 299
_add("Fuel duty will stay frozen for another year, the finance minister said on Wednesday, saving drivers about £50 a year, though environmental groups criticised the move.", [
 ("Fuel duty will stay frozen for another year.", True),
 ("Environmental groups criticised the move.", True),
 ("Fuel duty will rise next year.", False),
 ("The freeze will save drivers about £150 a year.", False),
 ("Environmental groups welcomed the move.", False),
 ("The finance minister criticised the move.", False),
])
_add("A rare white stork chick has hatched at Kellam nature reserve, the first born in the wild in the region for 600 years, wardens said.", [
 ("A white stork chick has hatched at Kellam nature reserve.", True),
 ("It is the first born in the wild in the region for 600 years.", True),
 ("It is the first born in the region for 60 years.", False),
 ("A white stork chick has died at Kellam.", False),
 ("A black stork chick has hatched.", False),
 ("The chick hatched in a zoo.", False),
])
_add("The Corvey Trust has cancelled plans to sell the Halden estate after a public appeal raised the £3 million needed to keep it, its chairman said.", [
 ("The trust has cancelled plans to sell the Halden estate.", True),
 ("A public appeal raised £3 million.", True),
 ("The trust has sold the Halden estate.", False),
 ("The appeal raised £300,000.", False),
 ("The trust's chief executive said the plans were cancelled.", False),
 ("A government grant raised the £3 million.", False),
])
_add("Scientists at Orley University have grown a strain of wheat that needs 30% less water, but say it will be at least five years before farmers can plant it.", [
 ("Scientists have grown a strain of wheat that needs 30% less water.", True),
 ("Farmers will not be able to plant it for at least five years.", True),
 ("Farmers are already planting the new wheat.", False),
 ("The wheat needs 30% more water.", False),
 ("Scientists have grown a strain of rice.", False),
 ("It will be at least two years before farmers can plant it.", False),
])
_add("Shipbuilder Tay Marine won a £700 million order for six navy frigates on Thursday, securing 1,200 jobs at its Dunmore yard until 2032.", [
 ("Tay Marine won a £700 million order for six frigates.", True),
 ("The order secures 1,200 jobs until 2032.", True),
 ("Tay Marine lost the order for six frigates.", False),
 ("The order is for 16 frigates.", False),
 ("The order secures 12,000 jobs.", False),
 ("The jobs are secured until 2023.", False),
])
# fmt: on


def judge() -> list[tuple[str, bool, bool]]:
    """(claim, supported, verified) for every probe."""
    found = []
    for number, (evidence, claims, body) in enumerate(PROBES):
        article = Article(id=f"probe-{number}", body=body or evidence, date="2025-01-14")
        verifier = Verifier([article])
        for claim, supported in claims:
            card = Card(article=article.id, kind=Kind.statement, claim=claim, evidence=[Evidence(quote=evidence)])
            found.append((claim, supported, verifier.verify(card).status is Status.verified))
    return found


def run(size: str) -> list[Row]:
    judged = judge()
    wrong = [c for c, supported, verified in judged if not supported]
    right = [c for c, supported, verified in judged if supported]
    let_through = sum(1 for _, supported, verified in judged if verified and not supported)
    held_back = sum(1 for _, supported, verified in judged if supported and not verified)
    return [
        Row("perturb", f"claims ({len(right)} faithful, {len(wrong)} changed)", len(judged), "claims"),
        Row("perturb", "changed claims verified", let_through, "claims"),
        Row("perturb", "faithful claims not verified", held_back, "claims"),
    ]

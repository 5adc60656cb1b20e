"""The ontology's terms as a closed rdflib namespace. GENERATED: do not edit.

Regenerate with ``python -m kg.vocabulary_build`` after changing ontology/conflict.ttl.
"""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class CKG(DefinedNamespace):
    """conflict-kg ontology terms (``ckg:``)."""

    _fail = True
    _NS = Namespace("https://w3id.org/conflict-kg/ontology#")

    # classes
    Actor: URIRef  # Actor
    ActorActivity: URIRef  # monthly activity of an actor
    Airbase: URIRef  # Airbase
    AllianceEvent: URIRef  # Alliance event
    ArmedGroup: URIRef  # Armed group
    Article: URIRef  # Article
    AttackEvent: URIRef  # Attack event
    BorderCrossing: URIRef  # Border crossing
    City: URIRef  # City
    ClashEvent: URIRef  # Clash event
    Coalition: URIRef  # Coalition
    ControlEvent: URIRef  # Control event
    ControlHistory: URIRef  # control history
    ControlInterval: URIRef  # control interval
    Country: URIRef  # Country
    CountryTerritory: URIRef  # Country (territory)
    Dam: URIRef  # Dam
    EdgeSummary: URIRef  # edge summary
    Event: URIRef  # Event
    Extractor: URIRef  # Extractor
    Facility: URIRef  # Facility
    GasField: URIRef  # Gas field
    Governorate: URIRef  # Governorate
    LossOfControlEvent: URIRef  # Loss-of-control event
    Mention: URIRef  # Mention
    MilitaryBase: URIRef  # Military base
    MonthActivity: URIRef  # monthly activity
    Neighbourhood: URIRef  # Neighbourhood
    OilField: URIRef  # Oil field
    Organization: URIRef  # Organization
    Person: URIRef  # Person
    Place: URIRef  # Place
    PlaceActivity: URIRef  # monthly activity at a place
    Region: URIRef  # Region
    Settlement: URIRef  # Settlement
    SiegeEvent: URIRef  # Siege event
    StateForce: URIRef  # State force
    SupportEvent: URIRef  # Support event
    SurrenderEvent: URIRef  # Surrender event
    Town: URIRef  # Town
    Village: URIRef  # Village
    WaterBody: URIRef  # Body of water

    # object properties
    agent: URIRef  # agent
    agentUnit: URIRef  # agent unit
    alliedWith: URIRef  # allied with
    article: URIRef  # article
    attacks: URIRef  # attacks
    besieges: URIRef  # besieges
    claimant: URIRef  # claimant
    clashesWith: URIRef  # clashes with
    controls: URIRef  # controls
    eventRelation: URIRef  # event relation
    exampleEvent: URIRef  # example event
    extractedBy: URIRef  # extracted by
    inGovernorate: URIRef  # in governorate
    locatedIn: URIRef  # located in
    location: URIRef  # location
    losesControlOf: URIRef  # loses control of
    mentionOf: URIRef  # mention of
    mentions: URIRef  # mentions
    partOf: URIRef  # part of
    predecessorOf: URIRef  # predecessor of
    relation: URIRef  # relation
    successorOf: URIRef  # successor of
    summaryAgent: URIRef  # summarised agent
    summaryRelation: URIRef  # summarised relation
    summaryTarget: URIRef  # summarised target
    supports: URIRef  # supports
    surrendersTo: URIRef  # surrenders to
    target: URIRef  # target
    unitOf: URIRef  # unit of

    # datatype properties
    activeFrom: URIRef  # active from
    activeTo: URIRef  # active until
    actorActivityRecord: URIRef  # actor activity record
    agentDescription: URIRef  # agent description
    agentList: URIRef  # agent list
    allianceRecord: URIRef  # alliance record
    articleCount: URIRef  # article count
    attackCount: URIRef  # attack count
    claimList: URIRef  # claim list
    clashCount: URIRef  # clash count
    confidence: URIRef  # confidence
    contentDigest: URIRef  # content digest
    controlStatus: URIRef  # control status
    discovered: URIRef  # discovered
    endDate: URIRef  # end date
    eventCount: URIRef  # event count
    eventDate: URIRef  # event date
    exampleArticle: URIRef  # example article
    exampleSentence: URIRef  # example sentence
    extractorVersion: URIRef  # extractor version
    firstDate: URIRef  # first date
    hostilityRecord: URIRef  # hostility record
    hostilityTally: URIRef  # hostility tally
    language: URIRef  # language
    lastDate: URIRef  # last date
    mentionCount: URIRef  # mention count
    mentionDetails: URIRef  # mention details
    month: URIRef  # month
    placeActivityRecord: URIRef  # place activity record
    rule: URIRef  # rule
    sentenceIndex: URIRef  # sentence index
    sentenceText: URIRef  # sentence text
    siegeList: URIRef  # siege list
    spanEnd: URIRef  # span end
    spanStart: URIRef  # span start
    summaryShape: URIRef  # summary shape
    surface: URIRef  # surface form

    # annotation properties
    acledEventType: URIRef  # ACLED event type
    cameoCode: URIRef  # CAMEO code
    eventOf: URIRef  # event of
    ploverCategory: URIRef  # PLOVER category

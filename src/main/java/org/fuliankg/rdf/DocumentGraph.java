package org.fuliankg.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.domain.money.Beneficiaries;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Person;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.resolve.OrganisationResolver;
import org.fuliankg.resolve.PersonResolver;
import org.fuliankg.resolve.ResolvedOrganisation;
import org.fuliankg.source.Provenance;

/**
 * Builds the named graph of one document: the document and its items, every fact as a node with its evidence
 * (one selector: the quote and its code-point position in the original file, and the sentence, a node shared by
 * the facts it states), and the description of every entity the facts use. Fixed concepts (levels, qualifiers,
 * funding roles …) are only linked: their descriptions live in the reference-data graph. One instance per document.
 */
final class DocumentGraph {

    private final DocumentFacts facts;
    private final String file;
    private final OrganisationResolver organisations;
    private final PersonResolver persons;
    private final Model model = Prefixes.apply(ModelFactory.createDefaultModel());
    private final Resource document;
    private final Set<String> factIris = new HashSet<>();
    private final Map<String, Resource> describedOrganisations = new HashMap<>();
    private final Map<String, Resource> describedProgrammes = new HashMap<>();
    private final Map<Integer, Resource> items = new HashMap<>();
    private final Map<String, Resource> sentences = new HashMap<>();

    DocumentGraph(DocumentFacts facts, OrganisationResolver organisations, PersonResolver persons) {
        this.facts = facts;
        this.file = facts.source().provenance().name();
        this.organisations = organisations;
        this.persons = persons;
        this.document = model.createResource(Iris.document(file), FL.Document);
    }

    Model build() {
        describeDocument();
        facts.items().forEach(this::addItem);
        facts.officials().forEach(this::addPostHolder);
        facts.reporters().forEach(this::addReporterCredit);
        facts.persons().forEach(this::addPerson);
        facts.organisations().forEach(this::addOrganisationMention);
        facts.programmes().forEach(this::addProgrammeMention);
        facts.fundings().forEach(this::addFunding);
        return model;
    }

    private void describeDocument() {
        Provenance from = facts.source().provenance();
        document.addProperty(FL.sourceFile, from.sourceFile())
                .addProperty(FL.contentHash, facts.source().contentHash())
                .addProperty(FL.textExtraction, from.extraction().code());
        if (facts.title() != null) document.addProperty(DCTerms.title, facts.title(), "zh");
        if (from.url() != null) document.addProperty(SchemaDO.url, ResourceFactory.createTypedLiteral(from.url(), XSDDatatype.XSDanyURI));
        if (from.captured() != null) {
            document.addProperty(FL.generatedAtTime, ResourceFactory.createTypedLiteral(from.captured().toString(), XSDDatatype.XSDdateTime));
        }
        if (from.site() != null) document.addProperty(DCTerms.publisher, from.site(), "zh");
        if (facts.date() != null) dated(document, facts.date());
    }

    private void dated(Resource r, SourcedDate date) {
        r.addProperty(DCTerms.date, date(date.iso()))
                .addProperty(FL.dateOrigin, Ontology.dateOrigin(date.origin().code()));
    }

    private void addItem(Item item) {
        Resource r = model.createResource(Iris.item(file, item.number()), FL.Item)
                .addProperty(DCTerms.isPartOf, document)
                .addProperty(FL.wasDerivedFrom, document)
                .addProperty(FL.itemNumber, integer(item.number()));
        document.addProperty(DCTerms.hasPart, r);
        items.put(item.number(), r);
        if (item.span() != null) addEvidence(r, item.span(), false);
        if (item.headline() != null) r.addProperty(DCTerms.title, item.headline(), "zh");
        if (item.subheadline() != null) r.addProperty(FL.subheadline, item.subheadline(), "zh");
        if (item.date() != null) dated(r, item.date()); // its own, or its page's when that holds for the whole page
        if (item.dateline() != null) r.addProperty(FL.dateline, item.dateline());
        if (item.place() != null) r.addProperty(FL.place, EntityDescriptions.region(model, item.place()));
        if (item.interviewee() != null) r.addProperty(FL.interviewee, official(item.interviewee()));
        for (Reporter reporter : item.reporters()) r.addProperty(DCTerms.creator, reporter(reporter));
    }

    private void addPostHolder(PostHolder holder) {
        Resource person = official(holder);
        for (Post post : holder.posts()) {
            PostEvent event = post.event() == null ? PostEvent.STATED : post.event();
            Resource held = fact("post", holder.span(), FL.PostHolding)
                    .addProperty(RDF.type, ORG.Post)
                    .addProperty(ORG.heldBy, person)
                    .addProperty(ORG.role, position(post.position()))
                    .addProperty(FL.postEvent, Ontology.postEvent(event))
                    .addLiteral(FL.former, post.former());
            person.addProperty(ORG.holds, held);
            Resource organisation = post.organisation() == null ? null : organisation(post.organisation());
            if (organisation != null) held.addProperty(ORG.postIn, organisation);
            if (post.bodyWritten() != null) held.addProperty(FL.bodyWritten, post.bodyWritten(), "zh");
            attestationDate(held).ifPresent(date -> held.addProperty(FL.hasTime, instant(date)));
            FactLabels.post(organisation == null ? null : zhLabel(organisation), post.position(), event,
                    PersonResolver.normaliseName(holder.name())).addTo(held);
        }
    }

    /**
     * The day a fact is attested: its item's date (its own, or its page's when that holds for every item), else for
     * a fact outside any item the document's. A fact in an undated item of a page of several dated items stays
     * undated: another item's day is not its day.
     */
    private Optional<Literal> attestationDate(Resource fact) {
        Resource item = fact.getPropertyResourceValue(FL.inItem);
        Statement date = item != null ? item.getProperty(DCTerms.date) : document.getProperty(DCTerms.date);
        return Optional.ofNullable(date).map(Statement::getLiteral);
    }

    /** A day as a time:Instant, shared by every fact of that day. */
    private Resource instant(Literal date) {
        return model.createResource(Iris.date(date.getLexicalForm()), FL.Instant).addProperty(FL.inXSDDate, date);
    }

    private static String zhLabel(Resource resource) {
        return resource.getProperty(SKOS.prefLabel, "zh").getString();
    }

    private void addReporterCredit(Reporter reporter) {
        Resource person = reporter(reporter);
        document.addProperty(DCTerms.creator, person);
        Resource byline = fact("byline", reporter.span(), FL.Mention).addProperty(FL.mentionOf, person);
        FactLabels.byline(PersonResolver.normaliseName(reporter.name())).addTo(byline);
    }

    private void addPerson(Person person) {
        Resource r = model.createResource(Iris.documentPerson(file, PersonResolver.normaliseName(person.name())), FOAF.Person)
                .addProperty(FOAF.name, PersonResolver.normaliseName(person.name()));
        if (person.description() != null) r.addProperty(DCTerms.description, person.description(), "zh");
        Resource mention = fact("person-mention", person.span(), FL.Mention).addProperty(FL.mentionOf, r);
        FactLabels.mention(PersonResolver.normaliseName(person.name()), person.description()).addTo(mention);
    }

    private void addOrganisationMention(OrganisationMention mention) {
        Resource organisation = organisation(mention.organisation());
        Resource r = fact("org-mention", mention.span(), FL.Mention).addProperty(FL.mentionOf, organisation);
        FactLabels.mention(zhLabel(organisation), null).addTo(r);
    }

    private void addProgrammeMention(ProgrammeMention mention) {
        Resource programme = programme(mention.programme());
        String canonical = mention.programme().name();
        String variant = mention.variant() == null ? canonical : compact(mention.variant());
        if (!variant.equals(canonical)) programme.addProperty(SKOS.altLabel, variant, "zh");
        if (mention.span() != null) {
            String written = compact(mention.span().surface());
            // what the page shows differs from the repaired form: an OCR slip or old script, kept for search only
            if (!written.equals(variant) && !written.equals(canonical)) programme.addProperty(SKOS.hiddenLabel, written, "zh");
        }
        Resource r = fact("programme-mention", mention.span(), FL.Mention).addProperty(FL.mentionOf, programme);
        FactLabels.mention(canonical, null).addTo(r);
    }

    private void addFunding(FundingFigure figure) {
        Resource f = fact("funding", figure.span(), FL.FundingFigure)
                .addProperty(RDF.type, SchemaDO.MonetaryAmount)
                .addProperty(SchemaDO.currency, figure.currency());
        // a figure missing amount, qualifier or role is still written: validation then names the gap
        if (figure.amount() != null) f.addProperty(SchemaDO.value, decimal(figure.amount()));
        if (figure.qualifier() != null) {
            f.addProperty(FL.qualifier, Ontology.qualifier(figure.qualifier()));
        }
        if (figure.role() != null) f.addProperty(FL.fundingRole, Ontology.fundingRole(figure.role()));
        f.addLiteral(FL.cumulative, figure.cumulative()); // a running total over fl:time, never summed with its parts
        if (figure.maxAmount() != null && figure.amount() != null) {
            f.addProperty(SchemaDO.minValue, decimal(figure.amount())).addProperty(SchemaDO.maxValue, decimal(figure.maxAmount()));
        }
        if (figure.what() != null) f.addProperty(FL.what, figure.what(), "zh");
        for (Organisation giver : figure.givers()) f.addProperty(SchemaDO.funder, organisation(giver));
        if (figure.administrator() != null) f.addProperty(FL.administeredBy, organisation(figure.administrator()));
        for (Organisation recipient : figure.recipients()) f.addProperty(SchemaDO.recipient, organisation(recipient));
        if (figure.responsibleOrganisation() != null) {
            f.addProperty(FL.responsibleOrganisation, organisation(figure.responsibleOrganisation()));
        }
        if (figure.programme() != null) f.addProperty(FL.programme, programme(figure.programme()));
        if (figure.time() != null) f.addProperty(FL.time, figure.time(), "zh");
        if (figure.year() != null) f.addProperty(FL.year, ResourceFactory.createTypedLiteral(String.valueOf(figure.year()), XSDDatatype.XSDgYear));
        if (figure.beneficiaries() != null) f.addProperty(FL.beneficiaries, beneficiaries(f, figure));
        Organisation responsible = figure.responsibleOrganisation() == null ? null
                : organisations.resolve(figure.responsibleOrganisation()).organisation();
        f.addProperty(RDFS.label, FundingLabels.chinese(figure, responsible), "zh")
                .addProperty(RDFS.label, FundingLabels.english(figure, responsible), "en");
    }

    private Resource beneficiaries(Resource funding, FundingFigure figure) {
        Beneficiaries b = figure.beneficiaries();
        Span span = b.span() != null ? b.span() : figure.span();
        Resource r = model.createResource(funding.getURI() + "/beneficiaries", FL.Beneficiaries)
                .addProperty(FL.wasDerivedFrom, document);
        if (span != null) {
            addEvidence(r, span, true);
            itemOf(span).ifPresent(item -> r.addProperty(FL.inItem, item));
        }
        if (b.count() != null) r.addProperty(FL.count, integer(b.count()));
        if (b.qualifier() != null) r.addProperty(FL.qualifier, Ontology.qualifier(b.qualifier()));
        if (b.unit() != null) r.addProperty(FL.unit, b.unit(), "zh");
        if (b.description() != null) r.addProperty(DCTerms.description, b.description(), "zh");
        return r;
    }

    // ---- entities

    private Resource official(PostHolder holder) {
        String name = PersonResolver.normaliseName(holder.name());
        var organisation = persons.identifyingOrganisation(holder);
        String iri = organisation.map(o -> Iris.person(o.key(), name)).orElseGet(() -> Iris.documentPerson(file, name));
        return model.createResource(iri, FOAF.Person).addProperty(FOAF.name, name);
    }

    private Resource reporter(Reporter reporter) {
        String name = PersonResolver.normaliseName(reporter.name());
        Organisation media = reporter.media() == null ? null
                : new Organisation(reporter.media(), OrgType.MEDIA, null, null, false);
        Optional<ResolvedOrganisation> outlet = Optional.ofNullable(media).map(organisations::resolve);
        String iri = outlet.map(o -> Iris.person(o.key(), name)).orElseGet(() -> Iris.documentPerson(file, name));
        Resource r = model.createResource(iri, FOAF.Person).addProperty(FOAF.name, name);
        if (reporter.role() != null) r.addProperty(SchemaDO.jobTitle, reporter.role(), "zh");
        outlet.ifPresent(o -> r.addProperty(SchemaDO.worksFor, organisation(o)));
        return r;
    }

    private Resource organisation(Organisation mentioned) {
        ResolvedOrganisation resolved = organisations.resolve(mentioned);
        if (mentioned.unresolved()) { // 市妇联 with no place in the text: a body of this document only
            resolved = new ResolvedOrganisation(resolved.organisation(), file + "-" + resolved.name(), false);
        }
        return organisation(resolved);
    }

    /** The first description of an organisation in this document wins, so its graph never holds two levels. */
    private Resource organisation(ResolvedOrganisation resolved) {
        return describedOrganisations.computeIfAbsent(resolved.key(),
                key -> EntityDescriptions.organisation(model, resolved, organisations.parentFederation(resolved)));
    }

    private Resource position(String title) {
        Resource position = model.createResource(Iris.position(title), SKOS.Concept)
                .addProperty(RDF.type, ORG.Role)
                .addProperty(SKOS.inScheme, Ontology.scheme("position"))
                .addProperty(SKOS.prefLabel, title, "zh");
        Ontology.englishPositionName(title).ifPresent(en -> position.addProperty(SKOS.prefLabel, en, "en"));
        return position;
    }

    /** Like organisations, the first description of a programme in this document wins. */
    private Resource programme(Programme programme) {
        return describedProgrammes.computeIfAbsent(programme.name(), name -> describe(programme));
    }

    /** A named scheme points to its generic class (described in the reference data, not here). */
    private Resource describe(Programme programme) {
        Resource r = describeProgramme(model, programme);
        if (programme.broader() != null) r.addProperty(SKOS.broader, model.createResource(Iris.programme(programme.broader())));
        return r;
    }

    static Resource describeProgramme(Model model, Programme programme) {
        return model.createResource(Iris.programme(programme.name()), FL.Programme)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, Ontology.scheme("programme"))
                .addProperty(SKOS.prefLabel, programme.name(), "zh")
                .addProperty(FL.programmeKind, Ontology.programmeKind(programme.kind()))
                .addLiteral(FL.isFund, programme.isFund());
    }

    // ---- facts and provenance

    /** A fact node named by its kind and offsets; a second fact on the same span gets a numbered IRI. */
    private Resource fact(String kind, Span span, Resource type) {
        String base = span == null ? Iris.document(file) + "/" + kind + "/unplaced"
                : Iris.fact(file, kind, span.start(), span.end());
        String iri = base;
        for (int n = 2; !factIris.add(iri); n++) iri = base + "-" + n;
        Resource r = model.createResource(iri, type).addProperty(FL.wasDerivedFrom, document);
        if (span != null) {
            addEvidence(r, span, true);
            itemOf(span).ifPresent(item -> r.addProperty(FL.inItem, item));
        }
        return r;
    }

    /**
     * The fact's one Web Annotation selector on its document (the fact's {@code prov:wasDerivedFrom}): code-point
     * offsets [start, end) and, unless {@code quote} is false (long spans such as whole items), the exact text and
     * the sentence. A quote selector carries its own offsets rather than a second selector node.
     */
    private void addEvidence(Resource fact, Span span, boolean quote) {
        Resource selector = model.createResource(fact.getURI() + (quote ? "#quote" : "#position"),
                        quote ? OA.TextQuoteSelector : OA.TextPositionSelector)
                .addProperty(OA.start, offset(span.start()))
                .addProperty(OA.end, offset(span.end()));
        if (quote) {
            selector.addProperty(OA.exact, span.surface());
            if (span.sentence() != null) selector.addProperty(FL.inSentence, sentence(span.sentence()));
        }
        fact.addProperty(FL.evidence, selector);
    }

    /** One node per distinct sentence of the document, numbered in order of first use. */
    private Resource sentence(String text) {
        Resource known = sentences.get(text);
        if (known != null) return known;
        Resource r = model.createResource(Iris.document(file) + "/sentence/" + (sentences.size() + 1), FL.Sentence)
                .addProperty(RDF.value, text);
        sentences.put(text, r);
        return r;
    }

    private Optional<Resource> itemOf(Span span) {
        return facts.items().stream()
                .filter(i -> i.span() != null && i.span().start() <= span.start() && span.start() < i.span().end())
                .findFirst()
                .map(i -> items.get(i.number()));
    }

    private static Literal date(String isoDate) {
        return ResourceFactory.createTypedLiteral(isoDate, XSDDatatype.XSDdate);
    }

    /**
     * The canonical form ({@code 300000.0}, {@code 0.5}): TDB2 stores decimals by value and gives them back in this
     * form, so a stored {@code 300000} would never match the {@code 300000.0} read from it (a join on the amount, a
     * value copied from one answer into the next query).
     */
    private static Literal decimal(BigDecimal amount) {
        String plain = amount.stripTrailingZeros().toPlainString();
        return ResourceFactory.createTypedLiteral(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    private static Literal integer(long value) {
        return ResourceFactory.createTypedLiteral(String.valueOf(value), XSDDatatype.XSDinteger);
    }

    private static Literal offset(int codePoints) {
        return ResourceFactory.createTypedLiteral(String.valueOf(codePoints), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String compact(String written) {
        return written.replaceAll("\\s+", "");
    }
}

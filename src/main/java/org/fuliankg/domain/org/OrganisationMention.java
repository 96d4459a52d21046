package org.fuliankg.domain.org;

import org.fuliankg.domain.text.Span;

/** One place where an organisation is named (全称, 简称 or abbreviation such as 市妇联). */
public record OrganisationMention(Organisation organisation, Span span) {}

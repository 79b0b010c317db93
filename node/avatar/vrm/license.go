package vrm

import "strings"

// License is an avatar's licence in VRM 1.0's terms (the VRM Public
// License 1.0 fields of VRMC_vrm's meta), whichever version the file is:
// a VRM 0.x meta is translated as UniVRM's migration does. What a
// platform checks before converting or showing an avatar (AVIR-201/202,
// the "licence respected") reads from here.
type License struct {
	// Source is where the terms come from: "vrm-1.0", "vrm-0.x", or
	// "none" for a plain glTF, which carries no licence and is treated
	// as forbidding nothing it does not say.
	Source           string   `json:"source"`
	Authors          []string `json:"authors,omitempty"`
	LicenseURL       string   `json:"licenseUrl,omitempty"`
	AvatarPermission string   `json:"avatarPermission,omitempty"`
	CommercialUsage  string   `json:"commercialUsage,omitempty"`
	// Modification is prohibited, allowModification or
	// allowModificationRedistribution.
	Modification        string `json:"modification"`
	AllowRedistribution bool   `json:"allowRedistribution"`
	CreditNotation      string `json:"creditNotation,omitempty"`
	AllowViolent        bool   `json:"allowExcessivelyViolentUsage"`
	AllowSexual         bool   `json:"allowExcessivelySexualUsage"`
	OtherLicenseURL     string `json:"otherLicenseUrl,omitempty"`
}

// Modification values.
const (
	ModificationProhibited    = "prohibited"
	ModificationAllowed       = "allowModification"
	ModificationRedistributed = "allowModificationRedistribution"
)

// Commercial usage values, from least to most permissive.
const (
	CommercialPersonalNonProfit = "personalNonProfit"
	CommercialPersonalProfit    = "personalProfit"
	CommercialCorporation       = "corporation"
)

// MayModify says whether the licence lets anyone but its author change
// the avatar (convert, decimate, downscale).
func (l License) MayModify() bool {
	return l.Modification == ModificationAllowed || l.Modification == ModificationRedistributed
}

// MayRedistributeModified says whether a modified avatar may be handed on,
// as a bridge does when it forwards its conversion.
func (l License) MayRedistributeModified() bool {
	return l.Modification == ModificationRedistributed && l.AllowRedistribution
}

// AllowsCommercial says whether use of the given level (personalProfit or
// corporation) is within the licence.
func (l License) AllowsCommercial(use string) bool {
	rank := map[string]int{CommercialPersonalNonProfit: 0, CommercialPersonalProfit: 1, CommercialCorporation: 2}
	want, ok := rank[use]
	if !ok {
		return false
	}
	return rank[l.CommercialUsage] >= want
}

// License reads the avatar's licence.
func (a *Avatar) License() License {
	switch {
	case a.VRM1 != nil:
		return license1(a.VRM1.Meta)
	case a.VRM0 != nil && a.VRM0.Meta != nil:
		l := license1(meta0To1(a.VRM0.Meta))
		l.Source = string(FormatVRM0)
		return l
	case a.VRM0 != nil:
		// A VRM 0.x file without meta grants nothing.
		return License{Source: string(FormatVRM0), Modification: ModificationProhibited, CommercialUsage: CommercialPersonalNonProfit}
	}
	return License{Source: "none", Modification: ModificationRedistributed, AllowRedistribution: true, CommercialUsage: CommercialCorporation}
}

func license1(m *Meta1) License {
	l := License{
		Source:           string(FormatVRM1),
		Authors:          m.Authors,
		LicenseURL:       m.LicenseURL,
		AvatarPermission: or(m.AvatarPermission, "onlyAuthor"),
		CommercialUsage:  or(m.CommercialUsage, CommercialPersonalNonProfit),
		Modification:     or(m.Modification, ModificationProhibited),
		CreditNotation:   or(m.CreditNotation, "required"),
		OtherLicenseURL:  m.OtherLicenseURL,
	}
	// The schema's defaults are the restrictive ones.
	l.AllowRedistribution = m.AllowRedistribution != nil && *m.AllowRedistribution
	l.AllowViolent = m.AllowExcessivelyViolentUsage != nil && *m.AllowExcessivelyViolentUsage
	l.AllowSexual = m.AllowExcessivelySexualUsage != nil && *m.AllowExcessivelySexualUsage
	return l
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// meta0To1 translates a VRM 0.x meta as UniVRM's migration does
// (MigrationVrmMeta): the usage names map one to one, and the licence
// name decides redistribution and modification.
func meta0To1(m *Meta0) *Meta1 {
	t := true
	f := false
	b := func(allow string) *bool {
		if allow == "Allow" {
			return &t
		}
		return &f
	}
	out := &Meta1{
		Name:                           m.Title,
		Version:                        m.Version,
		ContactInformation:             m.ContactInformation,
		ThumbnailImage:                 nil,
		LicenseURL:                     "https://vrm.dev/licenses/1.0/",
		AllowExcessivelyViolentUsage:   b(m.ViolentUssageName),
		AllowExcessivelySexualUsage:    b(m.SexualUssageName),
		AllowPoliticalOrReligiousUsage: &f,
		AllowAntisocialOrHateUsage:     &f,
		CreditNotation:                 "required",
		OtherLicenseURL:                m.OtherLicenseURL,
	}
	if m.Author != "" {
		out.Authors = []string{m.Author}
	} else {
		out.Authors = []string{"unknown"}
	}
	if m.Reference != "" {
		out.References = []string{m.Reference}
	}
	switch m.AllowedUserName {
	case "Everyone":
		out.AvatarPermission = "everyone"
	case "ExplicitlyLicensedPerson":
		out.AvatarPermission = "onlySeparatelyLicensedPerson"
	default:
		out.AvatarPermission = "onlyAuthor"
	}
	if m.CommercialUssageName == "Allow" {
		out.CommercialUsage = CommercialCorporation
	} else {
		out.CommercialUsage = CommercialPersonalNonProfit
	}
	switch m.LicenseName {
	case "CC0":
		out.AllowRedistribution, out.Modification, out.CreditNotation = &t, ModificationRedistributed, "unnecessary"
	case "CC_BY", "CC_BY_SA", "CC_BY_NC", "CC_BY_NC_SA":
		out.AllowRedistribution, out.Modification = &t, ModificationRedistributed
	case "CC_BY_ND", "CC_BY_NC_ND":
		out.AllowRedistribution, out.Modification = &t, ModificationProhibited
	default: // Redistribution_Prohibited, Other: only what the author grants elsewhere
		out.AllowRedistribution, out.Modification = &f, ModificationProhibited
	}
	if strings.Contains(m.LicenseName, "_NC") {
		out.CommercialUsage = CommercialPersonalNonProfit
	}
	return out
}

// meta1To0 translates back. VRM 0.x names one licence where VRM 1.0 has
// separate terms, so the closest licence that grants no more than the 1.0
// terms is chosen; what it cannot say is reported as lost.
func meta1To0(m *Meta1) (*Meta0, []string) {
	var lost []string
	allow := func(p *bool) string {
		if p != nil && *p {
			return "Allow"
		}
		return "Disallow"
	}
	out := &Meta0{
		Title:                m.Name,
		Version:              m.Version,
		Author:               strings.Join(m.Authors, ", "),
		ContactInformation:   m.ContactInformation,
		ViolentUssageName:    allow(m.AllowExcessivelyViolentUsage),
		SexualUssageName:     allow(m.AllowExcessivelySexualUsage),
		CommercialUssageName: "Disallow",
		OtherLicenseURL:      m.OtherLicenseURL,
		OtherPermissionURL:   m.LicenseURL,
	}
	if len(m.References) > 0 {
		out.Reference = m.References[0]
	}
	if m.CommercialUsage == CommercialCorporation {
		out.CommercialUssageName = "Allow"
	} else if m.CommercialUsage == CommercialPersonalProfit {
		lost = append(lost, "meta.commercialUsage personalProfit (VRM 0.x only allows or disallows: written Disallow)")
	}
	switch m.AvatarPermission {
	case "everyone":
		out.AllowedUserName = "Everyone"
	case "onlySeparatelyLicensedPerson":
		out.AllowedUserName = "ExplicitlyLicensedPerson"
	default:
		out.AllowedUserName = "OnlyAuthor"
	}
	redistribute := m.AllowRedistribution != nil && *m.AllowRedistribution
	switch {
	case !redistribute:
		out.LicenseName = "Redistribution_Prohibited"
	case m.Modification == ModificationRedistributed && m.CreditNotation == "unnecessary" && m.CommercialUsage == CommercialCorporation:
		out.LicenseName = "CC0"
	case m.Modification == ModificationRedistributed && m.CommercialUsage == CommercialCorporation:
		out.LicenseName = "CC_BY"
	case m.Modification == ModificationRedistributed:
		out.LicenseName = "CC_BY_NC"
	case m.CommercialUsage == CommercialCorporation:
		out.LicenseName = "CC_BY_ND"
	default:
		out.LicenseName = "CC_BY_NC_ND"
	}
	if m.Modification == ModificationAllowed && redistribute {
		lost = append(lost, "meta.modification allowModification (modified copies may not be redistributed): VRM 0.x has no such licence, written as no modification")
	}
	if m.AllowPoliticalOrReligiousUsage != nil && *m.AllowPoliticalOrReligiousUsage {
		lost = append(lost, "meta.allowPoliticalOrReligiousUsage")
	}
	if m.AllowAntisocialOrHateUsage != nil && *m.AllowAntisocialOrHateUsage {
		lost = append(lost, "meta.allowAntisocialOrHateUsage")
	}
	if m.ThirdPartyLicenses != "" {
		lost = append(lost, "meta.thirdPartyLicenses")
	}
	if m.CopyrightInformation != "" {
		lost = append(lost, "meta.copyrightInformation")
	}
	return out, lost
}

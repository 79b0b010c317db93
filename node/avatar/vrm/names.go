package vrm

import "strings"

// Names that differ between VRM 0.x and VRM 1.0. Sources: the VRM 1.0
// humanoid specification (vrm-c/vrm-specification,
// specification/VRMC_vrm-1.0/humanoid.md: "Thumb bones were renamed"), its
// expressions specification (expressions.md: the preset table), and
// three-vrm's loaders, which read 0.x files through the same tables
// (packages/three-vrm-core/src/humanoid/VRMHumanoidLoaderPlugin.ts,
// expressions/VRMExpressionLoaderPlugin.ts).

// boneName0To1 translates a VRM 0.x human bone name: only the thumbs
// changed, one joint down the finger.
func boneName0To1(b string) string {
	switch b {
	case "leftThumbProximal":
		return "leftThumbMetacarpal"
	case "leftThumbIntermediate":
		return "leftThumbProximal"
	case "rightThumbProximal":
		return "rightThumbMetacarpal"
	case "rightThumbIntermediate":
		return "rightThumbProximal"
	}
	return b
}

func boneName1To0(b string) string {
	switch b {
	case "leftThumbMetacarpal":
		return "leftThumbProximal"
	case "leftThumbProximal":
		return "leftThumbIntermediate"
	case "rightThumbMetacarpal":
		return "rightThumbProximal"
	case "rightThumbProximal":
		return "rightThumbIntermediate"
	}
	return b
}

// requiredBones1 are the bones VRM 1.0 requires (humanoid.md).
var requiredBones1 = []string{
	"hips", "spine", "head",
	"leftUpperLeg", "leftLowerLeg", "leftFoot", "rightUpperLeg", "rightLowerLeg", "rightFoot",
	"leftUpperArm", "leftLowerArm", "leftHand", "rightUpperArm", "rightLowerArm", "rightHand",
}

// requiredBones0 are the bones VRM 0.x requires (Unity's humanoid
// avatar, which UniVRM 0.x builds on, needs chest and neck too).
var requiredBones0 = append([]string{"chest", "neck"}, requiredBones1...)

// preset pairs: VRM 0.x presetName, VRM 1.0 preset name.
var presets = [][2]string{
	{"neutral", "neutral"},
	{"a", "aa"}, {"i", "ih"}, {"u", "ou"}, {"e", "ee"}, {"o", "oh"},
	{"blink", "blink"}, {"blink_l", "blinkLeft"}, {"blink_r", "blinkRight"},
	{"joy", "happy"}, {"angry", "angry"}, {"sorrow", "sad"}, {"fun", "relaxed"},
	{"lookup", "lookUp"}, {"lookdown", "lookDown"}, {"lookleft", "lookLeft"}, {"lookright", "lookRight"},
}

// preset0To1 translates a VRM 0.x presetName; "unknown" and unlisted
// names are custom expressions.
func preset0To1(p string) (string, bool) {
	for _, pair := range presets {
		if pair[0] == p {
			return pair[1], true
		}
	}
	return "", false
}

// preset1To0 translates a VRM 1.0 preset name; "surprised" has no VRM
// 0.x preset and becomes a custom group.
func preset1To0(p string) (string, bool) {
	for _, pair := range presets {
		if pair[1] == p {
			return pair[0], true
		}
	}
	return "", false
}

// presetByName1 finds a VRM 1.0 preset by name, ignoring case.
func presetByName1(name string) (string, bool) {
	if strings.EqualFold(name, "surprised") {
		return "surprised", true
	}
	for _, pair := range presets {
		if strings.EqualFold(pair[1], name) {
			return pair[1], true
		}
	}
	return "", false
}

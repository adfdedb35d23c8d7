package org.skillgap.json;

/**
 * What a JSON file is for, as its messages name it.
 *
 * @param nounKey   bundle key of the file's kind with an article ("a SkillGap export")
 * @param headerKey bundle key of a refusal's first line; arguments: file name, number of problems
 */
public record JsonKind(String nounKey, String headerKey) {
}

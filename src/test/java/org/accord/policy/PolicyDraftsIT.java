package org.accord.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.accord.admin.AuditEntry;
import org.accord.admin.AuditLog;
import org.accord.platform.Hashes;
import org.accord.policy.PolicyDrafts.DraftText;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drafts of the Privacy Policy's next version: started, edited, refused on bad input without any
 * change, and discarded. Nothing is published here (PolicyServiceIT owns that document).
 */
@ExtendWith(ArquillianExtension.class)
@Order(3)
class PolicyDraftsIT {

  private static final DocumentKind KIND = DocumentKind.PRIVACY_POLICY;

  @Inject PolicyDrafts drafts;
  @Inject PolicyService policies;
  @Inject AuditLog audit;

  @AfterEach
  void discard() {
    drafts.discard(KIND);
  }

  private PolicyDraft english() {
    return drafts.of(KIND).stream().filter(d -> d.getLanguage().equals("en")).findFirst().get();
  }

  private void assertUnchanged(String markdown, ChangeKind change) {
    assertThat(english().getMarkdown()).isEqualTo(markdown);
    assertThat(english().getChangeKind()).isEqualTo(change);
  }

  @Test
  void aDraftStartsFromTheLatestVersionAndRefusesBadInputWithoutChangingAnything() {
    drafts.discard(KIND);
    int latest =
        policies.history(KIND).stream().mapToInt(PolicyVersion::getVersion).max().orElse(0);
    int next = drafts.start(KIND, null);
    assertThat(next).isEqualTo(latest + 1);
    assertThat(drafts.of(KIND)).extracting(PolicyDraft::getLanguage).containsExactly("en", "fi");
    String original = english().getMarkdown();
    ChangeKind change = english().getChangeKind();
    assertThat(change).isEqualTo(latest == 0 ? ChangeKind.MATERIAL : ChangeKind.MINOR);
    if (latest > 0) {
      assertThat(original).isEqualTo(policies.get(KIND, latest).text("en").getMarkdown());
    }
    assertThatThrownBy(() -> drafts.start(KIND, null))
        .isInstanceOfSatisfying(
            PolicyRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("policy.draft.exists"));

    String edited = "# Privacy Policy\n\nWe now also explain cookies.\n";
    List<List<DraftText>> refused =
        List.of(
            List.of(new DraftText("en", " ", "", edited)),
            List.of(new DraftText("en", "ok", "", "bad \u0000 character")),
            List.of(new DraftText("en", "ok", "", "x".repeat(PolicyDrafts.MAX_MARKDOWN + 1))),
            List.of(new DraftText("en", "x".repeat(PolicyText.SUMMARY_LENGTH + 1), "", edited)),
            List.of(new DraftText("en", "ok", "", "  ")),
            List.of(new DraftText("sv", "ok", "", edited)));
    for (List<DraftText> texts : refused) {
      assertThatThrownBy(() -> drafts.save(KIND, ChangeKind.MATERIAL, texts, null))
          .isInstanceOf(PolicyRefusedException.class);
      assertUnchanged(original, change);
    }

    drafts.save(
        KIND,
        ChangeKind.MATERIAL,
        List.of(
            new DraftText("en", "Cookies explained.", "We explain cookies.", edited + "\r\n"),
            new DraftText("fi", "", "", "")),
        null);
    assertThat(english().getMarkdown()).isEqualTo(edited + "\n");
    assertThat(english().getChangeKind()).isEqualTo(ChangeKind.MATERIAL);
    assertThat(drafts.of(KIND)).extracting(PolicyDraft::getLanguage).containsExactly("en");

    PolicyService.Offered offered =
        policies.offered().stream().filter(o -> o.kind() == KIND && o.draft()).findFirst().get();
    assertThat(offered.version()).isEqualTo(next);
    assertThat(offered.text("en").sha256()).isEqualTo(Hashes.sha256(edited + "\n"));
    assertThatThrownBy(() -> policies.publish(KIND, next, null, null))
        .isInstanceOfSatisfying(
            PolicyRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("policy.publish.missingLanguage"));
    assertThat(policies.find(KIND, next)).isEmpty();

    drafts.discard(KIND);
    assertThat(drafts.of(KIND)).isEmpty();
    assertThat(audit.latest(20))
        .extracting(AuditEntry::getAction)
        .contains("POLICY_DRAFT_START", "POLICY_DRAFT_SAVE", "POLICY_DRAFT_DISCARD");
  }

  @Test
  void aPublishedVersionCannotBeImportedAgainNorTheDraftSavedWithoutOne() {
    assertThatThrownBy(
            () ->
                drafts.save(
                    KIND, ChangeKind.MINOR, List.of(new DraftText("en", "s", "", "t")), null))
        .isInstanceOfSatisfying(
            PolicyRefusedException.class,
            e -> assertThat(e.messageKey()).isEqualTo("policy.draft.none"));
    policies.history(KIND).stream()
        .findFirst()
        .ifPresent(
            v ->
                assertThatThrownBy(() -> drafts.importOffered(KIND, v.getVersion(), null))
                    .isInstanceOf(PolicyRefusedException.class));
    assertThatThrownBy(() -> drafts.importOffered(KIND, 99, null))
        .isInstanceOf(PolicyNotFoundException.class);
  }
}

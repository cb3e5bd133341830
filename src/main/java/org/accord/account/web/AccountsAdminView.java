package org.accord.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.accord.account.Account;
import org.accord.account.AccountService;
import org.accord.account.Plan;
import org.accord.platform.Messages;

/** {@code /admin/accounts}: find an account by its e-mail address and set its plan. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AccountService accounts;

  private String email;
  private Plan plan;
  private transient Optional<Account> found;

  public Optional<Account> getFound() {
    if (found == null) {
      found = email == null || email.isBlank() ? Optional.empty() : accounts.findByEmail(email);
    }
    return found;
  }

  public boolean isSearched() {
    return email != null && !email.isBlank();
  }

  public List<Plan> getPlans() {
    return List.of(Plan.values());
  }

  public String savePlan() {
    Optional<Account> account = getFound();
    if (account.isEmpty() || plan == null) {
      Messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_ERROR, "accounts.none");
      return null;
    }
    accounts.setPlan(account.get().getId(), plan);
    Messages.keepForRedirect();
    Messages.info("accounts.planSaved", account.get().getEmail(), plan);
    return "/admin/accounts?faces-redirect=true&email=" + account.get().getEmail();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    if (!java.util.Objects.equals(this.email, email)) {
      found = null;
    }
    this.email = email;
  }

  public Plan getPlan() {
    return plan != null ? plan : getFound().map(Account::getPlan).orElse(null);
  }

  public void setPlan(Plan plan) {
    this.plan = plan;
  }
}

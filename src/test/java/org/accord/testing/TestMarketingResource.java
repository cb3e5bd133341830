package org.accord.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.accord.account.AccountService;
import org.accord.marketing.MarketingMail;

/**
 * Lets client tests send one marketing mail as the product would: POST
 * /api/v1/test/marketing?email=…&code=… answers "queued" or "refused".
 */
@Path("test/marketing")
@RequestScoped
public class TestMarketingResource {

  @Inject AccountService accounts;
  @Inject MarketingMail mail;

  @POST
  public String send(@QueryParam("email") String email, @QueryParam("code") String code) {
    return accounts
        .findByEmail(email)
        .flatMap(a -> mail.send(a.getId(), code, "Accord in December", "New shows this month."))
        .map(m -> "queued")
        .orElse("refused");
  }
}

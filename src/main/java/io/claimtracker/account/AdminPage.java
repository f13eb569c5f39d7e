package io.claimtracker.account;

import io.claimtracker.common.failure.DomainException;
import io.claimtracker.account.AccountDtos.AccountChange;
import io.claimtracker.account.AccountDtos.AccountView;
import io.claimtracker.account.AccountDtos.CreatedAccount;
import io.claimtracker.account.AccountDtos.NewAccount;
import io.claimtracker.common.web.FormErrors;
import io.claimtracker.common.web.DomainProblems;
import io.claimtracker.common.web.FormProblems;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The administrators' page: every account, a form to add one, and forms to change roles, access and passwords. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPage {

    @Inject
    AccountService accounts;

    @Inject
    CsrfGuard csrf;

    /** What the add-account form shows. */
    public record NewAccountForm(String username, String role) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<AccountView> accounts, Role[] roles, NewAccountForm form,
                                             CreatedAccount created, String notice, FormErrors errors);
    }

    @GET
    public TemplateInstance list() {
        return render(new NewAccountForm("", Role.EDITOR.key()), null, null, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm(CsrfGuard.FIELD) String token, @RestForm String username, @RestForm String role,
                           @RestForm String password) {
        csrf.check(token);
        NewAccountForm form = new NewAccountForm(username == null ? "" : username, role == null ? "" : role);
        FormErrors errors = FormErrors.none();
        if (form.username().isBlank() || !form.username().strip().matches("[A-Za-z0-9._-]{1,60}")) {
            errors.add("username", "is required: up to 60 letters, digits, '.', '_' or '-'");
        } else {
            try {
                CreatedAccount created = accounts.create(new NewAccount(form.username(), form.role(), password));
                return Response.status(201).entity(render(new NewAccountForm("", Role.EDITOR.key()), created,
                        "Account '" + created.account().username() + "' created.", FormErrors.none())).build();
            } catch (DomainException e) {
                errors = FormProblems.of(e);
            }
        }
        return Response.status(422).entity(render(form, null, null, errors)).build();
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, @RestForm(CsrfGuard.FIELD) String token, @RestForm String role,
                           @RestForm String enabled, @RestForm Long version, @RestForm String newPassword) {
        csrf.check(token);
        try {
            String notice;
            if (newPassword != null && !newPassword.isBlank()) {
                accounts.resetPassword(id, newPassword);
                notice = "New password set for account #" + id + "; its sessions were signed out.";
            } else {
                AccountView changed = accounts.change(id, new AccountChange(role, "on".equals(enabled)
                        || "true".equals(enabled), version));
                notice = "Account '" + changed.username() + "' is now " + changed.role()
                        + (changed.enabled() ? "" : ", disabled") + ".";
            }
            return Response.ok(render(new NewAccountForm("", Role.EDITOR.key()), null, notice, FormErrors.none()))
                    .build();
        } catch (DomainException e) {
            FormErrors errors = FormProblems.of(e);
            if (!errors.has(FormProblems.FORM)) {
                errors.add(FormProblems.FORM, "Account #" + id + ": " + e.detail());
            }
            return Response.status(DomainProblems.status(e)).entity(render(new NewAccountForm("", Role.EDITOR.key()),
                    null, null, errors)).build();
        }
    }

    private TemplateInstance render(NewAccountForm form, CreatedAccount created, String notice, FormErrors errors) {
        return Templates.users(accounts.list(), Role.values(), form, created, notice, errors);
    }
}

package dev.spotter.browser;

import dev.spotter.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first journey on a phone-sized screen: a trainer signs up, signs out and in again, invites a client, and
 * the client accepts the invitation and lands on their home page.
 */
class OnboardingJourneyTest extends BrowserJourney {

    @Test
    void trainerSignsUpInvitesAClientWhoJoins() {
        String trainerEmail = Fixtures.uniqueEmail("journey-trainer");
        String clientEmail = Fixtures.uniqueEmail("journey-client");

        browser.get(url("/signup"));
        browser.findElement(By.id("studioName")).sendKeys("Journey Fitness");
        browser.findElement(By.id("displayName")).sendKeys("Jamie Coach");
        browser.findElement(By.id("email")).sendKeys(trainerEmail);
        browser.findElement(By.id("password")).sendKeys("journey password 1");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/app"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Jamie");

        click(By.cssSelector("form[action='/logout'] button"));
        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"), "signed out"));

        signIn(trainerEmail, "journey password 1");
        wait.until(ExpectedConditions.urlContains("/app"));

        browser.get(url("/app/clients/invite"));
        browser.findElement(By.id("email")).sendKeys(clientEmail);
        click(By.cssSelector("#invite button[type=submit]"));
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-link"))).getText();
        assertThat(link).contains("/invite/inv_");
        assertThat(browser.findElement(By.id("pending")).getText()).contains(clientEmail);

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Join Journey Fitness");
        browser.findElement(By.id("displayName")).sendKeys("Casey Client");
        browser.findElement(By.id("password")).sendKeys("client password 1");
        browser.findElement(By.id("confirmPassword")).sendKeys("client password 1");
        click(By.cssSelector("button[type=submit]"));
        wait.until(ExpectedConditions.urlContains("/portal"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Hi, Casey");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Journey Fitness", "Jamie Coach");
    }
}

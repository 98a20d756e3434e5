package com.interviewiq.ui.common;

/**
 * Lets one screen send the user to another with something to show there: the interview runner
 * opens a finished session's report, the history resumes an unfinished interview.
 */
public interface Navigator {
    Navigator NONE = new Navigator() {
        @Override
        public void openReport(long sessionId) {
        }

        @Override
        public void resumeInterview(long sessionId) {
        }
    };

    /** Shows the Sessions page with this session's report. */
    void openReport(long sessionId);

    /** Shows the Interview page carrying on with this session. */
    void resumeInterview(long sessionId);
}

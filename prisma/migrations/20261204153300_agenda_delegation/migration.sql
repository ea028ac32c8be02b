-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "agendaAgreedByBoardId" UUID;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "agendaAgreedByBoardId" UUID;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_agendaAgreedByBoardId_fkey" FOREIGN KEY ("agendaAgreedByBoardId") REFERENCES "Board"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_agendaAgreedByBoardId_fkey" FOREIGN KEY ("agendaAgreedByBoardId") REFERENCES "Board"("id") ON DELETE SET NULL ON UPDATE CASCADE;
